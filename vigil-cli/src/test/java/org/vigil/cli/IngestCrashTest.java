package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;
import org.vigil.testing.SharedData;

/**
 * {@code vigil ingest} of the 402 FA-KES dev articles, as separate processes: twice into one
 * store, and into another killed with SIGKILL at random points three times in a row before a
 * run that finishes. Both stores must end up holding the same: every article once.
 */
class IngestCrashTest {

  @TempDir Path dir;

  private final String corpus = SharedData.path("fakes/fakes-dev.csv").toString();

  private Process start(Path store) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx3g",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classpath));
    String gazetteer = System.getProperty("vigil.gazetteer");
    if (gazetteer != null) {
      command.add("-Dvigil.gazetteer=" + gazetteer);
    }
    command.addAll(List.of("org.vigil.cli.Main", "ingest", corpus, "--db", store.toString(),
        "--threads", "2"));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("ingest.log").toFile()).start();
  }

  private int finish(Path store) throws Exception {
    Process p = start(store);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("ingest finished").isTrue();
    return p.exitValue();
  }

  private static Store.Counts counts(Path store) {
    try (Store s = Store.open(StoreLocation.folder(store))) {
      return s.counts();
    }
  }

  @Test
  void killedThreeTimesInARowThenRunAgainTheStoreHoldsEveryArticleOnce() throws Exception {
    Path clean = dir.resolve("clean");
    assertThat(finish(clean)).isZero();
    Store.Counts once = counts(clean);
    assertThat(once.inputs()).isEqualTo(402);
    assertThat(once.articles()).isEqualTo(402);
    assertThat(finish(clean)).isZero();
    assertThat(counts(clean)).as("ingesting the same inputs again adds nothing")
        .isEqualTo(once);

    Path crashed = dir.resolve("crashed");
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int kill = 0; kill < 3; kill++) {
      Process p = start(crashed);
      long after = 3_000 + random.nextInt(20_000);
      if (!p.waitFor(after, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, no commit
        p.waitFor();
      }
    }
    assertThat(new File(crashed.toFile(), "vigil.mv.db")).as("seed " + seed).exists();
    assertThat(finish(crashed)).isZero();
    assertThat(counts(crashed)).as("after three kills (seed %d); current events per input"
        + " where the stores differ: %s", seed, differences(clean, crashed)).isEqualTo(once);
  }

  /** Each input's current events, by name: what to compare when two stores' counts differ. */
  private static Map<String, Integer> eventsPerInput(Path store) throws SQLException {
    Map<String, Integer> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(StoreLocation.folder(store).jdbcUrl());
        ResultSet rs = c.createStatement().executeQuery("""
            SELECT i.name, COUNT(e.id) FROM input i JOIN article a ON a.input_id = i.id
            LEFT JOIN event e ON e.article_id = a.id AND e.is_current GROUP BY i.name""")) {
      while (rs.next()) {
        out.merge(rs.getString(1), rs.getInt(2), Integer::sum);
      }
    }
    return out;
  }

  /** The inputs whose current events differ between two stores, with both counts. */
  private static String differences(Path a, Path b) throws SQLException {
    Map<String, Integer> left = eventsPerInput(a);
    Map<String, Integer> right = eventsPerInput(b);
    List<String> out = new ArrayList<>();
    left.forEach((name, n) -> {
      if (!n.equals(right.get(name))) {
        out.add(name + " " + n + " vs " + right.get(name));
      }
    });
    right.keySet().stream().filter(k -> !left.containsKey(k)).forEach(k -> out.add(k + " new"));
    return out.isEmpty() ? "none" : String.join(", ", out);
  }
}
