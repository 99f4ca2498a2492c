package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.vigil.document.Document;
import org.vigil.events.EventDates;
import org.vigil.model.Article;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event;
import org.vigil.model.Event.EventDate;
import org.vigil.model.Place;
import org.vigil.model.Source;
import org.vigil.pipeline.Pipeline;
import org.vigil.tables.WordLists;

/**
 * Scores events against an incident gold ({@code fakes-events.jsonl}, one article a line with
 * every incident it tells), by the matching rule of its guide
 * ({@code ../shared/data/dev/fakes-events-guide.md}).
 *
 * <p>Each article is extracted from its {@code id}, {@code title} and {@code text} alone. Gold
 * {@code reported} events are matched one to one with the record's reported events (an event
 * with no role counts as reported) of the same type whose place names the gold place or its
 * governorate (the record place's name or admin1, spelling folded); among several, the first
 * whose date agrees. An unmatched record event that fits an already matched gold event is a
 * duplicate. On matched pairs it counts: date right at the gold's precision (a day within one),
 * killed right (best, else low, equals the gold best, or lies in the gold's low..high when it
 * has no best; no figure where the gold has none), perpetrator named (the first perpetrators
 * share a name word other than generic ones, singular or plural), perpetrator right (named,
 * and the same ACLED category) and alleged right (the same flag, where both name a perpetrator).
 */
public final class IncidentGoldEvaluation {

  /** Name words that say what kind of actor, not which one. */
  private static final Set<String> GENERIC = WordLists.load(IncidentGoldEvaluation.class,
      "generic-actor-words.tsv", Set.of("generic")).set("generic");

  private final Function<Document, Article> extractor;

  public IncidentGoldEvaluation(Pipeline pipeline) {
    this(pipeline::extract);
  }

  /** Scores any document-to-article function. */
  public IncidentGoldEvaluation(Function<Document, Article> extractor) {
    this.extractor = extractor;
  }

  /** Whether {@code jsonl} is an incident gold: its first line is an article with events. */
  public static boolean recognises(Path jsonl) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null || first.isBlank()) {
        return false;
      }
      JsonNode node = new ObjectMapper().readTree(first);
      return node.path("events").isArray() && node.has("text");
    }
  }

  /** Extracts every article of {@code jsonl} and scores it against its gold incidents. */
  public Report evaluate(Path jsonl) throws IOException {
    return evaluate(jsonl, DocumentHalf.ALL);
  }

  /** As above, for the articles {@code half} keeps. */
  public Report evaluate(Path jsonl, DocumentHalf half) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> golds = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    int lineNo = 0;
    int document = -1;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || !half.keeps(++document)) {
        continue;
      }
      JsonNode gold = json.readTree(line);
      String id = gold.path("id").asText(null);
      Source source = new Source(id, null, null, gold.path("title").asText(null));
      golds.add(gold);
      articles.add(extractor.apply(new Document(jsonl + ":" + lineNo, null,
          gold.path("text").asText(), source, null)));
    }
    return score(jsonl + half.label(), golds, articles);
  }

  /** The scores of {@code articles} against {@code golds}, in the same order. */
  static Report score(String name, List<JsonNode> golds, List<Article> articles) {
    Tally t = new Tally();
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < golds.size(); i++) {
      scoreArticle(golds.get(i), articles.get(i), t, misses);
    }
    List<Score> scores = new ArrayList<>();
    scores.add(Score.share("reported event precision", t.matched, t.emitted,
        "reported events of the records"));
    scores.add(Score.share("reported event recall", t.matched, t.gold, "gold reported events"));
    scores.add(new Score("duplicate events", t.duplicates,
        t.duplicates + " record events that repeat a matched incident"));
    scores.add(Score.share("incident date right", t.dateRight, t.matched, "matched incidents"));
    scores.add(Score.share("incident killed right", t.killedRight, t.matched,
        "matched incidents"));
    scores.add(Score.share("perpetrator named", t.named, t.withPerpetrator,
        "matched incidents the gold names a perpetrator of"));
    scores.add(Score.share("perpetrator right", t.right, t.withPerpetrator,
        "matched incidents the gold names a perpetrator of"));
    scores.add(Score.share("alleged right", t.allegedRight, t.bothNamed,
        "matched incidents where both name a perpetrator"));
    return new Report(name, scores, misses);
  }

  private static final class Tally {
    int gold;
    int emitted;
    int matched;
    int duplicates;
    int dateRight;
    int killedRight;
    int withPerpetrator;
    int named;
    int right;
    int bothNamed;
    int allegedRight;
  }

  private static void scoreArticle(JsonNode gold, Article article, Tally t,
      List<String> misses) {
    String who = gold.path("id").asText();
    List<JsonNode> wanted = new ArrayList<>();
    gold.path("events").forEach(g -> {
      if ("reported".equals(g.path("role").asText())) {
        wanted.add(g);
      }
    });
    List<Event> reported = article == null ? List.of() : article.events().stream()
        .filter(e -> e.role() == null || e.role() == Event.Role.REPORTED).toList();
    t.gold += wanted.size();
    t.emitted += reported.size();
    Set<Event> used = new HashSet<>();
    List<JsonNode> matchedGold = new ArrayList<>();
    for (JsonNode g : wanted) {
      Event match = null;
      for (Event e : reported) {
        if (!used.contains(e) && fits(g, e, article)) {
          if (match == null) {
            match = e;
          }
          if (dateRight(g.path("date"), e.date())) {
            match = e;
            break;
          }
        }
      }
      String what = who + " " + g.path("subtype").asText() + " at " + g.path("place").asText();
      if (match == null) {
        misses.add("not found: " + what + " (" + g.path("evidence").asText() + ")");
        continue;
      }
      used.add(match);
      matchedGold.add(g);
      t.matched++;
      pair(g, match, what, t, misses);
    }
    for (Event e : reported) {
      if (used.contains(e)) {
        continue;
      }
      boolean repeats = matchedGold.stream().anyMatch(g -> fits(g, e, article));
      t.duplicates += repeats ? 1 : 0;
      misses.add((repeats ? "duplicate: " : "extra: ") + who + " " + e.id() + " " + e.subtype()
          + " '" + e.trigger().text() + "' at " + article.place(e.place()).map(Place::name)
          .orElse(null));
    }
  }

  private static void pair(JsonNode g, Event e, String what, Tally t, List<String> misses) {
    if (dateRight(g.path("date"), e.date())) {
      t.dateRight++;
    } else {
      misses.add("date: " + what + ": " + e.date() + ", gold " + g.path("date"));
    }
    if (killedRight(g.path("killed"), e.killed())) {
      t.killedRight++;
    } else {
      misses.add("killed: " + what + ": " + (e.killed() == null ? null : e.killed().best()
          + "/" + e.killed().low()) + ", gold " + g.path("killed"));
    }
    JsonNode want = g.path("perpetrators").path(0);
    if (want.isMissingNode()) {
      return;
    }
    t.withPerpetrator++;
    Event.Actor got = e.perpetrators().isEmpty() ? null : e.perpetrators().get(0);
    boolean named = got != null && shareWord(want.path("name").asText(), got.name());
    t.named += named ? 1 : 0;
    boolean right = named && want.path("category").asText().equals(got.category());
    t.right += right ? 1 : 0;
    if (!right) {
      misses.add("perpetrator: " + what + ": " + (got == null ? null
          : got.name() + " (" + got.category() + ")") + ", gold " + want.path("name").asText()
          + " (" + want.path("category").asText() + ")");
    }
    if (got != null) {
      t.bothNamed++;
      if (want.path("alleged").asBoolean(false) == got.alleged()) {
        t.allegedRight++;
      } else {
        misses.add("alleged: " + what + ": " + got.alleged());
      }
    }
  }

  /** Same type, and the record's place names the gold place or its governorate. */
  static boolean fits(JsonNode g, Event e, Article article) {
    if (!e.type().label().equalsIgnoreCase(g.path("type").asText())) {
      return false;
    }
    Place p = article.place(e.place()).orElse(null);
    if (p == null) {
      return false;
    }
    Set<String> keys = new HashSet<>();
    for (String field : new String[] {"place", "admin1"}) {
      String k = GovernorateNames.key(g.path(field).asText(""));
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    return keys.contains(GovernorateNames.key(p.name()))
        || keys.contains(GovernorateNames.key(p.admin1()));
  }

  /**
   * The record's date, at least as precise as the gold's, lies within the gold's span; a
   * gold day also takes the day before and after.
   */
  static boolean dateRight(JsonNode want, EventDate got) {
    if (want.isMissingNode() || want.isNull()) {
      return true;
    }
    if (got == null) {
      return false;
    }
    DatePrecision precision = DatePrecision.ofLabel(want.path("precision").asText("day"));
    EventDate g = new EventDate(want.path("value").asText(), precision);
    if (precision == DatePrecision.DAY) {
      return got.precision() == DatePrecision.DAY && Math.abs(ChronoUnit.DAYS.between(
          LocalDate.parse(got.value().substring(0, 10)), EventDates.start(g))) <= 1;
    }
    return !EventDates.start(got).isBefore(EventDates.start(g).minusDays(1))
        && !EventDates.end(got).isAfter(EventDates.end(g).plusDays(1));
  }

  /** The record's best (else low) is the gold's best, or within its range if it has none. */
  static boolean killedRight(JsonNode want, Event.Count got) {
    Integer value = got == null ? null : got.figure();
    Integer best = number(want.path("best"));
    Integer low = number(want.path("low"));
    Integer high = number(want.path("high"));
    if (best == null && low == null && high == null) {
      return value == null;
    }
    if (value == null) {
      return false;
    }
    if (best != null) {
      return value.equals(best);
    }
    return (low == null || value >= low) && (high == null || value <= high);
  }

  private static Integer number(JsonNode n) {
    return n.isNumber() ? n.asInt() : null;
  }

  static boolean shareWord(String a, String b) {
    Set<String> words = words(a);
    words.retainAll(words(b));
    return !words.isEmpty();
  }

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !GENERIC.contains(w)) {
        out.add(w.length() > 3 ? w.replaceFirst("s$", "") : w); // "terrorists", "terrorist"
      }
    }
    return out;
  }
}
