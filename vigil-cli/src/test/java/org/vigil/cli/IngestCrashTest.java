package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
    assertThat(counts(crashed)).as("after three kills (seed %d)", seed).isEqualTo(once);
  }
}
