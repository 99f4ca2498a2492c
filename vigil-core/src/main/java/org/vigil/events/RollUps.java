package org.vigil.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToIntFunction;
import org.vigil.casualties.CasualtyMention;
import org.vigil.casualties.CasualtyTally;
import org.vigil.model.Event.Count;
import org.vigil.model.Span;

/**
 * Tells the incidents whose toll adds up others of the report: "6 citizens killed 22 injured
 * in terrorist attacks with shells in Damascus Aleppo and Idleb", then "killing a woman" in
 * Damascus and "rose to 5 killed" in Aleppo. The sum is no incident's toll; outnumbering each
 * part, it would put the report's main incident at the first place it names.
 *
 * <p>An incident is a roll-up when its stated dead equal those of two to five other incidents
 * together, and the sentence stating them is the report's first (the headline) or names two
 * or more places finer than a country, or the report broke that toll down by place ({@link
 * SummedParts}).
 */
final class RollUps {

  private static final int MOST_PARTS = 5;

  private final CasualtyTally tally = new CasualtyTally();

  /**
   * The indices of the roll-ups among {@code incidents}; {@code sentences} are the article's,
   * {@code scenesIn} counts the places finer than a country, no two of them one scene, that a
   * sentence names.
   */
  BitSet rollUps(List<IncidentGrouper.Incident> incidents, List<Span> sentences,
      ToIntFunction<Span> scenesIn) {
    List<Integer> dead = new ArrayList<>();
    for (IncidentGrouper.Incident incident : incidents) {
      Count c = tally.count(incident.casualties(), CasualtyMention.Kind.KILLED);
      dead.add(c == null ? null : c.best());
    }
    BitSet out = new BitSet();
    for (int i = 0; i < incidents.size(); i++) {
      Integer total = dead.get(i);
      if (total == null) {
        continue;
      }
      // parts below the total: a sum of them has two at least
      List<Integer> parts = new ArrayList<>();
      for (int j = 0; j < incidents.size(); j++) {
        if (j != i && dead.get(j) != null && dead.get(j) > 0 && dead.get(j) < total) {
          parts.add(dead.get(j));
        }
      }
      if (sums(parts, 0, total, 0) && (incidents.get(i).sumsParts
          || statedInSummary(incidents.get(i), total, sentences, scenesIn))) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * Whether {@code MOST_PARTS - taken} or fewer of the {@code parts} from index {@code from}
   * on add up to {@code left}.
   */
  private static boolean sums(List<Integer> parts, int from, int left, int taken) {
    if (left == 0) {
      return true;
    }
    if (taken == MOST_PARTS) {
      return false;
    }
    for (int k = from; k < parts.size(); k++) {
      if (parts.get(k) <= left && sums(parts, k + 1, left - parts.get(k), taken + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code total} is stated in the first sentence or in one naming several places. */
  private static boolean statedInSummary(IncidentGrouper.Incident incident, int total,
      List<Span> sentences, ToIntFunction<Span> scenesIn) {
    for (CasualtyMention c : incident.casualties()) {
      if (c.kind() != CasualtyMention.Kind.KILLED || c.count().best() == null
          || c.count().best() != total) {
        continue;
      }
      for (int si = 0; si < sentences.size(); si++) {
        if (sentences.get(si).contains(c.span())
            && (si == 0 || scenesIn.applyAsInt(sentences.get(si)) >= 2)) {
          return true;
        }
      }
    }
    return false;
  }
}
