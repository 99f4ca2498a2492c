package org.vigil.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code vigil serve} runs.
 *
 * @param host the address to listen on (loopback unless the user opens it)
 * @param port the port, or 0 for any free one
 * @param assets the folder {@code scripts/fetch-web-assets.sh} fills: the pages' libraries and
 *     the map's outlines, so that nothing is loaded from a CDN
 * @param delivery how watches' webhooks are called
 */
public record WebOptions(String host, int port, Path assets, Delivery delivery) {

  public WebOptions(String host, int port, Path assets) {
    this(host, port, assets, Delivery.DEFAULT);
  }

  /**
   * How often the queue of watch deliveries is read, and how a failing receiver is retried: after
   * {@code firstRetry}, then twice as long each time, never longer than {@code longestRetry}.
   */
  public record Delivery(Duration poll, Duration firstRetry, Duration longestRetry,
      Duration timeout) {

    public static final Delivery DEFAULT = new Delivery(Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofSeconds(10));

    /** The wait before the next try after {@code failures} failures in a row (1 or more). */
    Duration backOff(int failures) {
      Duration d = firstRetry;
      for (int i = 1; i < failures && d.compareTo(longestRetry) < 0; i++) {
        d = d.multipliedBy(2);
      }
      return d.compareTo(longestRetry) < 0 ? d : longestRetry;
    }
  }

  /** The assets folder named by {@code -Dvigil.web} or {@code VIGIL_WEB_ASSETS}, else data/web. */
  public static Path defaultAssets() {
    String configured = System.getProperty("vigil.web", System.getenv("VIGIL_WEB_ASSETS"));
    return Path.of(configured != null ? configured : "data/web");
  }

  /** Fails with what to run when the assets are missing, before the server starts. */
  void requireAssets() {
    if (!Files.isRegularFile(assets.resolve("SOURCES"))) {
      throw new IllegalStateException("the web assets are missing from " + assets
          + "; run scripts/fetch-web-assets.sh (it fetches them by package name with npm)");
    }
  }
}
