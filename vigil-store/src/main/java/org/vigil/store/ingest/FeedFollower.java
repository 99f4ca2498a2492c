package org.vigil.store.ingest;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Polls feeds on an interval and ingests their new items. A feed that fails (no answer, an
 * error status, something that is no feed) is reported and tried again after a pause that
 * doubles with each failure in a row, up to 32 intervals; the other feeds go on at their pace.
 */
public final class FeedFollower {

  private static final int MAX_BACKOFF_SHIFT = 5;

  /** One feed's schedule. */
  private static final class Schedule {
    long due;
    int failures;
  }

  private final Ingestor ingestor;
  private final String country;
  private final Duration interval;
  private final IngestListener listener;
  private final Consumer<String> log;
  private final Map<String, Schedule> feeds = new LinkedHashMap<>();

  public FeedFollower(Ingestor ingestor, List<String> feeds, String country, Duration interval,
      IngestListener listener, Consumer<String> log) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the polling interval must be positive, was "
          + interval);
    }
    this.ingestor = ingestor;
    this.country = country;
    this.interval = interval;
    this.listener = listener;
    this.log = log;
    feeds.forEach(f -> this.feeds.put(f, new Schedule()));
  }

  /** Polls until {@code running} turns false, sleeping between rounds. */
  public void run(BooleanSupplier running) throws InterruptedException {
    while (running.getAsBoolean()) {
      long now = System.nanoTime();
      pollDue(now);
      long next = feeds.values().stream().mapToLong(s -> s.due).min().orElse(now);
      long wait = Math.max(10_000_000L, next - System.nanoTime());
      long step = 50_000_000L;
      for (long slept = 0; slept < wait && running.getAsBoolean(); slept += step) {
        Thread.sleep(Math.min(step, wait - slept) / 1_000_000L);
      }
    }
  }

  /** Polls each feed whose time has come at {@code now} (a {@link System#nanoTime()}). */
  void pollDue(long now) {
    List<String> due = new ArrayList<>();
    feeds.forEach((feed, s) -> {
      if (s.due <= now) {
        due.add(feed);
      }
    });
    for (String feed : due) {
      poll(feed);
    }
  }

  private void poll(String feed) {
    Schedule s = feeds.get(feed);
    IngestSummary r = ingestor.ingest(List.of(feed), country, InputStream.nullInputStream(),
        listener);
    String whole = r.failures().stream().filter(f -> f.input().equals(feed))
        .map(IngestSummary.Failure::reason).findFirst().orElse(null);
    if (whole != null) {
      s.failures++;
      Duration pause = interval.multipliedBy(1L << Math.min(s.failures, MAX_BACKOFF_SHIFT));
      s.due = System.nanoTime() + pause.toNanos();
      log.accept(feed + ": " + whole + "; trying again in " + pause.toSeconds() + " s ("
          + s.failures + " failure(s) in a row)");
    } else {
      s.failures = 0;
      s.due = System.nanoTime() + interval.toNanos();
      if (r.added() > 0 || !r.failures().isEmpty()) {
        log.accept(feed + ": " + r.added() + " new item(s), " + r.extracted() + " extracted, "
            + r.failures().size() + " failed");
      }
    }
  }
}
