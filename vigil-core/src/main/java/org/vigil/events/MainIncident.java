package org.vigil.events;

import java.util.List;
import org.vigil.model.Event;

/**
 * The incident a report is news about, among the events extracted from it: the one to show
 * for an article, or to link it by, when only one will do. The outside scorers (FA-KES) pick
 * the same one, so the scorers of vigil-eval use this too.
 */
public final class MainIncident {
  private MainIncident() {}

  /**
   * The reported event (an event with no role counts as reported) with the most killed; ties
   * go to the first; null when {@code events} has no reported event. A stated figure ("at
   * least 70") outranks a vague one ("hundreds", best null): the vague figure is a lower bound
   * of what the article did not count, usually a past massacre recalled as background.
   */
  public static Event of(List<Event> events) {
    Event main = null;
    long most = -1;
    for (Event e : events) {
      if (e.role() != null && e.role() != Event.Role.REPORTED) {
        continue;
      }
      long k = rank(e);
      if (k > most) {
        most = k;
        main = e;
      }
    }
    return main;
  }

  private static long rank(Event e) {
    if (e.killed() == null) {
      return 0;
    }
    if (e.killed().best() != null) {
      return 1_000_000_000L + e.killed().best();
    }
    return e.killed().low() == null ? 0 : e.killed().low();
  }
}
