package org.vigil.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vigil.pipeline.Pipeline;

/**
 * Picks the evaluation for a gold path by its format: {@code *.gold.json} articles and incident
 * golds ({@code .jsonl} articles with their events), a file or a folder of them; a TimeML
 * folder ({@code *.tml}); a quotes JSONL file (PolNeAR); a folder of geoparsing corpora in
 * the EUPEG layout ({@code GeoWebNews} with {@code GeoWebNews_gold.txt}, {@code LGL-dev} with
 * {@code LGL-dev_gold.txt}); an ACLED export of event notes, known by its header; any other
 * CSV file as FA-KES's.
 *
 * <p>Each may score only one {@link DocumentHalf} of its documents. A single gold article is
 * scored whole, and an ACLED export too, since its report gives its even and odd rows apart.
 */
public final class Evaluations {
  private final Pipeline pipeline;
  private final DocumentHalf half;

  public Evaluations(Pipeline pipeline) {
    this(pipeline, DocumentHalf.ALL);
  }

  /** Evaluations that score the documents {@code half} keeps. */
  public Evaluations(Pipeline pipeline, DocumentHalf half) {
    this.pipeline = pipeline;
    this.half = half;
  }

  /** Evaluates every gold set found at {@code path}. */
  public List<Report> evaluate(Path path) throws IOException {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.endsWith(".gold.json")) {
      return List.of(new GoldArticleEvaluation(pipeline).evaluate(path));
    }
    if (name.endsWith(".jsonl")) {
      return List.of(IncidentGoldEvaluation.recognises(path)
          ? new IncidentGoldEvaluation(pipeline).evaluate(path, half)
          : new QuoteCorpusEvaluation(pipeline).evaluate(path, half));
    }
    if (Files.isRegularFile(path) && AcledEvaluation.recognises(path)) {
      return List.of(new AcledEvaluation(pipeline).evaluate(path));
    }
    if (name.endsWith(".csv")) {
      return List.of(new FakesEvaluation(pipeline).evaluate(path, half));
    }
    if (Files.isDirectory(path)) {
      List<String> geoCorpora = GeoWebNewsEvaluation.corpora(path);
      if (!geoCorpora.isEmpty()) {
        List<Report> reports = new ArrayList<>();
        for (String corpus : geoCorpora) {
          reports.add(new GeoWebNewsEvaluation(pipeline, corpus).evaluate(path, half));
        }
        return reports;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(path)) {
        files = s.sorted().toList();
      }
      if (files.stream().anyMatch(p -> p.toString().endsWith(".tml"))) {
        return List.of(new TimeMlEvaluation(pipeline).evaluate(path, half));
      }
      List<Report> reports = new ArrayList<>();
      for (Path g : files) {
        if (g.toString().endsWith(".gold.json")) {
          reports.add(new GoldArticleEvaluation(pipeline).evaluate(g));
        } else if (g.toString().endsWith(".jsonl") && IncidentGoldEvaluation.recognises(g)) {
          reports.add(new IncidentGoldEvaluation(pipeline).evaluate(g, half));
        }
      }
      if (!reports.isEmpty()) {
        return reports;
      }
    }
    throw new IllegalArgumentException(path + ": no gold format recognised (expected "
        + "*.gold.json, a folder of *.tml, an incident or quotes .jsonl, a folder holding a "
        + "geoparsing corpus C beside C_gold.txt, an ACLED export or a FA-KES .csv)");
  }
}
