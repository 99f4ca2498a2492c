package org.vigil.store.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.vigil.store.StoreLocation;

/**
 * Fresh stores for tests: an embedded H2 store in a folder, or a schema of its own on the
 * PostgreSQL server that CI runs beside the tests ({@code $VIGIL_TEST_PG}, default the local
 * server's {@code test} database).
 */
public final class TestStores {
  private TestStores() {}

  public static final String POSTGRES = System.getenv().getOrDefault("VIGIL_TEST_PG",
      "jdbc:postgresql://127.0.0.1:5432/test?user=root");

  public static StoreLocation h2(Path folder) {
    return StoreLocation.folder(folder);
  }

  /** A new, empty schema on the test server; {@code app} names its connections. */
  public static StoreLocation postgres(String app) {
    String schema = "vigil_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return StoreLocation.of(POSTGRES + "&currentSchema=" + schema + "&ApplicationName=" + app);
  }

  /** Drops a schema {@link #postgres} made. */
  public static void drop(StoreLocation location) {
    if (location.schema() == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(POSTGRES);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + location.schema() + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test schema " + location.schema(), e);
    }
  }
}
