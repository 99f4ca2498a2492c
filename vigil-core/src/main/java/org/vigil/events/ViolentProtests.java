package org.vigil.events;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.EventType;
import org.vigil.model.SubEventType;

/**
 * Joins a protest and the violence of its crowd told beside it into one incident: "Groups of
 * youth took to streets in Baramulla ... in protests against the killing ... The protesters also
 * clashed with government forces", "Protesters ... staged demonstrations ... At least three
 * security personnel were injured when protesters threw petrol bomb at them". The ACLED
 * codebook codes a demonstration that turns violent as a riot, not as a protest and a riot;
 * within a sentence {@link TriggerFinder} already ranks the crowd's violence first.
 */
final class ViolentProtests {

  /** How many sentences apart a protest and its crowd's violence may be told. */
  private static final int SENTENCES = 2;

  private ViolentProtests() {}

  /** {@code incidents}, each protest taken into a riot of its crowd told near it. */
  static List<IncidentGrouper.Incident> join(List<IncidentGrouper.Incident> incidents,
      String text) {
    List<IncidentGrouper.Incident> out = new ArrayList<>(incidents);
    for (IncidentGrouper.Incident protest : incidents) {
      if (!protest.subtypes.stream().allMatch(t -> t.type() == EventType.PROTESTS)) {
        continue;
      }
      for (IncidentGrouper.Incident riot : out) {
        if (riot != protest && riotOfACrowd(riot, text) && near(protest, riot)) {
          riot.absorb(protest);
          out.remove(protest);
          break;
        }
      }
    }
    return out;
  }

  /** A riot, or a clash one of whose sides is a crowd ({@link CrowdClash#crowdsClashed}). */
  private static boolean riotOfACrowd(IncidentGrouper.Incident e, String text) {
    if (e.subtypes.contains(SubEventType.VIOLENT_DEMONSTRATION)
        || e.subtypes.contains(SubEventType.MOB_VIOLENCE)) {
      return true;
    }
    return e.subtypes.contains(SubEventType.ARMED_CLASH) && e.mentions.stream()
        .anyMatch(m -> CrowdClash.crowdsClashed(m.sentenceSpan().of(text)));
  }

  private static boolean near(IncidentGrouper.Incident a, IncidentGrouper.Incident b) {
    return a.mentions.stream().anyMatch(x -> b.mentions.stream()
        .anyMatch(y -> Math.abs(x.sentence() - y.sentence()) <= SENTENCES));
  }
}
