package org.vigil.store;

/** A store that cannot be opened, read or written, with the store and the reason named. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
