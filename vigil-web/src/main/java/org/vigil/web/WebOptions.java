package org.vigil.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How {@code vigil serve} runs.
 *
 * @param host the address to listen on (loopback unless the user opens it)
 * @param port the port, or 0 for any free one
 * @param assets the folder {@code scripts/fetch-web-assets.sh} fills: the pages' libraries and
 *     the map's outlines, so that nothing is loaded from a CDN
 */
public record WebOptions(String host, int port, Path assets) {

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
