package org.vigil.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the dev corpora in {@code ../shared/data} beside the checkout; never copied in. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("vigil.shared");
    Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
    if (!Files.isDirectory(p.resolve("data"))) {
      p = Path.of("..", "..", "shared");
    }
    return p.resolve("data");
  }

  public static Path path(String relative) {
    return root().resolve(relative);
  }

  public static String read(String relative) {
    try {
      return Files.readString(path(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
