package org.vigil.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vigil.pipeline.Pipeline;

/**
 * Picks the evaluation for a gold path by its format: a {@code *.gold.json} file (or a folder
 * of them), a TimeML folder, and the other corpora's formats as their evaluations are added.
 */
public final class Evaluations {
  private final Pipeline pipeline;

  public Evaluations(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Evaluates every gold set found at {@code path}. */
  public List<Report> evaluate(Path path) throws IOException {
    List<Report> reports = new ArrayList<>();
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (Files.isDirectory(path)) {
      List<Path> golds;
      try (Stream<Path> s = Files.list(path)) {
        golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
      }
      for (Path g : golds) {
        reports.add(new GoldArticleEvaluation(pipeline).evaluate(g));
      }
      if (!golds.isEmpty()) {
        return reports;
      }
    } else if (name.endsWith(".gold.json")) {
      reports.add(new GoldArticleEvaluation(pipeline).evaluate(path));
      return reports;
    }
    throw new IllegalArgumentException(path + ": no gold format recognised here (expected "
        + "*.gold.json files)");
  }
}
