package org.vigil.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.vigil.casualties.CasualtyTally;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event;
import org.vigil.model.Event.EventDate;
import org.vigil.model.Span;

/**
 * Gives each incident of a report its role: reported; recalled, older news
 * ({@link RecalledIncidents}); or aggregate, a sum of the report's incidents ({@link RollUps})
 * or a toll counted over a period. An incident keeps its toll unless it sums others or
 * {@link RecalledIncidents} tells it as older news.
 */
final class IncidentRoles {

  private static final RecalledIncidents RECALL = new RecalledIncidents();
  private static final RollUps ROLL_UPS = new RollUps();

  private final List<Event.Role> roles;
  private final BitSet keepToll;
  private final List<Span> recalledSentences;

  private IncidentRoles(List<Event.Role> roles, BitSet keepToll, List<Span> recalledSentences) {
    this.roles = roles;
    this.keepToll = keepToll;
    this.recalledSentences = recalledSentences;
  }

  /**
   * The roles of {@code incidents} (in text order) of the report {@code text}: {@code
   * sentences} are its sentences, {@code fallback} its date or null, {@code scenesIn} counts
   * the separate scenes a sentence names, {@code periodTotals} are the dead it counts over
   * days or weeks ({@link org.vigil.casualties.SentenceTolls#periodTotals()}).
   */
  static IncidentRoles of(List<IncidentGrouper.Incident> incidents, String text,
      List<Span> sentences, EventDate fallback, ToIntFunction<Span> scenesIn,
      Set<Integer> periodTotals) {
    List<Span> recalledSentences = recalledSentences(incidents, sentences, fallback);
    // The lead is the report's news, however old: "MSF accused the regime of using chemical
    // weapons ... on March 25" in a report of April 2.
    int lead = RecalledIncidents.lead(incidents, text, sentences);
    BitSet olderNews = RECALL.recalled(incidents, lead, text, sentences, fallback);
    BitSet sums = ROLL_UPS.rollUps(incidents, sentences, scenesIn);
    BitSet older = new BitSet();
    for (int i = 0; i < incidents.size(); i++) {
      if (olderNews.get(i) || i != lead && olderThanReport(incidents.get(i), fallback)) {
        older.set(i);
      }
    }
    BitSet news = new BitSet();
    news.set(0, incidents.size());
    news.andNot(older);
    news.andNot(sums);
    BitSet overPeriods = overPeriods(incidents, news, periodTotals);
    List<Event.Role> roles = new ArrayList<>();
    BitSet keepToll = new BitSet();
    for (int i = 0; i < incidents.size(); i++) {
      roles.add(sums.get(i) || overPeriods.get(i) ? Event.Role.AGGREGATE
          : older.get(i) ? Event.Role.RECALLED : Event.Role.REPORTED);
      if (!sums.get(i) && !olderNews.get(i)) {
        keepToll.set(i);
      }
    }
    return new IncidentRoles(roles, keepToll, recalledSentences);
  }

  /** The role of the {@code i}th incident. */
  Event.Role role(int i) {
    return roles.get(i);
  }

  /**
   * Whether the {@code i}th incident keeps its toll: not when told as older news, or as a sum
   * of the report's incidents.
   */
  boolean keepsToll(int i) {
    return keepToll.get(i);
  }

  /** The sentences that tell only of incidents older than the report. */
  List<Span> recalledSentences() {
    return recalledSentences;
  }

  /**
   * "the rebels had used the same chemical weapons in Aleppo last year": a sentence that
   * tells only of an older incident says nothing of where today's happened.
   */
  private static List<Span> recalledSentences(List<IncidentGrouper.Incident> incidents,
      List<Span> sentences, EventDate fallback) {
    BitSet recalled = new BitSet();
    BitSet current = new BitSet();
    for (IncidentGrouper.Incident incident : incidents) {
      boolean old = olderThanReport(incident, fallback);
      incident.mentions.forEach(m -> (old ? recalled : current).set(m.sentence()));
    }
    recalled.andNot(current);
    return recalled.stream().mapToObj(sentences::get).toList();
  }

  /**
   * Whether the incident's date cannot fall in the days up to the report that {@code fallback}
   * stands for: "in Aleppo last year" in a report of this week's strikes. An act dated by no
   * more than its year or quarter is no news of those days either: "a string of U.S. air
   * strikes that have killed many of its leaders this year".
   */
  private static boolean olderThanReport(IncidentGrouper.Incident incident,
      EventDate fallback) {
    return incident.date != null && fallback != null && !incident.date.equals(fallback)
        && (!EventDates.agreeWithReport(incident.date, fallback)
            || incident.date.precision().coarserThan(DatePrecision.MONTH));
  }

  /**
   * The incidents whose every toll is one the report counts over a period ("ISIL kills 700
   * people" in the headline, "has executed 700 ... during the past two weeks" in the text):
   * totals of many incidents, while another of the report's current incidents states dead of
   * its own. Only {@code current} incidents (neither recalled nor sums) are read.
   */
  private static BitSet overPeriods(List<IncidentGrouper.Incident> incidents, BitSet current,
      Set<Integer> totals) {
    BitSet over = new BitSet();
    boolean others = false;
    for (int i = current.nextSetBit(0); i >= 0; i = current.nextSetBit(i + 1)) {
      Set<Integer> dead = CasualtyTally.groupDead(incidents.get(i).casualties());
      if (!dead.isEmpty() && totals.containsAll(dead)) {
        over.set(i);
      } else if (!dead.isEmpty()) {
        others = true;
      }
    }
    return others ? over : new BitSet();
  }
}
