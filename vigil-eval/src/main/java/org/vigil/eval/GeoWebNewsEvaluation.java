package org.vigil.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.vigil.document.Document;
import org.vigil.geo.gazetteer.Distance;
import org.vigil.geo.PlaceExtractor;
import org.vigil.geo.ResolvedToponym;
import org.vigil.model.Span;
import org.vigil.pipeline.Pipeline;

/**
 * Scores toponym detection and resolution on a corpus packaged as the EUPEG benchmark packages
 * GeoWebNews and LGL: {@code C/N} is document N of corpus C, line N+1 of {@code C_gold.txt} its
 * toponyms as {@code canonical,,surface,,lat,,lon,,start,,end} joined by {@code ||}.
 *
 * <p>A gold toponym is detected when a found toponym overlaps it (demonyms included: the gold
 * counts "Syrian" as naming Syria). Resolution is right within 161 km (the field's standard
 * measure) or 25 km of the gold point; both are given over detected toponyms and over all.
 */
public final class GeoWebNewsEvaluation {
  private static final String GOLD_SUFFIX = "_gold.txt";

  private final Pipeline pipeline;
  private final String corpus;

  /** Scores GeoWebNews. */
  public GeoWebNewsEvaluation(Pipeline pipeline) {
    this(pipeline, "GeoWebNews");
  }

  /** Scores the corpus named {@code corpus} ("GeoWebNews", "LGL-dev") in the EUPEG layout. */
  public GeoWebNewsEvaluation(Pipeline pipeline, String corpus) {
    this.pipeline = pipeline;
    this.corpus = corpus;
  }

  /** The corpora of {@code folder} in the EUPEG layout: each C with a C_gold.txt beside it. */
  public static List<String> corpora(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(GOLD_SUFFIX))
          .map(n -> n.substring(0, n.length() - GOLD_SUFFIX.length()))
          .filter(c -> Files.isDirectory(folder.resolve(c)))
          .sorted().toList();
    }
  }

  /** Scores every document of {@code geoFolder}. */
  public Report evaluate(Path geoFolder) throws IOException {
    return evaluate(geoFolder, DocumentHalf.ALL);
  }

  /** Scores the documents of {@code geoFolder} that {@code half} keeps, by number. */
  public Report evaluate(Path geoFolder, DocumentHalf half) throws IOException {
    int documents;
    try (var lines = Files.lines(geoFolder.resolve(corpus + GOLD_SUFFIX),
        StandardCharsets.UTF_8)) {
      documents = (int) lines.count();
    }
    Report r = evaluate(geoFolder, IntStream.range(0, documents).filter(half::keeps).boxed()
        .toList());
    return new Report(r.gold() + half.label(), r.scores(), r.misses());
  }

  /** Scores the documents numbered {@code docs} of {@code geoFolder}. */
  public Report evaluate(Path geoFolder, List<Integer> docs) throws IOException {
    List<String> goldLines = Files.readAllLines(geoFolder.resolve(corpus + GOLD_SUFFIX), StandardCharsets.UTF_8);
    int gold = 0;
    int detected = 0;
    int within161 = 0;
    int within25 = 0;
    int found = 0;
    int foundInGold = 0;
    List<String> misses = new ArrayList<>();
    for (int n : docs) {
      Path file = geoFolder.resolve(corpus).resolve(Integer.toString(n));
      if (!Files.isRegularFile(file) || n >= goldLines.size()) {
        misses.add(n + ": no document or gold line, skipped");
        continue;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<ResolvedToponym> toponyms = pipeline.facts(Document.ofText(corpus + "/" + n, text))
          .list(PlaceExtractor.TOPONYMS);
      List<Gold> golds = parse(goldLines.get(n), text);
      for (ResolvedToponym t : toponyms) {
        found++;
        if (golds.stream().anyMatch(g -> g.span().overlaps(t.span()))) {
          foundInGold++;
        } else {
          misses.add(String.format("%d: found '%s' at %d -> %s %s/%s, no gold toponym there", n,
              t.toponym().text(), t.span().start(), t.entry().name(), t.entry().country(),
              t.entry().level()));
        }
      }
      for (Gold g : golds) {
        gold++;
        ResolvedToponym hit = toponyms.stream().filter(t -> t.span().overlaps(g.span()))
            .findFirst().orElse(null);
        if (hit == null) {
          misses.add(n + ": missed '" + g.surface() + "' (" + g.canonical() + ") at "
              + g.span().start());
          continue;
        }
        detected++;
        double km = Distance.km(g.lat(), g.lon(), hit.entry().lat(), hit.entry().lon());
        if (km <= 161) {
          within161++;
        } else {
          misses.add(String.format("%d: '%s' as '%s' -> %s %s/%s%s, %.0f km from %s", n,
              g.surface(), hit.toponym().text(), hit.entry().name(), hit.entry().country(),
              hit.entry().level(), hit.fallback() ? " (fallback)" : "", km, g.canonical()));
        }
        if (km <= 25) {
          within25++;
        }
      }
    }
    return new Report(geoFolder.resolve(corpus + GOLD_SUFFIX).toString(), List.of(
        Score.share("geo detection recall", detected, gold, "gold toponyms"),
        Score.share("geo detection precision", foundInGold, found, "found toponyms"),
        Score.share("geo within 161 km, detected", within161, detected, "detected toponyms"),
        Score.share("geo within 25 km, detected", within25, detected, "detected toponyms"),
        Score.share("geo within 161 km, all", within161, gold, "gold toponyms"),
        Score.share("geo within 25 km, all", within25, gold, "gold toponyms")), misses);
  }

  private record Gold(String canonical, String surface, double lat, double lon, Span span) {}

  /** The gold toponyms of one line; offsets count code points, turned here into Java's. */
  private static List<Gold> parse(String line, String text) {
    List<Gold> out = new ArrayList<>();
    for (String item : line.split("\\|\\|")) {
      if (item.isBlank()) {
        continue;
      }
      String[] f = item.split(",,", -1);
      if (f.length < 6) {
        continue;
      }
      int start = Integer.parseInt(f[4].trim());
      int end = Integer.parseInt(f[5].trim());
      int codePoints = text.codePointCount(0, text.length());
      if (start < 0 || end > codePoints || start > end) {
        continue; // a few gold offsets are negative: nothing to match them with
      }
      start = text.offsetByCodePoints(0, start);
      end = text.offsetByCodePoints(0, end);
      out.add(new Gold(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          new Span(start, end)));
    }
    return out;
  }
}
