package org.vigil.cli;

import java.io.PrintWriter;
import org.vigil.store.ingest.IngestListener;

/**
 * The progress of an ingest on standard error: a bar with rate and time left while extracting
 * (redrawn in place on a terminal, a line every few seconds otherwise), and each failure as it
 * happens.
 */
final class IngestProgress implements IngestListener {
  private static final long EVERY_NANOS = 5_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private String phase = "";
  private int total;
  private int done;
  private long start;
  private long last;

  IngestProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void phase(String name, int total) {
    finishLine();
    this.phase = name;
    this.total = total;
    this.done = 0;
    this.start = System.nanoTime();
    this.last = start;
  }

  @Override
  public void done(boolean ok) {
    done++;
    long now = System.nanoTime();
    boolean end = total > 0 && done == total;
    if (end || now - last >= (terminal ? 200_000_000L : EVERY_NANOS)) {
      last = now;
      String line = line(now);
      if (terminal) {
        err.print("\r" + line);
        err.flush();
      } else {
        err.println(line);
      }
    }
  }

  @Override
  public void failed(String input, String reason) {
    finishLine();
    err.println("vigil: " + input + ": " + reason);
  }

  /** Ends a bar drawn in place, so the next message starts on its own line. */
  void finishLine() {
    if (terminal && done > 0) {
      err.println();
    }
  }

  private String line(long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / secs;
    if (total <= 0) {
      return String.format("%s: %d input(s) in %.0f s", phase, done, secs);
    }
    int filled = (int) Math.round(WIDTH * (double) done / total);
    String eta = rate > 0 ? String.format("%.0f s left", (total - done) / rate) : "";
    return String.format("%s [%s%s] %d/%d %.1f/s %s", phase, "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total, rate, eta);
  }
}
