package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigil.flink.JobOptions;
import org.vigil.flink.PipelineFactory;
import org.vigil.flink.VigilJob;
import org.vigil.pipeline.Pipeline;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;

/**
 * Times the Flink job ({@code vigil flink} over a folder, a Flink cluster in this process) over
 * the bench's corpus into fresh embedded stores, at parallelism 1 and at the bench's threads,
 * right after the extraction bench: how the job scales with its tasks, and what the engine,
 * the store and linking cost on top of extraction. A first job over the warm-up documents
 * warms Flink's code, as the extraction bench warms the pipeline.
 */
final class FlinkBench {

  private final int threads;

  /** {@code pipeline} is the bench's, the standard one: the job's tasks use it too. */
  FlinkBench(Pipeline pipeline, int threads) {
    VigilJob.prepare(new PipelineFactory.Standard(), pipeline);
    this.threads = threads;
  }

  void run(String corpus, Path warmCorpus, double extractRate, PrintWriter out)
      throws Exception {
    try (BenchFolder dir = new BenchFolder("vigil-bench-flink")) {
      job(dir.resolve("warm"), warmCorpus.toString(), threads);
      double one = rate(job(dir.resolve("p1"), corpus, 1));
      out.printf("flink p=1         %.2f articles/s into a fresh H2 store%n", one);
      if (threads > 1) {
        double many = rate(job(dir.resolve("p" + threads), corpus, threads));
        out.printf("flink p=%-2d        %.2f articles/s: %.2f× parallelism 1, %.2f of the "
            + "extraction rate%n", threads, many, many / one, many / extractRate);
      } else {
        out.printf("flink             %.2f of the extraction rate%n", one / extractRate);
      }
    }
  }

  private record Timed(long articles, double seconds) {}

  private static double rate(Timed t) {
    return t.articles() / t.seconds();
  }

  private static Timed job(Path folder, String corpus, int parallelism) throws Exception {
    StoreLocation location = StoreLocation.folder(folder);
    JobOptions options = JobOptions.folders(List.of(corpus), location.jdbcUrl())
        .withParallelism(parallelism);
    long t0 = System.nanoTime();
    VigilJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), options);
    double seconds = (System.nanoTime() - t0) / 1e9;
    try (Store store = Store.open(location)) {
      return new Timed(store.counts().articles(), seconds);
    }
  }
}
