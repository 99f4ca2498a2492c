package org.vigil.flink;

import java.util.HashMap;
import java.util.Map;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;

/**
 * The stores that the tasks of one task manager write to, one connection pool per store: the
 * first task to open a store opens it, the last to close it closes it.
 */
final class SharedStores {
  private SharedStores() {}

  private record Open(Store store, int users) {}

  private static final Map<String, Open> OPEN = new HashMap<>();

  static synchronized Store acquire(String location) {
    Open o = OPEN.get(location);
    Store store = o != null ? o.store() : Store.open(StoreLocation.of(location));
    OPEN.put(location, new Open(store, o == null ? 1 : o.users() + 1));
    return store;
  }

  static synchronized void release(String location) {
    Open o = OPEN.get(location);
    if (o == null) {
      return;
    }
    if (o.users() > 1) {
      OPEN.put(location, new Open(o.store(), o.users() - 1));
    } else {
      OPEN.remove(location);
      o.store().close();
    }
  }
}
