package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.StandardPipeline;
import org.vigil.document.Document;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;
import org.vigil.nlp.LanguageLayer;
import org.vigil.nlp.LanguageOptions;
import org.vigil.pipeline.BatchExtractor;
import org.vigil.pipeline.Extraction;
import org.vigil.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench}: extraction throughput, latency and memory over a corpus.
 *
 * <p>The first documents warm the JIT and are not counted. Peak heap is the largest used heap
 * seen by a sampler every 10 ms, which is what the run needed, not what the JVM reserved.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure extraction speed and memory (default corpus: FA-KES dev articles).")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "INPUT",
      description = "corpus: any input `extract` reads (default: ../shared/data/fakes/fakes-dev.csv)")
  String input;

  @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", description = "documents run first and not counted "
      + "(default: ${DEFAULT-VALUE})")
  int warmup = 20;

  @Option(names = "--limit", description = "at most this many documents are timed")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--ingest", description = "then time `vigil ingest` of the corpus into a "
      + "fresh embedded store, and compare the two rates")
  boolean ingest;

  @Option(names = "--flink", description = "then time the Flink job (`vigil flink`) over the "
      + "corpus at parallelism 1 and at --threads, and compare its rate")
  boolean flink;

  @Option(names = "--link", description = "then time saving and linking the corpus's records "
      + "into stores holding 1,000, 10,000 and 100,000 incidents (takes minutes)")
  boolean link;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String corpus = input != null ? input
        : SharedPaths.require(SharedPaths.data().resolve("fakes/fakes-dev.csv")).toString();
    List<ReadOutcome> docs = new ArrayList<>();
    new DocumentReader(ReaderOptions.defaults()).read(List.of(corpus), System.in, docs::add);
    docs.removeIf(d -> d instanceof ReadOutcome.Failed);
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("vigil: " + corpus + ": no readable documents");
      return 1;
    }
    HeapSampler heap = new HeapSampler();
    heap.start();
    long t0 = System.nanoTime();
    Pipeline pipeline = StandardPipeline.create(new LanguageLayer(LanguageOptions.defaults()),
        GazetteerBench.load(out));
    double loadSeconds = (System.nanoTime() - t0) / 1e9;

    // The first article pays for what loads lazily (SUTime's rules, once per thread).
    long f0 = System.nanoTime();
    pipeline.run(((ReadOutcome.Read) docs.get(0)).document());
    double firstSeconds = (System.nanoTime() - f0) / 1e9;

    BatchExtractor batch = new BatchExtractor(pipeline, threads);
    List<ReadOutcome> warm = docs.subList(0, Math.min(warmup, docs.size()));
    batch.run(warm.iterator(), o -> { });
    List<ReadOutcome> timed = docs.subList(0, Math.min(limit, docs.size()));

    Timed run = time(batch, timed);
    heap.stop();
    printSpeed(out, corpus, run, warm.size(), loadSeconds, firstSeconds, heap.peak());
    printSteps(out, pipeline, run.results());
    double rate = run.results().size() / run.wall();
    if (ingest || flink) {
      compareJobs(pipeline, corpus, warm, rate, out);
    }
    if (link) {
      out.flush();
      new LinkBench(run.extracted(), run.results().stream().map(Extraction::article).toList())
          .run(out);
    }
    return 0;
  }

  /** The extractions of a timed run, the documents they came from, failures and wall time. */
  private record Timed(List<Extraction> results, List<Document> extracted, int failed,
      double wall) {}

  private static Timed time(BatchExtractor batch, List<ReadOutcome> timed) {
    List<Extraction> results = new ArrayList<>();
    List<Document> extracted = new ArrayList<>();
    int[] failed = {0};
    int[] at = {0};
    long start = System.nanoTime();
    batch.run(timed.iterator(), o -> {
      if (o instanceof BatchExtractor.Extracted e) {
        results.add(e.extraction());
        extracted.add(((ReadOutcome.Read) timed.get(at[0])).document());
      } else {
        failed[0]++;
      }
      at[0]++;
    });
    return new Timed(results, extracted, failed[0], (System.nanoTime() - start) / 1e9);
  }

  private void printSpeed(PrintWriter out, String corpus, Timed run, int warmed,
      double loadSeconds, double firstSeconds, long peakHeap) {
    List<Extraction> results = run.results();
    double wall = run.wall();
    long tokens = results.stream().mapToLong(Extraction::tokens).sum();
    double[] latency = results.stream().mapToDouble(e -> e.totalNanos() / 1e6).sorted().toArray();
    out.printf("corpus            %s (%d documents timed, %d warm-up, %d failed)%n", corpus,
        results.size(), warmed, run.failed());
    out.printf("threads           %d of %d cores%n", threads,
        Runtime.getRuntime().availableProcessors());
    out.printf("model load        %.1f s (first article then %.1f s)%n", loadSeconds,
        firstSeconds);
    out.printf("throughput        %.2f articles/s, %.0f tokens/s%n", results.size() / wall,
        tokens / wall);
    out.printf("latency           p50 %.0f ms, p95 %.0f ms, max %.0f ms per article%n",
        percentile(latency, 50), percentile(latency, 95), percentile(latency, 100));
    out.printf("mean tokens       %.0f per article%n", (double) tokens / results.size());
    out.printf("peak heap         %.2f GiB used (max heap %.2f GiB)%n", peakHeap / GIB,
        Runtime.getRuntime().maxMemory() / GIB);
  }

  private static void printSteps(PrintWriter out, Pipeline pipeline, List<Extraction> results) {
    List<String> steps = pipeline.stepNames();
    for (int i = 0; i < steps.size(); i++) {
      int step = i;
      double ms = results.stream().mapToLong(e -> e.stepNanos()[step]).average().orElse(0) / 1e6;
      out.printf("  step %-28s %7.1f ms/article%n", steps.get(i), ms);
    }
  }

  /** `vigil ingest` and the Flink job over the corpus, against the extraction's rate. */
  private void compareJobs(Pipeline pipeline, String corpus, List<ReadOutcome> warm,
      double rate, PrintWriter out) throws Exception {
    Path warmCorpus = Files.createTempFile("vigil-bench-warm", ".jsonl");
    try {
      writeJsonLines(warm, warmCorpus);
      if (ingest) {
        new IngestBench(pipeline, threads).run(corpus, warmCorpus, rate, out);
      }
      if (flink) {
        out.flush();
        new FlinkBench(pipeline, threads).run(corpus, warmCorpus, rate, out);
      }
    } finally {
      Files.deleteIfExists(warmCorpus);
    }
  }

  private static final double GIB = 1024.0 * 1024 * 1024;

  /** The documents as a JSONL corpus, so an ingest can read them again. */
  private static void writeJsonLines(List<ReadOutcome> docs, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (ReadOutcome o : docs) {
      Document d = ((ReadOutcome.Read) o).document();
      ObjectNode n = json.createObjectNode();
      n.put("id", "warm-" + lines.size());
      n.put("text", d.text());
      n.put("published", d.published());
      lines.add(json.writeValueAsString(n));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Samples used heap on a daemon thread and keeps the largest value seen. */
  private static final class HeapSampler implements Runnable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    void start() {
      thread = new Thread(this, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void run() {
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    long peak() {
      return peak.get();
    }
  }
}
