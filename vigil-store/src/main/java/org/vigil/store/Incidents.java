package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.vigil.incidents.EventSketch;
import org.vigil.incidents.Figure;
import org.vigil.incidents.IncidentMatcher;
import org.vigil.incidents.IncidentProfile;
import org.vigil.incidents.LinkOptions;
import org.vigil.incidents.Wording;
import org.vigil.model.DatePrecision;
import org.vigil.model.EventType;
import org.vigil.model.PlacePrecision;
import org.vigil.model.SubEventType;

/**
 * Incident rows: candidates blocked by country, days and region, new incidents, links, and
 * each incident's summary recomputed from its member events whenever they change.
 */
final class Incidents {

  /** A named day's date spans at most the week up to it (a report's week, EventDates). */
  private static final int WEEK = 7;
  private static final double KM_PER_DEGREE = 111.0;

  private final IncidentMatcher matcher;
  private final Reviews reviews;
  private final Watches watches;

  Incidents(IncidentMatcher matcher, Reviews reviews, Watches watches) {
    this.matcher = matcher;
    this.reviews = reviews;
    this.watches = watches;
  }

  /**
   * The incidents {@code e} may tell: those of its country whose days and places the matcher
   * would let it match, read from incident_block. An event that names a day meets the
   * incidents that name one within the slack, and those without one whose span reaches its
   * own; an event without one meets every incident whose span may reach its own (a named day's
   * span is the six days before it at most). Those left are sifted by every rule-out before
   * their wording is read.
   */
  List<IncidentProfile> candidates(Handle h, EventSketch e) {
    if (!matcher.linkable(e)) {
      return List.of();
    }
    int slack = matcher.options().slackDays();
    LocalDate from = e.from().minusDays(slack);
    LocalDate to = e.to().plusDays(slack);
    LocalDate anchoredFrom = e.day() != null ? e.day().minusDays(slack) : from;
    LocalDate anchoredTo = e.day() != null ? e.day().plusDays(slack) : to.plusDays(WEEK - 1);
    String place = placeCondition(e);
    Query q = h.createQuery("""
            SELECT incident_id FROM incident_block
            WHERE country = :country AND anchored AND first_day BETWEEN :af AND :at AND %s
            UNION
            SELECT incident_id FROM incident_block
            WHERE country = :country AND NOT anchored AND first_day BETWEEN :earliest AND :to
              AND last_day >= :from AND %s""".formatted(place, place));
    if (e.admin1() != null) {
      q.bind("admin1", e.admin1());
    }
    if (e.inSettlement()) {
      double dLat = matcher.options().nearKm() / KM_PER_DEGREE;
      double dLon = dLat / Math.max(0.1, Math.cos(Math.toRadians(e.lat())));
      q.bind("latLo", e.lat() - dLat).bind("latHi", e.lat() + dLat)
          .bind("lonLo", e.lon() - dLon).bind("lonHi", e.lon() + dLon);
    }
    List<Long> ids = q.bind("country", e.country() == null ? "" : e.country())
        .bindByType("af", anchoredFrom, LocalDate.class)
        .bindByType("at", anchoredTo, LocalDate.class)
        .bindByType("from", from, LocalDate.class)
        .bindByType("to", to, LocalDate.class)
        .bindByType("earliest", from.minusDays(matcher.options().longestDays()),
            LocalDate.class)
        .mapTo(Long.class).list();
    if (ids.isEmpty()) {
      return List.of();
    }
    // Sifted by the rule-outs before any wording is read; sorted here, not by ORDER BY, which
    // would make H2 walk the whole primary key in order.
    List<IncidentProfile> admissible = h.createQuery(
            "SELECT * FROM incident WHERE id IN (<ids>) AND merged_into IS NULL AND sources > 0")
        .bindList("ids", ids)
        .map((rs, ctx) -> profile(rs))
        .list().stream().filter(c -> matcher.admissible(e, c))
        .sorted(Comparator.comparingLong(IncidentProfile::id)).toList();
    if (admissible.isEmpty()) {
      return admissible;
    }
    Map<Long, Wording> words = new HashMap<>();
    h.createQuery("SELECT incident_id, words FROM incident_text WHERE incident_id IN (<ids>)")
        .bindList("ids", admissible.stream().map(IncidentProfile::id).toList())
        .map((rs, ctx) -> Map.entry(rs.getLong(1), Wording.parse(rs.getString(2))))
        .forEach(en -> words.put(en.getKey(), en.getValue()));
    return admissible.stream()
        .map(c -> c.withWords(words.getOrDefault(c.id(), Wording.NONE))).toList();
  }

  /**
   * The SQL form of the matcher's place rule-out: the same region, or a region unknown on
   * either side, or (for two settlements) a point within {@link LinkOptions#nearKm()}, here
   * its bounding box; the matcher checks the distance itself.
   */
  private static String placeCondition(EventSketch e) {
    if (e.admin1() == null) {
      return "TRUE";
    }
    String near = e.inSettlement()
        ? " OR (lat BETWEEN :latLo AND :latHi AND lon BETWEEN :lonLo AND :lonHi)" : "";
    return "(admin1 = :admin1 OR admin1 = ''" + near + ")";
  }

  long create(Handle h) {
    Instant now = Instant.now();
    long id = h.createUpdate("""
            INSERT INTO incident (sources, stories, created_at, updated_at)
            VALUES (0, 0, :now, :now)""")
        .bind("now", now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    h.createUpdate("INSERT INTO incident_text (incident_id, words, search) VALUES (:id, '', '')")
        .bind("id", id).execute();
    return id;
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
   * Sums the incident up again from its members, puts analysts' verdicts over that, files it
   * again for blocking and queues it for the watches it matches. An incident left with no member
   * keeps its row (its id may be cited) with no sources and no block, so no event is ever
   * matched to it.
   */
  void refresh(Handle h, long id) {
    List<IncidentProfile.Member> members = members(h, id);
    h.createUpdate("DELETE FROM incident_block WHERE incident_id = :id").bind("id", id)
        .execute();
    if (members.isEmpty()) {
      h.createUpdate("UPDATE incident SET sources = 0, stories = 0, updated_at = :now "
              + "WHERE id = :id")
          .bind("id", id).bind("now", Instant.now()).execute();
      return;
    }
    List<FieldReview> verdicts =
        reviews.latest(h, members.stream().map(m -> m.sketch().key()).toList());
    IncidentProfile p = ReviewedValues.apply(IncidentProfile.of(id, members), verdicts);
    writeSummary(h, id, p, verdicts);
    Text text = writeText(h, id, p);
    watches.changed(h, p, text.search(), text.actors());
    if (matcher.linkable(p)) {
      fileForBlocking(h, id, p);
    }
  }

  /** The incident's row: its type, dates, place, figures and sources, as summed up. */
  private static void writeSummary(Handle h, long id, IncidentProfile p,
      List<FieldReview> verdicts) {
    h.createUpdate("""
            UPDATE incident SET type = :type, subtype = :subtype, date_from = :from,
              date_to = :to, date_day = :day, date_precision = :precision, place_name = :place,
              lat = :lat, lon = :lon, place_precision = :placePrecision, country = :country,
              admin1 = :admin1, killed_low = :kl, killed_best = :kb, killed_high = :kh,
              injured_low = :il, injured_best = :ib, injured_high = :ih,
              sources = :sources, stories = :stories, reviewed = :reviewed, updated_at = :now
            WHERE id = :id""")
        .bind("type", EventRows.column(p.type(), EventType::label))
        .bind("subtype", EventRows.column(p.subtype(), SubEventType::label))
        .bindByType("from", p.from(), LocalDate.class)
        .bindByType("to", p.to(), LocalDate.class)
        .bindByType("day", p.day(), LocalDate.class)
        .bind("precision", EventRows.column(p.precision(), DatePrecision::label))
        .bind("place", Inputs.clip(p.placeName(), 1000))
        .bind("lat", p.lat()).bind("lon", p.lon())
        .bind("placePrecision", EventRows.column(p.placePrecision(), PlacePrecision::code))
        .bind("country", p.country()).bind("admin1", Inputs.clip(p.admin1(), 200))
        .bind("kl", p.killed().low()).bind("kb", p.killed().best())
        .bind("kh", p.killed().high())
        .bind("il", p.injured().low()).bind("ib", p.injured().best())
        .bind("ih", p.injured().high())
        .bind("sources", p.sources()).bind("stories", p.stories())
        .bind("reviewed", Reviews.column(verdicts))
        .bind("now", Instant.now()).bind("id", id)
        .execute();
  }

  /** The search and actor text of an incident's events, as stored. */
  private record Text(String search, String actors) {}

  /** The incident's words and the search and actor text of its events. */
  private static Text writeText(Handle h, long id, IncidentProfile p) {
    Set<String> search = new LinkedHashSet<>();
    Set<String> actors = new LinkedHashSet<>();
    h.createQuery("""
            SELECT e.search, e.actors FROM incident_event ie JOIN event e ON e.id = ie.event_id
            WHERE ie.incident_id = :id ORDER BY ie.linked_at, e.id""")
        .bind("id", id)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
        .forEach(row -> {
          search.add(row[0]);
          if (row[1] != null && !row[1].isEmpty()) {
            actors.add(row[1]);
          }
        });
    String searchText = Inputs.clip(String.join(" | ", search), 8000);
    String actorText = Inputs.clip(String.join(" | ", actors), 4000);
    h.createUpdate("UPDATE incident_text SET words = :words, search = :search, "
            + "actors = :actors WHERE incident_id = :id")
        .bind("words", p.words().join(8000))
        .bind("search", searchText)
        .bind("actors", actorText)
        .bind("id", id).execute();
    return new Text(searchText, actorText);
  }

  /** Files the incident under its country and days, where new events look for candidates. */
  private static void fileForBlocking(Handle h, long id, IncidentProfile p) {
    boolean settlement = p.inSettlement();
    h.createUpdate("""
            INSERT INTO incident_block (country, anchored, first_day, last_day, incident_id,
              admin1, lat, lon)
            VALUES (:country, :anchored, :first, :last, :id, :admin1, :lat, :lon)""")
        .bind("country", p.country() == null ? "" : p.country())
        .bind("anchored", p.day() != null)
        .bindByType("first", p.day() != null ? p.day() : p.from(), LocalDate.class)
        .bindByType("last", p.day() != null ? p.day() : p.to(), LocalDate.class)
        .bind("id", id)
        .bind("admin1", p.admin1() == null ? "" : Inputs.clip(p.admin1(), 200))
        .bind("lat", settlement ? p.lat() : null)
        .bind("lon", settlement ? p.lon() : null)
        .execute();
  }

  /** An incident row as a profile, without its wording (in incident_text). */
  static IncidentProfile profile(ResultSet rs) throws SQLException {
    return new IncidentProfile(rs.getLong("id"), EventRows.type(rs), EventRows.subtype(rs),
        EventRows.date(rs, "date_from"), EventRows.date(rs, "date_to"),
        EventRows.date(rs, "date_day"), EventRows.datePrecision(rs),
        rs.getString("place_name"), EventRows.dbl(rs, "lat"), EventRows.dbl(rs, "lon"),
        EventRows.placePrecision(rs), rs.getString("country"),
        rs.getString("admin1"),
        figure(rs, "killed"), figure(rs, "injured"), Wording.NONE,
        rs.getInt("sources"), rs.getInt("stories"));
  }

  private static Figure figure(ResultSet rs, String prefix) throws SQLException {
    return new Figure(EventRows.integer(rs, prefix + "_low"),
        EventRows.integer(rs, prefix + "_best"), EventRows.integer(rs, prefix + "_high"));
  }
}
