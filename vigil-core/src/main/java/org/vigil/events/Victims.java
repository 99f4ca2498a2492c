package org.vigil.events;

import org.vigil.model.Event.Count;

/** Who an incident's figures say was hurt: civilians, or combatants only. */
final class Victims {

  private Victims() {}

  /** Whether a count of {@code counts} tells someone hurt, none of them as a combatant. */
  static boolean civiliansHurt(Count... counts) {
    for (Count c : counts) {
      if (c != null && c.best() != null && c.best() > 0
          && (c.categories() == null || !c.categories().containsKey("combatants"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the hurt are told as combatants and none as civilians. */
  static boolean combatantsOnly(Count... counts) {
    boolean combatants = false;
    for (Count c : counts) {
      if (c == null || c.categories() == null) {
        continue;
      }
      if (c.categories().containsKey("civilians") || c.categories().containsKey("children")
          || c.categories().containsKey("women")) {
        return false;
      }
      combatants |= c.categories().containsKey("combatants");
    }
    return combatants;
  }
}
