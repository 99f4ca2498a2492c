package org.vigil.web;

/** A request the API cannot answer as asked: answered 400 with this message. */
final class BadRequest extends RuntimeException {

  BadRequest(String message) {
    super(message);
  }
}
