package org.vigil.events;

import org.vigil.model.Event.Count;

/** Who an incident's figures say was hurt: civilians, or combatants only. */
final class Victims {

  private Victims() {}

  /** Whether a count of {@code counts} tells someone hurt, none of them as a combatant. */
  static boolean civiliansHurt(Count... counts) {
    for (Count c : counts) {
      if (c != null && c.best() != null && c.best() > 0 && !countsCombatants(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the hurt are told as combatants and none as civilians. */
  static boolean combatantsOnly(Count... counts) {
    boolean combatants = false;
    for (Count c : counts) {
      if (countsCivilians(c)) {
        return false;
      }
      combatants |= countsCombatants(c);
    }
    return combatants;
  }

  /** Whether {@code c} tells civilians among the hurt: civilians, children or women. */
  static boolean countsCivilians(Count c) {
    return c != null && c.categories() != null && (c.categories().containsKey("civilians")
        || c.categories().containsKey("children") || c.categories().containsKey("women"));
  }

  /** Whether {@code c} tells combatants among the hurt. */
  static boolean countsCombatants(Count c) {
    return c != null && c.categories() != null && c.categories().containsKey("combatants");
  }
}
