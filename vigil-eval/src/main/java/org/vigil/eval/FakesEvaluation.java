package org.vigil.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;
import org.vigil.events.MainIncident;
import org.vigil.incidents.LinkOptions;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.pipeline.Pipeline;
import org.vigil.tables.WordLists;

/**
 * Scores the main incident of each article of a FA-KES CSV file against its crowd-annotated
 * row: killed total ({@code nb_civilians + nb_noncivilians}, over rows that state one),
 * children, date within a day, location (governorate or city), and cause of death.
 *
 * <p>The main incident is the reported event with the most killed (best figure, else the low
 * bound; ties: the first: {@link MainIncident}), as the outside scorers pick it. Articles are
 * extracted without the CSV's date, so the date is what Vigil reads from the text. Three
 * reference lines bound the date figure: the document date alone; the rows whose gold date
 * falls more than a day after the date printed atop the article; and the ceiling, the rows
 * whose gold day (within one) is the document date or a day any time expression of the text
 * names, as no reading of the report can date the others right.
 *
 * <p>FA-KES causes map to ACLED sub-types as follows (its categories come from the Violations
 * Documentation Center, where "shelling" covers shelling by warplanes too):
 * <ul>
 *   <li>shelling → Shelling/artillery/missile attack, Air/drone strike
 *   <li>explosion → Remote explosive/landmine/IED, Suicide bomb, Grenade
 *   <li>chemical and toxic gases → Chemical weapon
 *   <li>shooting → Armed clash, Attack, Excessive force against protesters
 *   <li>execution → Attack
 *   <li>unknown → not scored
 * </ul>
 */
public final class FakesEvaluation {

  static final Map<String, Set<String>> CAUSES = causes();

  private final Pipeline pipeline;
  private final int threads;

  public FakesEvaluation(Pipeline pipeline) {
    this(pipeline, Math.min(2, Runtime.getRuntime().availableProcessors()));
  }

  /** With {@code threads} workers sharing the pipeline. */
  public FakesEvaluation(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  private static Map<String, Set<String>> causes() {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    WordLists.load(FakesEvaluation.class, "fakes-causes.tsv", Set.of("cause")).map("cause")
        .forEach((cause, types) -> out.put(cause, Set.of(types.split("; "))));
    return Map.copyOf(out);
  }

  /** One gold row: the annotated main incident of one article. */
  record Gold(String id, String date, String location, String cause, int children,
      int civilians, int noncivilians) {
    int killed() {
      return civilians + noncivilians;
    }
  }

  public Report evaluate(Path csv) throws IOException {
    return evaluate(csv, DocumentHalf.ALL);
  }

  /**
   * Scores the rows {@code half} keeps. Linking is scored over all rows only: its pairs join
   * rows of both halves.
   */
  public Report evaluate(Path csv, DocumentHalf half) throws IOException {
    List<Gold> gold = readGold(csv);
    List<ReadOutcome> docs = new DocumentReader(ReaderOptions.defaults())
        .readAll(List.of(csv.toString()));
    if (docs.size() != gold.size()) {
      throw new IOException(csv + ": read " + docs.size() + " documents for " + gold.size()
          + " gold rows");
    }
    List<Article> articles = extractAll(docs, half);
    return score(csv + half.label(), gold, articles, half);
  }

  private List<Article> extractAll(List<ReadOutcome> docs, DocumentHalf half)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        ReadOutcome o = docs.get(i);
        futures.add(half.keeps(i) ? pool.submit(() -> o instanceof ReadOutcome.Read r
            ? pipeline.extract(r.document()) : null) : CompletableFuture.completedFuture(null));
      }
      List<Article> out = new ArrayList<>();
      for (Future<Article> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("extraction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  Report score(String name, List<Gold> gold, List<Article> articles, DocumentHalf half) {
    Tally t = new Tally();
    for (int i = 0; i < gold.size(); i++) {
      if (!half.keeps(i)) {
        continue;
      }
      Gold g = gold.get(i);
      Article a = articles.get(i);
      Event main = a == null ? null : MainIncident.of(a.events());
      String who = "row " + (i + 2) + " (" + g.id() + ")";
      t.killed(g, main, who);
      t.dates(g, a, main, who);
      t.place(g, a, main, who);
      t.cause(g, main, who);
    }
    t.confusion.forEach((cause, row) -> t.misses.add("confusion " + cause + " -> " + row));
    List<Score> scores = new ArrayList<>(List.of(
        Score.share("FA-KES killed total exact", t.killedRight, t.killedTotal,
            "articles stating a total"),
        Score.share("FA-KES children exact", t.childRight, t.childTotal,
            "articles stating children killed"),
        Score.share("FA-KES date within 1 day", t.dateRight, t.dateTotal, "articles"),
        Score.share("FA-KES document date within 1 day (reference)", t.documentDateRight,
            t.dateTotal, "articles"),
        Score.share("FA-KES gold date after the printed date (gold noise)", t.goldAfterPrinted,
            t.dateTotal, "articles"),
        Score.share("FA-KES gold date in the text (ceiling)", t.goldInText, t.dateTotal,
            "articles"),
        Score.share("FA-KES location", t.placeRight, t.placeTotal, "articles"),
        Score.share("FA-KES cause to sub-type", t.causeRight, t.causeTotal,
            "articles with a known cause")));
    if (half == DocumentHalf.ALL) {
      scores.addAll(new LinkingScores(LinkOptions.defaults()).score(articles, keys(gold),
          t.misses));
    }
    return new Report(name, scores, t.misses);
  }

  /** The counts of one scoring run, field by field, and what it missed, row by row. */
  private static final class Tally {
    int killedTotal;
    int killedRight;
    int childTotal;
    int childRight;
    int dateTotal;
    int dateRight;
    int documentDateRight;
    int goldAfterPrinted;
    int goldInText;
    int placeTotal;
    int placeRight;
    int causeTotal;
    int causeRight;
    final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    /** The total killed, and the children among them. */
    void killed(Gold g, Event main, String who) {
      if (g.killed() > 0) {
        killedTotal++;
        Integer got = FakesEvaluation.killed(main);
        if (got != null && got == g.killed()) {
          killedRight++;
        } else {
          misses.add("killed " + who + ": " + got + ", gold " + g.killed());
        }
      }
      if (g.children() > 0) {
        childTotal++;
        Integer got = main == null || main.killed() == null ? null
            : main.killed().categories().get("children");
        if (got != null && got == g.children()) {
          childRight++;
        } else {
          misses.add("children " + who + ": " + got + ", gold " + g.children());
        }
      }
    }

    /** The incident's date, and as references the document's, the gold's noise and ceiling. */
    void dates(Gold g, Article a, Event main, String who) {
      LocalDate want = usDate(g.date());
      if (want == null) {
        return;
      }
      LocalDate published = a == null || a.published() == null ? null
          : day(a.published().value());
      if (published != null && Math.abs(ChronoUnit.DAYS.between(published, want)) <= 1) {
        documentDateRight++;
      }
      LocalDate printed = a == null || a.dateline() == null ? null : day(a.dateline().date());
      if (printed != null && want.isAfter(printed.plusDays(1))) {
        goldAfterPrinted++;
      }
      if (a != null && readable(a, want)) {
        goldInText++;
      }
      dateTotal++;
      LocalDate got = main == null || main.date() == null ? null : day(main.date().value());
      if (got != null && Math.abs(ChronoUnit.DAYS.between(got, want)) <= 1) {
        dateRight++;
      } else {
        misses.add("date " + who + ": " + (main == null ? null : main.date()) + ", gold "
            + want + ", document " + published);
      }
    }

    /** The incident's place, by governorate. */
    void place(Gold g, Article a, Event main, String who) {
      if (g.location().isBlank()) {
        return;
      }
      placeTotal++;
      Place p = FakesEvaluation.place(a, main);
      String key = GovernorateNames.key(g.location());
      if (p != null && (GovernorateNames.key(p.name()).equals(key)
          || GovernorateNames.key(p.admin1()).equals(key))) {
        placeRight++;
      } else {
        misses.add("location " + who + ": " + (p == null ? null : p.name() + "/" + p.admin1())
            + ", gold " + g.location());
      }
    }

    /** The incident's sub-type against the crowd's cause of death. */
    void cause(Gold g, Event main, String who) {
      if (!CAUSES.containsKey(g.cause())) {
        return;
      }
      causeTotal++;
      String got = main == null ? "(no event)" : main.subtype().label();
      confusion.computeIfAbsent(g.cause(), k -> new TreeMap<>()).merge(got, 1, Integer::sum);
      if (CAUSES.get(g.cause()).contains(got)) {
        causeRight++;
      } else {
        misses.add("cause " + who + ": " + got + ", gold " + g.cause());
      }
    }
  }

  /**
   * The crowd's key of each row's main incident, in row order: date, location and cause. Rows
   * with equal keys report one incident, as the crowd sees it.
   */
  public static List<String> incidentKeys(Path csv) throws IOException {
    return keys(readGold(csv));
  }

  private static List<String> keys(List<Gold> gold) {
    return gold.stream().map(g -> g.date() + "|" + g.location() + "|" + g.cause()).toList();
  }

  private static Integer killed(Event e) {
    if (e == null || e.killed() == null) {
      return null;
    }
    return e.killed().figure();
  }

  private static Place place(Article a, Event e) {
    return a == null || e == null ? null : a.place(e.place()).orElse(null);
  }

  /**
   * Whether the document date or a time expression of the text names a day within one of
   * {@code want}: no reading of the article can date its incident right otherwise.
   */
  private static boolean readable(Article a, LocalDate want) {
    List<String> days = new ArrayList<>();
    if (a.published() != null) {
      days.add(a.published().value());
    }
    a.times().forEach(t -> days.add(t.value()));
    return days.stream().map(FakesEvaluation::day).anyMatch(d -> d != null
        && Math.abs(ChronoUnit.DAYS.between(d, want)) <= 1);
  }

  private static LocalDate day(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** FA-KES's {@code m/d/yy}. */
  static LocalDate usDate(String v) {
    String[] p = v == null ? new String[0] : v.trim().split("/");
    if (p.length != 3) {
      return null;
    }
    try {
      int y = Integer.parseInt(p[2]);
      return LocalDate.of(y < 100 ? 2000 + y : y, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static List<Gold> readGold(Path csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    List<Gold> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      while (rows.hasNextValue()) {
        Map<String, String> r = rows.nextValue();
        out.add(new Gold(r.getOrDefault("unit_id", ""), r.getOrDefault("date", ""),
            r.getOrDefault("location", "").trim().toLowerCase(java.util.Locale.ROOT),
            r.getOrDefault("cause_of_death", "").trim().toLowerCase(java.util.Locale.ROOT),
            num(r.get("nb_children")), num(r.get("nb_civilians")),
            num(r.get("nb_noncivilians"))));
      }
    }
    return out;
  }

  private static int num(String s) {
    try {
      return s == null || s.isBlank() ? 0 : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
