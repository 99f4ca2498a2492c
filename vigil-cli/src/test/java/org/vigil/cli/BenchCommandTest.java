package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.testing.SharedData;

/** The benchmark's report, not its speed: speed is read off its output, not asserted here. */
class BenchCommandTest {

  @Test
  void reportsThroughputLatencyLoadTimeAndPeakHeap() {
    CommandRun run = CommandRun.vigil("bench", SharedData.path("fakes/fakes-dev.csv").toString(),
        "--threads", "2", "--warmup", "2", "--limit", "6");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("(6 documents timed, 2 warm-up, 0 failed)")
        .containsPattern("model load +\\d+\\.\\d s")
        .containsPattern("throughput +\\d+\\.\\d+ articles/s, \\d+ tokens/s")
        .containsPattern("latency +p50 \\d+ ms, p95 \\d+ ms")
        .containsPattern("peak heap +\\d+\\.\\d+ GiB used")
        .contains("step corenlp")
        .contains("step DatelineExtractor");
  }
}
