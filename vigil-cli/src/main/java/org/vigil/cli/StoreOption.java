package org.vigil.cli;

import java.nio.file.Path;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every store command shares: a folder for the embedded store, or a
 * JDBC URL. Default: {@code $VIGIL_DB}, else the launcher's data/store folder.
 */
final class StoreOption {

  @Option(names = "--db", paramLabel = "FOLDER|JDBC-URL",
      description = "the store: a folder for the embedded H2 store, or a JDBC URL such as "
          + "jdbc:postgresql://host/db?user=u (default: $VIGIL_DB, else data/store)")
  String db;

  StoreLocation location() {
    if (db != null) {
      return StoreLocation.of(db);
    }
    String env = System.getenv("VIGIL_DB");
    if (env != null && !env.isBlank()) {
      return StoreLocation.of(env);
    }
    return StoreLocation.folder(Path.of(System.getProperty("vigil.store", "data/store")));
  }

  Store open() {
    return Store.open(location());
  }
}
