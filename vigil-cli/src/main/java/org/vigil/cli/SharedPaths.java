package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the dev corpora are: {@code $VIGIL_SHARED/data}, else {@code ../shared/data} beside the
 * working directory, as the project is laid out.
 */
final class SharedPaths {
  private SharedPaths() {}

  static Path data() {
    String env = System.getenv("VIGIL_SHARED");
    Path root = env != null ? Path.of(env) : Path.of("..", "shared");
    return root.resolve("data");
  }

  static Path require(Path p) {
    if (!Files.exists(p)) {
      throw new IllegalArgumentException(p + ": not found (set VIGIL_SHARED to the folder "
          + "holding data/, or name the input)");
    }
    return p;
  }
}
