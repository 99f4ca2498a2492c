package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * An analyst's corrections of the linker: two incidents merged into one, or events split off
 * into a new incident. Each moves events, records the correction so that re-linking keeps it,
 * sums the incidents up again and writes the audit log.
 */
final class IncidentEdits {
  private final Incidents incidentRows;
  private final Corrections corrections;
  private final Reviews reviews;

  IncidentEdits(Incidents incidentRows, Corrections corrections, Reviews reviews) {
    this.incidentRows = incidentRows;
    this.corrections = corrections;
    this.reviews = reviews;
  }

  /** Moves every event of incident {@code from} into {@code into}. */
  void merge(Handle h, long into, long from, String user, String reason) {
    requireLive(h, into);
    requireLive(h, from);
    List<String> kept = Corrections.memberKeys(h, into);
    List<String> moved = Corrections.memberKeys(h, from);
    h.createUpdate("UPDATE incident_event SET incident_id = :into, reason = :why "
            + "WHERE incident_id = :from")
        .bind("into", into).bind("from", from)
        .bind("why", Inputs.clip("merged by " + user + ": " + reason, 2000)).execute();
    h.createUpdate("UPDATE incident SET merged_into = :into WHERE id = :from")
        .bind("into", into).bind("from", from).execute();
    for (String key : moved) {
      corrections.record(h, "together", key, kept.isEmpty() ? moved.get(0) : kept.get(0),
          user);
    }
    incidentRows.refresh(h, into);
    incidentRows.refresh(h, from);
    corrections.audit(h, user, "merge", "incident " + from,
        "incident " + from + " (" + String.join(", ", moved) + ")",
        "incident " + into, reason);
  }

  /** Moves the events {@code eventKeys} of incident {@code id} into a new incident, its id. */
  long split(Handle h, long id, List<String> eventKeys, String user, String reason) {
    requireLive(h, id);
    List<String> members = Corrections.memberKeys(h, id);
    if (!members.containsAll(eventKeys)) {
      List<String> strangers = new ArrayList<>(eventKeys);
      strangers.removeAll(members);
      throw new StoreException("incident " + id + " has no event " + strangers
          + "; its events are " + members);
    }
    if (eventKeys.isEmpty() || eventKeys.containsAll(members)) {
      throw new StoreException("a split of incident " + id
          + " must move some of its events and keep some");
    }
    long fresh = incidentRows.create(h);
    h.createUpdate("""
            UPDATE incident_event SET incident_id = :fresh, reason = :why
            WHERE incident_id = :id AND event_id IN (
              SELECT e.id FROM event e WHERE e.event_key IN (<keys>) AND e.is_current)""")
        .bind("fresh", fresh).bind("id", id).bindList("keys", eventKeys)
        .bind("why", Inputs.clip("split off by " + user + ": " + reason, 2000)).execute();
    List<String> kept = new ArrayList<>(members);
    kept.removeAll(eventKeys);
    reviews.keepWith(h, eventKeys, kept);
    for (String key : eventKeys) {
      if (!key.equals(eventKeys.get(0))) {
        corrections.record(h, "together", key, eventKeys.get(0), user);
      }
      for (String other : members) {
        if (!eventKeys.contains(other)) {
          corrections.record(h, "apart", key, other, user);
        }
      }
    }
    incidentRows.refresh(h, id);
    incidentRows.refresh(h, fresh);
    corrections.audit(h, user, "split", "incident " + id,
        "incident " + id + " (" + String.join(", ", members) + ")",
        "incident " + fresh + " (" + String.join(", ", eventKeys) + ")", reason);
    return fresh;
  }

  static void requireLive(Handle h, long id) {
    Optional<Long> merged = h.createQuery("SELECT merged_into FROM incident WHERE id = :id")
        .bind("id", id).mapTo(Long.class).findOne();
    boolean exists = h.createQuery("SELECT COUNT(*) FROM incident WHERE id = :id")
        .bind("id", id).mapTo(Integer.class).one() > 0;
    if (!exists) {
      throw new StoreException("no incident " + id);
    }
    if (merged.isPresent()) {
      throw new StoreException("incident " + id + " was merged into incident " + merged.get());
    }
  }
}
