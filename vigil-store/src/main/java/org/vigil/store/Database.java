package org.vigil.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The store's database: a connection pool, the schema brought up to date by Flyway when
 * opened, and transactions that are retried when the connection is lost.
 *
 * <p>Every unit of work runs in one transaction, so a crash or a killed connection leaves
 * either all of it or none. A unit whose connection drops (a server restart, an administrator's
 * {@code pg_terminate_backend}) is run again on a fresh connection, a few times with growing
 * pauses; units are written so that running one twice adds nothing twice. A unit that meets a
 * row another writer added meanwhile (a unique key violated, SQL state 23505) is run again
 * too: it then finds that row and adds nothing.
 */
public final class Database implements AutoCloseable {

  private static final int ATTEMPTS = 6;

  private final StoreLocation location;
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  public Database(StoreLocation location) {
    this.location = location;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.jdbcUrl());
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setPoolName("vigil-store");
    config.setConnectionTimeout(10_000);
    config.setAutoCommit(true);
    try {
      this.pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the store " + location.label() + ": "
          + rootMessage(e), e);
    }
    try {
      Flyway flyway = Flyway.configure().dataSource(pool)
          .locations("classpath:db/vigil")
          .schemas(location.schema() == null ? new String[0] : new String[] {location.schema()})
          .createSchemas(true)
          .load();
      flyway.migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException("cannot bring the schema of " + location.label()
          + " up to date: " + rootMessage(e), e);
    }
    this.jdbi = Jdbi.create(pool);
  }

  public StoreLocation location() {
    return location;
  }

  /** Runs {@code work} in one transaction, again on a fresh connection if the old one died. */
  public <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(work);
      } catch (JdbiException | StoreException e) {
        if (attempt >= ATTEMPTS || !(connectionLost(e) || raced(e))) {
          throw e instanceof StoreException se ? se : new StoreException(
              "store " + location.label() + ": " + rootMessage(e), e);
        }
        pause(attempt);
      }
    }
  }

  /** Runs {@code work} in one transaction, with no result. */
  public void useTransaction(java.util.function.Consumer<Handle> work) {
    inTransaction(h -> {
      work.accept(h);
      return null;
    });
  }

  /**
   * Whether {@code e} comes from a lost connection rather than from the work itself: SQL state
   * class 08 (connection exception) or 57P (PostgreSQL's operator intervention, as
   * {@code pg_terminate_backend} and a shutdown raise).
   */
  public static boolean connectionLost(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null
          && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
        return true;
      }
      if (t instanceof java.sql.SQLTransientConnectionException) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is a unique key violated by a row another writer added meanwhile. */
  static boolean raced(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(100L << Math.min(attempt, 6));
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to reconnect", ie);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.toString() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  @Override
  public void close() {
    pool.close();
  }
}
