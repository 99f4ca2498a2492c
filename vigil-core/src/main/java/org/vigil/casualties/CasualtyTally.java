package org.vigil.casualties;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Event.Count;

/**
 * Adds up the casualty statements of one incident into one figure per kind.
 *
 * <p>Reports repeat their figures (headline, lead, quote), so group figures are not summed:
 * the first stated figure wins (later ones are mostly other monitors' counts or tallies over
 * several days; on FA-KES dev the first matches the annotators 2.5 points more often than the
 * largest), unless a toll "rose" to a new figure, which then wins and keeps the earlier one as
 * its low bound, or the first adds up victims listed by kind ("Five children and four medical
 * staff killed") and a later figure counts more ("killed 13 people"): a list by kind names
 * those a report singles out ("Among the dead were four staff and five children"). Single
 * people named by kin or pronoun ("he was wounded", "his son lost a leg") are told one at a
 * time, so those are summed.
 */
public final class CasualtyTally {

  /** The combined figure of {@code kind}, or null when no statement gives one. */
  public Count count(List<CasualtyMention> mentions, CasualtyMention.Kind kind) {
    Quantity chosen = null;
    Integer earlier = null;
    boolean updated = false;
    boolean byKinds = false;
    int individuals = 0;
    Map<String, Integer> categories = new HashMap<>();
    Map<String, Integer> individualCategories = new HashMap<>();
    for (CasualtyMention m : mentions) {
      if (m.kind() != kind) {
        continue;
      }
      if (m.individual()) {
        individuals += m.count().magnitude();
        m.categories().forEach((k, v) -> individualCategories.merge(k, v, Integer::sum));
        continue;
      }
      m.categories().forEach((k, v) -> categories.merge(k, v, Math::max));
      if (m.update()) {
        if (chosen != null && (earlier == null || chosen.magnitude() < m.count().magnitude())) {
          earlier = chosen.magnitude();
        }
        chosen = m.count();
        updated = true;
      } else if (chosen == null || !updated && (preferred(m.count(), chosen)
          || byKinds && !m.byKinds() && m.count().best() != null
          && m.count().magnitude() > chosen.magnitude())) {
        chosen = m.count();
        byKinds = m.byKinds();
      }
    }
    individualCategories.forEach((k, v) -> categories.merge(k, v, Math::max));
    if (chosen == null || chosen.magnitude() < individuals) {
      if (individuals == 0) {
        return null;
      }
      return new Count(individuals, individuals, individuals, categories);
    }
    Integer low = chosen.low();
    if (updated && earlier != null && earlier < chosen.magnitude()) {
      low = earlier;
    }
    return new Count(chosen.best(), low, chosen.high(), categories);
  }

  /**
   * Whether a later figure {@code a} should replace the one chosen so far, {@code b}: a stated
   * figure beats a vague one ("two patients killed" over "hundreds dead"); between stated
   * figures the first stays, between vague ones the larger wins.
   */
  private static boolean preferred(Quantity a, Quantity b) {
    if ((a.best() != null) != (b.best() != null)) {
      return a.best() != null;
    }
    return a.best() == null && a.magnitude() > b.magnitude();
  }

  /** The dead, two or more, that {@code mentions} state of a group (not of one person). */
  public static Set<Integer> groupDead(List<CasualtyMention> mentions) {
    Set<Integer> out = new HashSet<>();
    for (CasualtyMention c : mentions) {
      if (c.kind() == CasualtyMention.Kind.KILLED && c.count().best() != null
          && c.count().best() >= 2 && !c.individual()) {
        out.add(c.count().best());
      }
    }
    return out;
  }
}
