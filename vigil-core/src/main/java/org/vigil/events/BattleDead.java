package org.vigil.events;

import java.util.List;
import org.vigil.casualties.CasualtyMention;
import org.vigil.model.Event.Count;

/**
 * The dead of a battle: those of both its sides. Reports of a fight count each side apart
 * ("Two security forces personnel were killed along with 15 militants", "one security forces
 * personnel was killed and 3 militants too"), and ACLED, like UCDP, counts the battle's dead
 * as all of them. Where the statements give the state's forces' dead and, apart, their foes',
 * the toll is the first figure of each side added, unless a figure the report states is larger.
 */
final class BattleDead {

  private BattleDead() {}

  /** {@code killed}, or the two sides' dead added where {@code mentions} give them apart. */
  static Count bothSides(Count killed, List<CasualtyMention> mentions, String text) {
    Integer state = null;
    Integer foes = null;
    for (CasualtyMention c : mentions) {
      if (c.kind() != CasualtyMention.Kind.KILLED || c.count().best() == null || c.none()) {
        continue;
      }
      String victims = c.span().of(text);
      if (state == null && IncidentActors.stateVictims(victims)) {
        state = c.count().best();
      } else if (foes == null && IncidentActors.foeVictims(victims)) {
        foes = c.count().best();
      }
    }
    if (state == null || foes == null || killed == null || killed.best() == null
        || state + foes <= killed.best()) {
      return killed;
    }
    int sum = state + foes;
    return new Count(sum, sum, killed.high() == null ? null : Math.max(sum, killed.high()),
        killed.categories(), killed.sources());
  }
}
