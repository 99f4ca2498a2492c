package org.vigil.cli;

import java.io.PrintWriter;

/** Prints a progress line to standard error every few seconds during long work. */
final class Progress {
  private static final long EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final String what;
  private final long start = System.nanoTime();
  private long last = start;
  private int done;
  private int failed;

  Progress(PrintWriter err, String what) {
    this.err = err;
    this.what = what;
  }

  void tick(boolean ok) {
    done++;
    if (!ok) {
      failed++;
    }
    long now = System.nanoTime();
    if (now - last >= EVERY_NANOS) {
      last = now;
      double secs = (now - start) / 1e9;
      err.printf("... %d %s in %.0f s (%.1f/s), %d failed%n", done, what, secs, done / secs,
          failed);
    }
  }

  int done() {
    return done;
  }

  int failed() {
    return failed;
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
