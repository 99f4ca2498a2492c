package org.vigil.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.vigil.incidents.EventSketch;
import org.vigil.incidents.IncidentLinker;
import org.vigil.incidents.IncidentProfile;

/**
 * Puts a stored event into its incident: where an analyst's correction says, else where the
 * same event was before its article was extracted again, else where the linker decides among
 * the blocked candidates, else into a new incident. Each link records why.
 */
final class Linking {

  private final IncidentLinker linker;
  private final Incidents incidents;
  private final Corrections corrections;

  Linking(IncidentLinker linker, Incidents incidents, Corrections corrections) {
    this.linker = linker;
    this.incidents = incidents;
    this.corrections = corrections;
  }

  /** Links event row {@code eventId}; {@code before} is its key's incident before, or null. */
  long link(Handle h, long eventId, EventSketch e, Long before) {
    Corrections.Constraints c = corrections.of(h, e.key());
    long target;
    String reason;
    if (c.together() != null) {
      target = c.together();
      reason = "kept with event " + c.togetherWith() + " by an analyst's correction";
    } else if (before != null && !c.apart().contains(before) && live(h, before)) {
      target = before;
      reason = "the same event as before its article was extracted again";
    } else {
      List<IncidentProfile> candidates = incidents.candidates(h, e).stream()
          .filter(p -> !c.apart().contains(p.id())).toList();
      IncidentLinker.Decision d = linker.decide(e, candidates);
      target = d.isNew() ? incidents.create(h) : d.incident();
      reason = d.reason();
    }
    incidents.link(h, eventId, target, reason);
    incidents.refresh(h, target);
    return target;
  }

  private static boolean live(Handle h, long incident) {
    return h.createQuery("SELECT COUNT(*) FROM incident WHERE id = :id AND merged_into IS NULL")
        .bind("id", incident).mapTo(Integer.class).one() > 0;
  }
}
