package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testing.FakesRecords;
import org.vigil.store.testing.TestStores;

/** The store contract on the PostgreSQL server, each test in a schema of its own. */
class PostgresStoreTest extends StoreContract {

  private StoreLocation location;

  @Override
  StoreLocation location(Path dir) {
    location = TestStores.postgres("vigil-store-test");
    return location;
  }

  @AfterEach
  void dropSchema() {
    TestStores.drop(location);
  }

  @Test
  void connectionsKilledMidIngestAreRetriedAndNothingIsLostOrDoubled() throws Exception {
    StoreLocation killed = TestStores.postgres("vigil-kill-test");
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger kills = new AtomicInteger();
    AtomicInteger saved = new AtomicInteger();
    // Kills the store's connections every 150 ms, but only once a save has gone through since
    // the last kill: a save slower than that on a loaded machine is killed once, not on every
    // retry until its attempts run out.
    Thread killer = new Thread(() -> {
      try (Connection admin = DriverManager.getConnection(TestStores.POSTGRES);
          Statement st = admin.createStatement()) {
        int savedAtLastKill = -1;
        while (running.get()) {
          Thread.sleep(150);
          if (saved.get() == savedAtLastKill) {
            continue;
          }
          savedAtLastKill = saved.get();
          try (ResultSet rs = st.executeQuery("SELECT pg_terminate_backend(pid) FROM "
              + "pg_stat_activity WHERE application_name = 'vigil-kill-test'")) {
            while (rs.next()) {
              kills.addAndGet(rs.getBoolean(1) ? 1 : 0);
            }
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, "pg-killer");
    int rows = 60;
    long events = 0;
    try (Store s = Store.open(killed)) {
      killer.start();
      for (int row = 2; row < rows + 2; row++) {
        Store.Receipt r = s.receive(FakesRecords.document(row));
        s.save(r.inputId(), FakesRecords.article(row));
        saved.incrementAndGet();
        events += FakesRecords.article(row).events().size();
      }
      running.set(false);
      killer.join();
      Store.Counts c = s.counts();
      assertThat(kills.get()).as("connections killed").isGreaterThan(3);
      assertThat(c.inputs()).isEqualTo(rows);
      assertThat(c.articles()).isEqualTo(rows);
      assertThat(c.events()).isEqualTo(events);
    } finally {
      running.set(false);
      TestStores.drop(killed);
    }
  }
}
