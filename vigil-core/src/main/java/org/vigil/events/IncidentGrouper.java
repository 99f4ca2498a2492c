package org.vigil.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Event.EventDate;

/**
 * Gathers the mentions of an article into incidents: one incident mentioned twice is one
 * event, a strike "two months ago" and one today are two.
 *
 * <p>A mention joins the latest incident it cannot contradict: sub-types that overlap, the
 * same place when both name one, dates that overlap. A mention with no date of its own stands
 * for the days before the report, unless it refers back ("the battle", "his assassination"),
 * which may carry an older incident. A mention that neither refers back nor says enough to
 * stand alone (a figure, a date, a settlement) is dropped: "the conflict's deadliest battles".
 */
final class IncidentGrouper {

  /** Mentions of one incident, with the sub-types they all allow. */
  static final class Incident {
    final List<EventMention> mentions = new ArrayList<>();
    final Set<SubEventType> subtypes;
    EventDate date;

    Incident(EventMention first) {
      this.subtypes = TriggerLexicon.set(first.trigger().subtypes());
      add(first);
    }

    void add(EventMention m) {
      Set<SubEventType> common = EnumSet.copyOf(subtypes);
      common.retainAll(m.trigger().subtypes());
      if (!common.isEmpty()) {
        subtypes.retainAll(common);
      }
      mentions.add(m);
      if (m.date() != null && (date == null || EventDates.rank(m.date()) > EventDates.rank(date))) {
        date = m.date();
      }
    }

    /** The place of the most specific mention that names one (the first among equals). */
    org.vigil.model.Place place() {
      EventMention best = null;
      for (EventMention x : mentions) {
        if (x.place() != null
            && (best == null || x.trigger().specificity() > best.trigger().specificity())) {
          best = x;
        }
      }
      return best == null ? null : best.place();
    }

    /** The mention whose trigger names the incident best (the first among equals). */
    EventMention main() {
      EventMention best = mentions.get(0);
      for (EventMention x : mentions) {
        if (x.trigger().specificity() > best.trigger().specificity()) {
          best = x;
        }
      }
      return best;
    }

    boolean hasStem(Set<String> stems) {
      return mentions.stream().anyMatch(m -> m.stems().stream().anyMatch(stems::contains));
    }
  }

  List<Incident> group(List<EventMention> mentions, EventDate fallback) {
    List<Incident> incidents = new ArrayList<>();
    for (EventMention m : mentions) {
      Incident target = null;
      for (int i = incidents.size() - 1; i >= 0 && target == null; i--) {
        Incident e = incidents.get(i);
        boolean sameAct = m.anaphoric() && e.hasStem(m.stems());
        if (compatible(e, m, fallback, sameAct) && (!m.anaphoric() || sameAct)) {
          target = e;
        }
      }
      if (target == null && m.anaphoric()) {
        for (int i = incidents.size() - 1; i >= 0 && target == null; i--) {
          if (compatible(incidents.get(i), m, fallback, false)) {
            target = incidents.get(i);
          }
        }
      }
      if (target != null) {
        target.add(m);
      } else if (m.anchored()) {
        incidents.add(new Incident(m));
      }
    }
    return incidents;
  }

  /**
   * Whether {@code m} can tell of incident {@code e}. {@code sameAct}: it refers back with a
   * word the incident's sentences used ("his assassination" after "assassinated in a drone
   * strike"), so its sub-types need not agree.
   */
  private static boolean compatible(Incident e, EventMention m, EventDate fallback,
      boolean sameAct) {
    Set<SubEventType> common = EnumSet.copyOf(e.subtypes);
    common.retainAll(m.trigger().subtypes());
    if (common.isEmpty() && !sameAct) {
      return false;
    }
    org.vigil.model.Place p = e.place();
    if (p != null && m.place() != null && !p.id().equals(m.place().id())) {
      return false;
    }
    EventDate own = m.date() != null ? m.date() : m.anaphoric() ? null : fallback;
    EventDate theirs = e.date != null ? e.date : m.anaphoric() ? null : fallback;
    return own == null || theirs == null || EventDates.agree(own, theirs);
  }
}
