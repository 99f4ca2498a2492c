package org.vigil.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.vigil.document.BadInputException;
import org.vigil.document.ReadOutcome;

/**
 * Runs a pipeline over many inputs on a pool of threads and hands back one outcome per input,
 * in input order.
 *
 * <p>An input that cannot be read, or whose extraction throws, becomes a failure naming it and
 * the reason; the batch goes on. At most a few inputs per thread are in flight, so memory stays
 * flat however long the batch.
 */
public final class BatchExtractor {

  /** The outcome of one input. */
  public sealed interface Outcome {
    String input();
  }

  public record Extracted(String input, Extraction extraction) implements Outcome {}

  public record Failed(String input, String reason) implements Outcome {}

  private final Pipeline pipeline;
  private final int threads;

  public BatchExtractor(Pipeline pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
  }

  public void run(Iterator<ReadOutcome> inputs, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vigil-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      int window = threads * 4;
      while (inputs.hasNext()) {
        ReadOutcome next = inputs.next();
        inFlight.add(pool.submit(() -> extract(pipeline, next)));
        if (inFlight.size() >= window) {
          sink.accept(await(inFlight.removeFirst()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Extracts one read input with {@code pipeline}: the record, or why there is none. An input
   * that could not be read, or that breaks the pipeline, fails alone.
   */
  public static Outcome extract(Pipeline pipeline, ReadOutcome in) {
    if (in instanceof ReadOutcome.Failed f) {
      BadInputException e = f.error();
      return new Failed(e.input(), e.reason());
    }
    ReadOutcome.Read read = (ReadOutcome.Read) in;
    try {
      return new Extracted(read.input(), pipeline.run(read.document()));
    } catch (RuntimeException | StackOverflowError e) {
      return new Failed(read.input(), "extraction failed: " + e);
    } catch (OutOfMemoryError e) {
      return new Failed(read.input(), "extraction ran out of memory; raise -Xmx or split it");
    }
  }

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      // An error no single input caused (a rule table of the build that fails to load, say)
      // stops the batch; its innermost cause says what to mend: "event-phrases.tsv:93: ..."
      Throwable root = e.getCause();
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new IllegalStateException("unexpected failure in a worker: "
          + (root.getMessage() != null ? root.getMessage() : root.toString()), e.getCause());
    }
  }
}
