package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.vigil.incidents.IncidentProfile;
import org.vigil.model.EventType;
import org.vigil.model.SubEventType;

/**
 * The statements of watches and of their delivery queue. Each change of an incident queues it,
 * in the same transaction, for every webhook watch whose filter it now matches.
 */
final class Watches {

  Watch add(Handle h, String owner, String name, IncidentFilter f, String webhook,
      String secret) {
    Instant now = Instant.now();
    long id = h.createUpdate("""
            INSERT INTO watch (owner, name, country, region, type, actor, min_killed, words,
              webhook, secret, created_at, failures, next_attempt)
            VALUES (:owner, :name, :country, :region, :type, :actor, :minKilled, :text,
              :webhook, :secret, :now, 0, :now)""")
        .bind("owner", owner).bind("name", Inputs.clip(name, 200))
        .bind("country", f.country() == null ? null : f.country().toUpperCase(Locale.ROOT))
        .bind("region", f.region()).bind("type", f.type())
        .bind("actor", Inputs.clip(f.actor(), 200)).bind("minKilled", f.minKilled())
        .bind("text", Inputs.clip(f.text(), 1000)).bind("webhook", webhook)
        .bind("secret", secret).bind("now", now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return byId(h, id).orElseThrow();
  }

  Optional<Watch> byId(Handle h, long id) {
    return h.createQuery("SELECT * FROM watch WHERE id = :id").bind("id", id)
        .map((rs, ctx) -> watch(rs)).findOne();
  }

  List<Watch> all(Handle h) {
    return h.createQuery("SELECT * FROM watch ORDER BY id").map((rs, ctx) -> watch(rs)).list();
  }

  void remove(Handle h, long id) {
    h.createUpdate("DELETE FROM watch_pending WHERE watch_id = :id").bind("id", id).execute();
    h.createUpdate("DELETE FROM watch WHERE id = :id").bind("id", id).execute();
  }

  /**
   * Queues incident {@code p}, whose search text is {@code search} and actors {@code actors},
   * for the watches it matches.
   */
  void changed(Handle h, IncidentProfile p, String search, String actors) {
    Instant now = Instant.now();
    for (Watch w : h.createQuery("SELECT * FROM watch WHERE webhook IS NOT NULL")
        .map((rs, ctx) -> watch(rs)).list()) {
      if (matches(w.filter(), p, search, actors)) {
        h.createUpdate("""
                INSERT INTO watch_pending (watch_id, incident_id, changed_at)
                VALUES (:w, :i, :now)""")
            .bind("w", w.id()).bind("i", p.id()).bind("now", now).execute();
      }
    }
  }

  /**
   * Whether filter {@code f} admits the incident: the same test as the store's query
   * ({@link SqlStore}), on the profile the incident row is about to hold.
   */
  static boolean matches(IncidentFilter f, IncidentProfile p, String search, String actors) {
    if (f.country() != null && !f.country().equalsIgnoreCase(p.country())) {
      return false;
    }
    if (f.region() != null && !f.region().equalsIgnoreCase(p.admin1())) {
      return false;
    }
    if (f.type() != null
        && !f.type().equalsIgnoreCase(EventRows.column(p.type(), EventType::label))
        && !f.type().equalsIgnoreCase(EventRows.column(p.subtype(), SubEventType::label))) {
      return false;
    }
    Integer toll = p.killed().point();
    if (f.minKilled() != null && (toll == null ? 0 : toll) < f.minKilled()) {
      return false;
    }
    return (f.actor() == null || actors.contains(f.actor().toLowerCase(Locale.ROOT).strip()))
        && f.words().stream().allMatch(search.toLowerCase(Locale.ROOT)::contains);
  }

  /** Watches with a webhook, deliveries waiting and no back-off running at {@code now}. */
  List<Watch> due(Handle h, Instant now) {
    return h.createQuery("""
            SELECT * FROM watch w WHERE webhook IS NOT NULL AND next_attempt <= :now
              AND EXISTS (SELECT 1 FROM watch_pending p WHERE p.watch_id = w.id)
            ORDER BY id""")
        .bind("now", now).map((rs, ctx) -> watch(rs)).list();
  }

  List<Watch.Pending> pending(Handle h, long watch, int limit) {
    return h.createQuery(
            "SELECT id, incident_id FROM watch_pending WHERE watch_id = :w ORDER BY id")
        .bind("w", watch).setMaxRows(limit)
        .map((rs, ctx) -> new Watch.Pending(rs.getLong(1), rs.getLong(2))).list();
  }

  void delivered(Handle h, long watch, List<Watch.Pending> sent) {
    if (!sent.isEmpty()) {
      h.createUpdate("DELETE FROM watch_pending WHERE watch_id = :w AND id IN (<ids>)")
          .bind("w", watch).bindList("ids", sent.stream().map(Watch.Pending::id).toList())
          .execute();
    }
    h.createUpdate("UPDATE watch SET failures = 0, last_error = NULL WHERE id = :w")
        .bind("w", watch).execute();
  }

  void failed(Handle h, long watch, String error, Instant nextAttempt) {
    h.createUpdate("""
            UPDATE watch SET failures = failures + 1, last_error = :error,
              next_attempt = :next WHERE id = :w""")
        .bind("w", watch).bind("error", Inputs.clip(error, 2000)).bind("next", nextAttempt)
        .execute();
  }

  private static Watch watch(ResultSet rs) throws SQLException {
    IncidentFilter f = new IncidentFilter(rs.getString("country"), rs.getString("region"),
        rs.getString("type"), rs.getString("actor"), null, null,
        EventRows.integer(rs, "min_killed"), rs.getString("words"), 0);
    return new Watch(rs.getLong("id"), rs.getString("owner"), rs.getString("name"), f,
        rs.getString("webhook"), rs.getString("secret"),
        rs.getTimestamp("created_at").toInstant(), rs.getInt("failures"),
        rs.getTimestamp("next_attempt").toInstant(), rs.getString("last_error"));
  }
}
