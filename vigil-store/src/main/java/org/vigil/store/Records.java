package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.vigil.incidents.EventSketch;
import org.vigil.incidents.EventSketches;
import org.vigil.model.Article;
import org.vigil.model.ArticleJson;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event;
import org.vigil.model.EventType;
import org.vigil.model.PlacePrecision;
import org.vigil.model.SubEventType;

/** Article records and their events, written beside earlier versions, never over them. */
final class Records {

  private final ArticleJson json = new ArticleJson();

  long insertArticle(Handle h, long inputId, long story, Article a) {
    return h.createUpdate("""
            INSERT INTO article (input_id, version, story_id, published, agency, record,
                                 extracted_at)
            VALUES (:input, :version, :story, :published, :agency, :record, :at)""")
        .bind("input", inputId)
        .bind("version", a.extractor().version())
        .bind("story", story)
        .bind("published", a.published() == null ? null : a.published().value())
        .bind("agency", Inputs.clip(a.source().agency(), 100))
        .bind("record", json.line(a))
        .bind("at", Instant.now())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  /**
   * Takes the input's older records' events out of their incidents, as the new record's
   * events replace them, and returns the incident each event key was in: a re-extracted event
   * goes back to its incident, so incident ids hold.
   */
  Map<String, Long> retireOlder(Handle h, long inputId, long articleId) {
    List<Long> older = h.createQuery(
            "SELECT id FROM article WHERE input_id = :input AND id <> :article")
        .bind("input", inputId).bind("article", articleId).mapTo(Long.class).list();
    Map<String, Long> was = new HashMap<>();
    if (older.isEmpty()) {
      return was; // the input's first record: nothing to retire
    }
    record Current(long id, String key, Long incident) {}
    List<Current> current = h.createQuery("""
            SELECT e.id, e.event_key, ie.incident_id FROM event e
            LEFT JOIN incident_event ie ON ie.event_id = e.id
            WHERE e.article_id IN (<older>) AND e.is_current""")
        .bindList("older", older)
        .map((rs, ctx) -> new Current(rs.getLong(1), rs.getString(2),
            EventRows.longOrNull(rs, 3)))
        .list();
    current.stream().filter(c -> c.incident() != null)
        .forEach(c -> was.put(c.key(), c.incident()));
    List<Long> events = current.stream().map(Current::id).toList();
    if (!events.isEmpty()) {
      h.createUpdate("DELETE FROM incident_event WHERE event_id IN (<events>)")
          .bindList("events", events).execute();
      h.createUpdate("UPDATE event SET is_current = FALSE WHERE id IN (<events>)")
          .bindList("events", events).execute();
    }
    return was;
  }

  long insertEvent(Handle h, long articleId, Event e, EventSketch s, Article a) {
    return h.createUpdate("""
            INSERT INTO event (article_id, event_key, local_id, is_current, type, subtype,
              date_from, date_to, date_day, date_precision, place_name, lat, lon,
              place_precision, country, admin1, killed_low, killed_best, killed_high,
              injured_low, injured_best, injured_high, words, search, actors, notes, record)
            VALUES (:article, :key, :local, TRUE, :type, :subtype, :from, :to, :day, :precision,
              :place, :lat, :lon, :placePrecision, :country, :admin1, :killedLow, :killedBest,
              :killedHigh, :injuredLow, :injuredBest, :injuredHigh, :words, :search, :actors,
              :notes, :record)""")
        .bind("article", articleId)
        .bind("key", s.key())
        .bind("local", e.id())
        .bind("type", EventRows.column(s.type(), EventType::label))
        .bind("subtype", EventRows.column(s.subtype(), SubEventType::label))
        .bindByType("from", s.from(), LocalDate.class)
        .bindByType("to", s.to(), LocalDate.class)
        .bindByType("day", s.day(), LocalDate.class)
        .bind("precision", EventRows.column(s.precision(), DatePrecision::label))
        .bind("place", Inputs.clip(s.placeName(), 1000))
        .bind("lat", s.lat())
        .bind("lon", s.lon())
        .bind("placePrecision", EventRows.column(s.placePrecision(), PlacePrecision::code))
        .bind("country", s.country())
        .bind("admin1", Inputs.clip(s.admin1(), 200))
        .bind("killedLow", s.killed() == null ? null : s.killed().low())
        .bind("killedBest", s.killed() == null ? null : s.killed().best())
        .bind("killedHigh", s.killed() == null ? null : s.killed().high())
        .bind("injuredLow", s.injured() == null ? null : s.injured().low())
        .bind("injuredBest", s.injured() == null ? null : s.injured().best())
        .bind("injuredHigh", s.injured() == null ? null : s.injured().high())
        .bind("words", s.words().join(8000))
        .bind("search", search(e, s, a))
        .bind("actors", actors(e))
        .bind("notes", Inputs.clip(notes(e, a.text()), 4000))
        .bind("record", json.line(e))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  /** What text search finds an event by: its place, kind, trigger and the article's title. */
  private static String search(Event e, EventSketch s, Article a) {
    String joined = Stream.of(s.placeName(), s.admin1(),
            EventRows.column(s.type(), EventType::label),
            EventRows.column(s.subtype(), SubEventType::label),
            e.trigger() == null ? null : e.trigger().text(), a.source().title())
        .filter(x -> x != null && !x.isBlank())
        .collect(Collectors.joining(" | "));
    return Inputs.clip(joined.toLowerCase(Locale.ROOT), 4000);
  }

  /** Who did it and to whom, as the actor filter finds them: names and ACLED categories. */
  private static String actors(Event e) {
    String joined = Stream.concat(e.perpetrators().stream(), e.targets().stream())
        .flatMap(actor -> Stream.of(actor.name(), actor.category()))
        .filter(x -> x != null && !x.isBlank()).distinct()
        .collect(Collectors.joining(" | "));
    return Inputs.clip(joined.toLowerCase(Locale.ROOT), 2000);
  }

  /** The sentences that tell the event: its trigger's, and those of its figures. */
  private static String notes(Event e, String text) {
    Set<String> sentences = new LinkedHashSet<>();
    if (e.trigger() != null) {
      sentences.add(EventSketches.sentenceAround(text, e.trigger().span()));
    }
    e.evidence().stream().sorted().limit(4)
        .forEach(span -> sentences.add(EventSketches.sentenceAround(text, span)));
    return String.join(" ", sentences);
  }
}
