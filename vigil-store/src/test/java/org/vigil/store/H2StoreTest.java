package org.vigil.store;

import java.nio.file.Path;
import org.vigil.store.testing.TestStores;

/** The store contract on an embedded H2 file. */
class H2StoreTest extends StoreContract {
  @Override
  StoreLocation location(Path dir) {
    return TestStores.h2(dir.resolve("store"));
  }
}
