package org.vigil.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.vigil.incidents.Figure;
import org.vigil.incidents.IncidentProfile;
import org.vigil.model.DatePrecision;
import org.vigil.model.EventType;
import org.vigil.model.PlacePrecision;
import org.vigil.model.SubEventType;

/**
 * Incidents as users read them: the rows a filter selects, and an incident with its reports
 * (every source event, with its article, figures and actors) and analysts' verdicts.
 */
final class IncidentViews {
  private final Reviews reviews;
  private final ObjectMapper json = new ObjectMapper();

  IncidentViews(Reviews reviews) {
    this.reviews = reviews;
  }

  /** The incident of row {@code rs} with its verdicts and reports (none, for a summary). */
  static IncidentView view(ResultSet rs, List<FieldReview> verdicts,
      List<IncidentView.Report> reports) throws SQLException {
    IncidentProfile p = Incidents.profile(rs);
    return new IncidentView(p.id(), EventRows.column(p.type(), EventType::label),
        EventRows.column(p.subtype(), SubEventType::label), p.from(), p.to(), p.day(),
        EventRows.column(p.precision(), DatePrecision::label), p.placeName(), p.lat(), p.lon(),
        EventRows.column(p.placePrecision(), PlacePrecision::code), p.country(), p.admin1(),
        p.killed(), p.injured(), p.sources(), p.stories(),
        rs.getTimestamp("updated_at").toInstant(), Reviews.ofColumn(rs.getString("reviewed")),
        verdicts, reports);
  }

  /** The incidents matching {@code f}, live and with sources, then {@code tail}. */
  static Query filtered(Handle h, IncidentFilter f, String tail) {
    return filtered(h, f, "*", tail);
  }

  /** {@code select} over the incidents matching {@code f}, then {@code tail}. */
  static Query filtered(Handle h, IncidentFilter f, String select, String tail) {
    StringBuilder sql = new StringBuilder("SELECT " + select
        + " FROM incident WHERE merged_into IS NULL AND sources > 0");
    Map<String, Object> args = new HashMap<>();
    if (f.country() != null) {
      sql.append(" AND country = :country");
      args.put("country", f.country().toUpperCase(Locale.ROOT));
    }
    if (f.region() != null) {
      sql.append(" AND LOWER(admin1) = :region");
      args.put("region", f.region().toLowerCase(Locale.ROOT));
    }
    if (f.type() != null) {
      sql.append(" AND (LOWER(type) = :type OR LOWER(subtype) = :type)");
      args.put("type", f.type().toLowerCase(Locale.ROOT));
    }
    if (f.actor() != null) {
      sql.append(" AND id IN (SELECT incident_id FROM incident_text WHERE actors LIKE :actor)");
      args.put("actor", "%" + f.actor().toLowerCase(Locale.ROOT).strip() + "%");
    }
    if (f.from() != null) {
      sql.append(" AND date_to >= :from");
      args.put("from", f.from());
    }
    if (f.to() != null) {
      sql.append(" AND date_from <= :to");
      args.put("to", f.to());
    }
    if (f.minKilled() != null) {
      sql.append(" AND COALESCE(killed_best, killed_low, killed_high, 0) >= :minKilled");
      args.put("minKilled", f.minKilled());
    }
    List<String> words = f.words();
    for (int i = 0; i < words.size(); i++) {
      sql.append(" AND id IN (SELECT incident_id FROM incident_text WHERE search LIKE :w")
          .append(i).append(")");
      args.put("w" + i, "%" + words.get(i) + "%");
    }
    sql.append(' ').append(tail);
    Query q = h.createQuery(sql.toString());
    args.forEach((k, v) -> {
      if (v instanceof LocalDate d) {
        q.bindByType(k, d, LocalDate.class);
      } else {
        q.bind(k, v);
      }
    });
    return q;
  }

  /** Incident {@code id} with its reports and the verdicts on them. */
  IncidentView view(Handle h, long id) {
    List<IncidentView.Report> reports = h.createQuery("""
            SELECT e.*, ie.reason, a.story_id, a.published, a.agency, i.name AS input_name,
                   i.url, i.title
            FROM incident_event ie JOIN event e ON e.id = ie.event_id
            JOIN article a ON a.id = e.article_id JOIN input i ON i.id = a.input_id
            WHERE ie.incident_id = :id ORDER BY ie.linked_at, e.id""")
        .bind("id", id)
        .map((rs, ctx) -> {
          JsonNode event = readTree(rs.getString("record"));
          return new IncidentView.Report(rs.getString("event_key"), rs.getLong("article_id"),
              rs.getString("local_id"),
              rs.getLong("story_id"), rs.getString("input_name"), rs.getString("url"),
              rs.getString("title"), rs.getString("agency"), rs.getString("published"),
              rs.getString("type"), rs.getString("subtype"),
              event.path("trigger").path("text").asText(null), rs.getString("place_name"),
              figure(EventRows.count(rs, "killed")), figure(EventRows.count(rs, "injured")),
              names(event.path("perpetrators")), names(event.path("targets")),
              names(event.path("means")), rs.getString("notes"), rs.getString("reason"));
        })
        .list();
    List<FieldReview> verdicts =
        reviews.latest(h, reports.stream().map(IncidentView.Report::eventKey).toList());
    return h.createQuery("SELECT * FROM incident WHERE id = :id").bind("id", id)
        .map((rs, ctx) -> view(rs, verdicts, reports)).one();
  }

  private static Figure figure(org.vigil.model.Event.Count c) {
    return c == null ? Figure.NONE : new Figure(c.low(), c.best(), c.high());
  }

  /** The names of a record's actors or means. */
  private static List<String> names(JsonNode named) {
    List<String> out = new ArrayList<>();
    named.forEach(a -> out.add(a.path("name").asText()));
    return out;
  }

  private JsonNode readTree(String s) {
    try {
      return json.readTree(s);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
