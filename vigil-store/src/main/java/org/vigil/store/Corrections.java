package org.vigil.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * An analyst's corrections of the linker, kept by event key so that they hold when articles
 * are extracted again and when incidents are linked again: "together" keeps two events in one
 * incident, "apart" keeps them in two. Where an analyst changed their mind about a pair, the
 * latest word holds.
 */
final class Corrections {

  /** What the corrections say of one event: the incident it must join, those it must not. */
  record Constraints(Long together, String togetherWith, Set<Long> apart) {}

  Constraints of(Handle h, String key) {
    Map<String, String> latest = new LinkedHashMap<>();
    h.createQuery("""
            SELECT id, kind, event_key, other_key FROM correction WHERE event_key = :key
            UNION ALL
            SELECT id, kind, event_key, other_key FROM correction WHERE other_key = :key
            ORDER BY id""")
        .bind("key", key)
        .map((rs, ctx) -> new String[] {rs.getString(2), rs.getString(3), rs.getString(4)})
        .forEach(r -> latest.put(r[1].equals(key) ? r[2] : r[1], r[0]));
    Long together = null;
    String with = null;
    Set<Long> apart = new HashSet<>();
    for (Map.Entry<String, String> c : latest.entrySet()) {
      for (long incident : incidentsOf(h, c.getKey())) {
        if (c.getValue().equals("apart")) {
          apart.add(incident);
        } else if (together == null) {
          together = incident;
          with = c.getKey();
        }
      }
    }
    return new Constraints(together, with, apart);
  }

  /** The incidents the current events with key {@code key} are in. */
  private static List<Long> incidentsOf(Handle h, String key) {
    return h.createQuery("""
            SELECT ie.incident_id FROM event e JOIN incident_event ie ON ie.event_id = e.id
            WHERE e.event_key = :key AND e.is_current""")
        .bind("key", key).mapTo(Long.class).list();
  }

  void record(Handle h, String kind, String key, String other, String user) {
    h.createUpdate("""
            INSERT INTO correction (kind, event_key, other_key, made_by, made_at)
            VALUES (:kind, :key, :other, :user, :at)""")
        .bind("kind", kind).bind("key", key).bind("other", other).bind("user", user)
        .bind("at", Instant.now()).execute();
  }

  void audit(Handle h, String user, String action, String target, String oldValue,
      String newValue, String reason) {
    h.createUpdate("""
            INSERT INTO audit (made_by, made_at, action, target, old_value, new_value, reason)
            VALUES (:user, :at, :action, :target, :old, :new, :reason)""")
        .bind("user", user).bind("at", Instant.now()).bind("action", action)
        .bind("target", target).bind("old", Inputs.clip(oldValue, 8000))
        .bind("new", Inputs.clip(newValue, 8000)).bind("reason", Inputs.clip(reason, 2000))
        .execute();
  }

  /** The keys of an incident's current member events, in the order they joined. */
  static List<String> memberKeys(Handle h, long incident) {
    return new ArrayList<>(h.createQuery("""
            SELECT e.event_key FROM incident_event ie JOIN event e ON e.id = ie.event_id
            WHERE ie.incident_id = :id ORDER BY ie.linked_at, e.id""")
        .bind("id", incident).mapTo(String.class).list());
  }
}
