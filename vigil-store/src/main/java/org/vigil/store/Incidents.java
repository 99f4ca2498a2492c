package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vigil.incidents.EventSketch;
import org.vigil.incidents.Figure;
import org.vigil.incidents.IncidentMatcher;
import org.vigil.incidents.IncidentProfile;

/**
 * Incident rows: candidates blocked by country and day, new incidents, links, and each
 * incident's summary recomputed from its member events whenever they change.
 */
final class Incidents {

  private final IncidentMatcher matcher;

  Incidents(IncidentMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * The incidents {@code e} may tell: those of its country whose days reach within the slack
   * of its own. Reads the index rows of those days only, so the cost follows how busy the
   * country's days are, not the size of the store.
   */
  List<IncidentProfile> candidates(Handle h, EventSketch e) {
    if (!matcher.linkable(e)) {
      return List.of();
    }
    int slack = matcher.options().slackDays();
    List<Long> ids = h.createQuery("""
            SELECT DISTINCT incident_id FROM incident_day
            WHERE country = :country AND on_day BETWEEN :from AND :to""")
        .bind("country", e.country() == null ? "" : e.country())
        .bindByType("from", e.from().minusDays(slack), LocalDate.class)
        .bindByType("to", e.to().plusDays(slack), LocalDate.class)
        .mapTo(Long.class).list();
    if (ids.isEmpty()) {
      return List.of();
    }
    return h.createQuery("SELECT * FROM incident WHERE id IN (<ids>) AND merged_into IS NULL "
            + "AND sources > 0 ORDER BY id")
        .bindList("ids", ids)
        .map((rs, ctx) -> profile(rs))
        .list();
  }

  long create(Handle h) {
    Instant now = Instant.now();
    return h.createUpdate("""
            INSERT INTO incident (words, sources, stories, search, created_at, updated_at)
            VALUES ('', 0, 0, '', :now, :now)""")
        .bind("now", now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  void link(Handle h, long eventId, long incidentId, String reason) {
    h.createUpdate("""
            INSERT INTO incident_event (event_id, incident_id, reason, linked_at)
            VALUES (:event, :incident, :reason, :at)""")
        .bind("event", eventId).bind("incident", incidentId)
        .bind("reason", Inputs.clip(reason, 2000)).bind("at", Instant.now())
        .execute();
  }

  /** The current member events of an incident, in the order they joined, with their stories. */
  List<IncidentProfile.Member> members(Handle h, long incidentId) {
    return h.createQuery("""
            SELECT e.*, a.story_id FROM incident_event ie
            JOIN event e ON e.id = ie.event_id JOIN article a ON a.id = e.article_id
            WHERE ie.incident_id = :id ORDER BY ie.linked_at, e.id""")
        .bind("id", incidentId)
        .map((rs, ctx) -> new IncidentProfile.Member(EventRows.sketch(rs),
            rs.getLong("article_id"), rs.getLong("story_id")))
        .list();
  }

  /**
   * Sums the incident up again from its members and re-indexes its days. An incident left
   * with no member keeps its row (its id may be cited) with no sources and no days, so no
   * event is ever matched to it.
   */
  void refresh(Handle h, long id) {
    List<IncidentProfile.Member> members = members(h, id);
    h.createUpdate("DELETE FROM incident_day WHERE incident_id = :id").bind("id", id).execute();
    if (members.isEmpty()) {
      h.createUpdate("UPDATE incident SET sources = 0, stories = 0, updated_at = :now "
              + "WHERE id = :id")
          .bind("id", id).bind("now", Instant.now()).execute();
      return;
    }
    IncidentProfile p = IncidentProfile.of(id, members);
    Set<String> search = new LinkedHashSet<>(h.createQuery("""
            SELECT e.search FROM incident_event ie JOIN event e ON e.id = ie.event_id
            WHERE ie.incident_id = :id ORDER BY ie.linked_at, e.id""")
        .bind("id", id).mapTo(String.class).list());
    h.createUpdate("""
            UPDATE incident SET type = :type, subtype = :subtype, date_from = :from,
              date_to = :to, date_day = :day, date_precision = :precision, place_name = :place,
              lat = :lat, lon = :lon, place_precision = :placePrecision, country = :country,
              admin1 = :admin1, killed_low = :kl, killed_best = :kb, killed_high = :kh,
              injured_low = :il, injured_best = :ib, injured_high = :ih, words = :words,
              sources = :sources, stories = :stories, search = :search, updated_at = :now
            WHERE id = :id""")
        .bind("type", p.type()).bind("subtype", p.subtype())
        .bindByType("from", p.from(), LocalDate.class)
        .bindByType("to", p.to(), LocalDate.class)
        .bindByType("day", p.day(), LocalDate.class)
        .bind("precision", p.precision())
        .bind("place", Inputs.clip(p.placeName(), 1000))
        .bind("lat", p.lat()).bind("lon", p.lon()).bind("placePrecision", p.placePrecision())
        .bind("country", p.country()).bind("admin1", Inputs.clip(p.admin1(), 200))
        .bind("kl", p.killed().low()).bind("kb", p.killed().best())
        .bind("kh", p.killed().high())
        .bind("il", p.injured().low()).bind("ib", p.injured().best())
        .bind("ih", p.injured().high())
        .bind("words", Records.joinWords(p.words()))
        .bind("sources", p.sources()).bind("stories", p.stories())
        .bind("search", Inputs.clip(String.join(" | ", search), 8000))
        .bind("now", Instant.now()).bind("id", id)
        .execute();
    if (matcher.linkable(p)) {
      PreparedBatch days = h.prepareBatch(
          "INSERT INTO incident_day (country, on_day, incident_id) VALUES (:country, :day, :id)");
      for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
        days.bind("country", p.country() == null ? "" : p.country())
            .bindByType("day", d, LocalDate.class).bind("id", id).add();
      }
      days.execute();
    }
  }

  static IncidentProfile profile(ResultSet rs) throws SQLException {
    return new IncidentProfile(rs.getLong("id"), rs.getString("type"), rs.getString("subtype"),
        EventRows.date(rs, "date_from"), EventRows.date(rs, "date_to"),
        EventRows.date(rs, "date_day"), rs.getString("date_precision"),
        rs.getString("place_name"), EventRows.dbl(rs, "lat"), EventRows.dbl(rs, "lon"),
        EventRows.integer(rs, "place_precision"), rs.getString("country"),
        rs.getString("admin1"),
        figure(rs, "killed"), figure(rs, "injured"), EventRows.words(rs.getString("words")),
        rs.getInt("sources"), rs.getInt("stories"));
  }

  private static Figure figure(ResultSet rs, String prefix) throws SQLException {
    return new Figure(EventRows.integer(rs, prefix + "_low"),
        EventRows.integer(rs, prefix + "_best"), EventRows.integer(rs, prefix + "_high"));
  }
}
