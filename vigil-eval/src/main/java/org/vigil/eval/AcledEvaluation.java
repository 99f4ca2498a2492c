package org.vigil.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;
import org.vigil.model.Article;
import org.vigil.pipeline.BatchExtractor;
import org.vigil.pipeline.Pipeline;

/**
 * Scores the main incident of each note of an ACLED export ({@code acled/acled-asia-2015.csv})
 * against ACLED's coding: an event found, its type, killed figure, place within 161 km and
 * actor categories ({@link AcledVerdict}); the figures again for the even rows (the half to
 * develop on) and the odd (the half to check on), and found and type per ACLED type.
 *
 * <p>Each note is read as {@code vigil extract} reads the CSV: its {@code country} is the
 * input's home country, and it has no publication date, as outside scorers read it (ACLED's
 * {@code event_date} is gold, and would date "on Monday" exactly). A note shared by several
 * rows is extracted and counted once, in the half of its first row. Only the article record is
 * scored.
 */
public final class AcledEvaluation {

  private final Pipeline pipeline;
  private final int threads;

  public AcledEvaluation(Pipeline pipeline) {
    this(pipeline, Math.min(2, Runtime.getRuntime().availableProcessors()));
  }

  /** With {@code threads} workers sharing the pipeline. */
  public AcledEvaluation(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  /** Whether {@code csv} is an ACLED export, by its header. */
  public static boolean recognises(Path csv) throws IOException {
    return AcledNotes.recognises(csv);
  }

  /** Extracts every note of {@code csv} and scores it. */
  public Report evaluate(Path csv) throws IOException {
    List<AcledNote> notes = AcledNotes.read(csv);
    List<ReadOutcome> rows = new DocumentReader(ReaderOptions.defaults())
        .readAll(List.of(csv.toString()));
    int rowCount = notes.stream().mapToInt(n -> n.rows().size()).sum();
    if (rows.size() != rowCount) {
      throw new IOException(csv + ": read " + rows.size() + " documents for " + rowCount
          + " rows");
    }
    List<ReadOutcome> inputs = new ArrayList<>();
    for (AcledNote n : notes) {
      inputs.add(rows.get(n.first().index()));
    }
    List<String> misses = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    new BatchExtractor(pipeline, threads).run(inputs.iterator(), outcome -> {
      if (outcome instanceof BatchExtractor.Extracted e) {
        articles.add(e.extraction().article());
      } else if (outcome instanceof BatchExtractor.Failed f) {
        misses.add("failed " + f.input() + ": " + f.reason());
        articles.add(null);
      }
    });
    return score(csv.toString(), notes, articles, misses);
  }

  /** Scores {@code articles} (null where extraction failed) against their notes, in order. */
  static Report score(String name, List<AcledNote> notes, List<Article> articles,
      List<String> misses) {
    AcledTally all = new AcledTally();
    AcledTally even = new AcledTally();
    AcledTally odd = new AcledTally();
    Map<String, AcledTally> byType = new TreeMap<>();
    int typeOnly = 0;
    int typeOnlyRows = 0;
    List<String> notesMissed = new ArrayList<>(misses);
    for (int i = 0; i < notes.size(); i++) {
      AcledNote n = notes.get(i);
      AcledVerdict v = AcledVerdict.of(n, articles.get(i), notesMissed);
      all.add(n, v);
      (n.even() ? even : odd).add(n, v);
      byType.computeIfAbsent(n.first().eventType(), k -> new AcledTally()).add(n, v);
      if (n.typeOnly()) {
        typeOnly++;
        typeOnlyRows += n.rows().size();
      }
    }
    List<Score> scores = new ArrayList<>(all.scores("ACLED"));
    scores.add(new Score("ACLED notes scored on type only", typeOnly, typeOnly + " of "
        + notes.size() + " notes (" + typeOnlyRows + " rows: shared notes, fatalities spread)"));
    scores.addAll(even.scores("ACLED even rows,"));
    scores.addAll(odd.scores("ACLED odd rows,"));
    byType.forEach((type, t) -> scores.addAll(t.typeScores("ACLED " + type + ",")));
    return new Report(name, scores, notesMissed);
  }
}
