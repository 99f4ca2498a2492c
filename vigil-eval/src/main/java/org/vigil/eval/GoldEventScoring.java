package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.events.EventDates;
import org.vigil.geo.gazetteer.Distance;
import org.vigil.model.Article;
import org.vigil.model.DatePrecision;
import org.vigil.model.Timex;
import org.vigil.model.Event;
import org.vigil.model.Event.EventDate;
import org.vigil.model.Place;

/**
 * Scores an article's events against the {@code events} of a gold article
 * ({@code *.gold.json}): recall over required gold events, precision over Vigil's events that
 * match no optional one, and killed/injured on matched events.
 *
 * <p>An event matches a gold event when the type agrees, the place is the same (same name, or
 * within 161 km of the gold place's coordinates from the gold {@code places}) and the date
 * agrees at the gold's precision: Vigil's date lies within the gold value or one of its
 * {@code alternatives} ("2015-12", or "2015"), so a coarser date than the gold's does not
 * agree. Optional gold events neither reward nor penalise. A casualty figure matches when
 * Vigil's low bound (or best figure) equals the gold {@code min}.
 */
public final class GoldEventScoring {

  private static final double NEAR_KM = 161;

  /** Adds the event scores of {@code article} against {@code gold} to the lists. */
  public void score(JsonNode gold, Article article, List<Score> scores, List<String> misses) {
    List<Event> events = article.events();
    Set<Event> used = new HashSet<>();
    int required = 0;
    int found = 0;
    Figures figures = new Figures();
    List<JsonNode> optional = new ArrayList<>();
    for (JsonNode g : gold.path("events")) {
      if (!g.path("required").asBoolean(false)) {
        optional.add(g);
        continue;
      }
      required++;
      Event match = firstMatch(g, gold, article, events, used);
      if (match == null) {
        misses.add("event not found: " + g.path("what").asText());
        continue;
      }
      used.add(match);
      found++;
      figures.check(g, match, misses);
    }
    int optionalMatched = 0;
    for (JsonNode g : optional) {
      Event match = firstMatch(g, gold, article, events, used);
      if (match != null) {
        used.add(match);
        optionalMatched++;
      }
    }
    for (Event e : events) {
      if (!used.contains(e)) {
        misses.add("extra event " + e.id() + ": " + e.subtype() + " '" + e.trigger().text()
            + "' " + (e.date() == null ? null : e.date().value()) + " at "
            + placeName(article, e.place()));
      }
    }
    scores.add(Score.share("event recall", found, required, "required gold events"));
    scores.add(Score.share("event precision", found, events.size() - optionalMatched,
        "events not matching an optional gold event"));
    scores.add(Score.share("event killed exact", figures.killedRight, figures.killedTotal,
        "matched events with a gold killed figure"));
    scores.add(Score.share("event injured exact", figures.injuredRight, figures.injuredTotal,
        "matched events with a gold injured figure"));
  }

  /** The killed and injured figures of matched events against the gold's least figures. */
  private static final class Figures {
    int killedTotal;
    int killedRight;
    int injuredTotal;
    int injuredRight;

    void check(JsonNode g, Event match, List<String> misses) {
      for (String field : new String[] {"killed", "injured"}) {
        JsonNode want = g.path(field);
        if (!want.has("min")) {
          continue;
        }
        Event.Count got = field.equals("killed") ? match.killed() : match.injured();
        Integer low = got == null ? null : got.low() != null ? got.low() : got.best();
        boolean ok = low != null && low == want.path("min").asInt();
        if (field.equals("killed")) {
          killedTotal++;
          killedRight += ok ? 1 : 0;
        } else {
          injuredTotal++;
          injuredRight += ok ? 1 : 0;
        }
        if (!ok) {
          misses.add("event " + g.path("what").asText() + ": " + field + " " + low + ", gold "
              + want.path("min").asInt());
        }
      }
    }
  }

  private static Event firstMatch(JsonNode g, JsonNode gold, Article article,
      List<Event> events, Set<Event> used) {
    for (Event e : events) {
      if (!used.contains(e) && matches(g, gold, article, e)) {
        return e;
      }
    }
    return null;
  }

  static boolean matches(JsonNode g, JsonNode gold, Article article, Event e) {
    if (!e.type().label().equalsIgnoreCase(g.path("type").asText())) {
      return false;
    }
    return samePlace(g, gold, article, e) && dateAgrees(g.path("date"), e.date());
  }

  private static boolean samePlace(JsonNode g, JsonNode gold, Article article, Event e) {
    String want = g.path("place").asText("");
    if (want.isEmpty()) {
      return true;
    }
    Place p = article.place(e.place()).orElse(null);
    if (p == null) {
      return false;
    }
    if (GovernorateNames.key(p.name()).equals(GovernorateNames.key(want))) {
      return true;
    }
    for (JsonNode gp : gold.path("places")) {
      if (gp.path("name").asText().equalsIgnoreCase(want) && gp.has("lat") && p.lat() != null) {
        return Distance.km(gp.path("lat").asDouble(), gp.path("lon").asDouble(), p.lat(),
            p.lon()) <= NEAR_KM;
      }
    }
    return false;
  }

  /** Vigil's date lies within the gold date or one of its alternatives. */
  static boolean dateAgrees(JsonNode want, EventDate got) {
    if (want.isMissingNode() || want.isNull()) {
      return true;
    }
    if (got == null) {
      return false;
    }
    List<String> values = new ArrayList<>();
    values.add(want.path("value").asText());
    want.path("alternatives").forEach(a -> values.add(a.asText()));
    LocalDate s = EventDates.start(got);
    LocalDate t = EventDates.end(got);
    for (String v : values) {
      DatePrecision precision = Timex.precision("DATE", v);
      EventDate g = new EventDate(v, precision == null ? DatePrecision.YEAR : precision);
      if (!s.isBefore(EventDates.start(g)) && !t.isAfter(EventDates.end(g))) {
        return true;
      }
    }
    return false;
  }

  private static String placeName(Article a, String id) {
    return a.place(id).map(Place::name).orElse(null);
  }
}
