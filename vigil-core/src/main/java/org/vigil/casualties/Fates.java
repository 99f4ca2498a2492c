package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.AUXILIARIES;
import static org.vigil.casualties.CasualtyWords.BETWEEN;
import static org.vigil.casualties.CasualtyWords.CLAUSE_ENDS;
import static org.vigil.casualties.CasualtyWords.COMPLEMENTS;
import static org.vigil.casualties.CasualtyWords.DEAD;
import static org.vigil.casualties.CasualtyWords.FIRST_FATES;
import static org.vigil.casualties.CasualtyWords.HEDGES;
import static org.vigil.casualties.CasualtyWords.HURT;
import static org.vigil.casualties.CasualtyWords.INJURY_NOUNS;
import static org.vigil.casualties.CasualtyWords.INJURY_VERBS;
import static org.vigil.casualties.CasualtyWords.KILLED_PHRASES;
import static org.vigil.casualties.CasualtyWords.LIMBS;
import static org.vigil.casualties.CasualtyWords.NOT_CASUALTIES;
import static org.vigil.casualties.CasualtyWords.POSSESSIVES;
import static org.vigil.casualties.CasualtyWords.STATE_OR_ACT;

/**
 * Finds the fate told of a figure, killed or injured, and where it sits: right after the
 * figure ("six were killed"), after auxiliaries and adverbs ("were reportedly killed"), a hedge
 * ("are estimated to have been killed"), a first fate ("were rounded up and executed") or a
 * phrase telling whose the victims were ("10 members of the group were killed").
 */
final class Fates {

  private final QuantityReader quantities;

  Fates(QuantityReader quantities) {
    this.quantities = quantities;
  }

  /**
   * Where the state sits after a phrase at {@code a} that tells whose the victims were or where
   * they were: "33 members of the "Islamic State in Iraq and Levant" and "al-Nusra Front"
   * organizations were killed", "Six civilians from one family were killed", "all five people
   * on board were assumed dead"; -1 when none.
   */
  int complement(Words w, int a) {
    if (!COMPLEMENTS.contains(w.lower(a))) {
      return -1;
    }
    for (int k = a + 1; k < Math.min(w.size(), a + 20); k++) {
      String s = w.lower(k);
      if (CLAUSE_ENDS.contains(s) || s.equals("and") && quantities.read(w, k + 1) != null) {
        return -1; // another clause or another group: the state is not this group's
      }
      if (state(w, k) != null && !w.lower(k - 1).equals("the")) {
        return k; // a headline's "Five members of a family killed", not "relatives of the dead"
      }
      if (AUXILIARIES.contains(s)) {
        int r = andThen(w, hedged(w, pastAuxiliaries(w, k)));
        return state(w, r) != null ? r : -1;
      }
    }
    return -1;
  }

  /**
   * Where the state sits after a first fate at {@code r}: "were rounded up and executed",
   * "were captured and later killed", "was shot and killed"; {@code r} itself when none follows.
   */
  int andThen(Words w, int r) {
    String s = w.lower(r);
    if (DEAD.contains(s) || HURT.contains(s) // "19 Killed and Injured" tells no fate apart
        || !s.endsWith("ed") && !NOT_CASUALTIES.contains(s) && !FIRST_FATES.contains(s)) {
      return r;
    }
    int j = r + 1;
    if (w.lower(j).equals("up") || w.lower(j).equals("out")) {
      j++;
    }
    if (!w.lower(j).equals("and")) {
      return r;
    }
    j++;
    while ((BETWEEN.contains(w.lower(j)) || w.lower(j).equals("then")) && j < r + 6) {
      j++;
    }
    return state(w, j) != null ? j : r;
  }

  /**
   * Where the state sits after a hedge at {@code r}: "are estimated to have been killed",
   * "were feared dead", "is believed to have died"; {@code r} itself when no hedge leads to one.
   */
  int hedged(Words w, int r) {
    int j = HEDGES.contains(w.lower(r)) ? r + 1 : r;
    if (w.at(j, "to have been")) {
      j += 3;
    } else if (w.at(j, "to have") || w.at(j, "to be")) {
      j += 2;
    }
    return j > r && state(w, j) != null ? j : r;
  }

  /** The word after at most four auxiliaries and adverbs from {@code r}: "were reportedly". */
  static int pastAuxiliaries(Words w, int r) {
    int j = r;
    while (BETWEEN.contains(w.lower(j)) && j < r + 4) {
      j++;
    }
    return j;
  }

  /** Whether a fate is told from word {@code r} on: "are martyred", "were killed". */
  boolean fateAt(Words w, int r) {
    int j = pastAuxiliaries(w, r);
    return (j == r || AUXILIARIES.contains(w.lower(r))) && state(w, j) != null;
  }

  /** What the word at {@code r} says happened: killed, injured, or null. */
  CasualtyMention.Kind state(Words w, int r) {
    String s = w.lower(r);
    if (DEAD.contains(s) && (w.lower(r + 1).equals("and") || w.lower(r + 1).equals("or"))
        && HURT.contains(w.lower(r + 2))) {
      return null; // "19 Killed and Injured": casualties of both kinds, told as one figure
    }
    if (CasualtyWords.phraseAt(w, r, KILLED_PHRASES) != null) {
      return CasualtyMention.Kind.KILLED;
    }
    if (s.equals("lost") && (LIMBS.contains(w.lower(r + 2)) || LIMBS.contains(w.lower(r + 3)))) {
      return CasualtyMention.Kind.INJURED;
    }
    // "received serious injuries", "sustained wounds": to suffer an injury is to be injured
    if (INJURY_VERBS.contains(s)
        && (INJURY_NOUNS.contains(w.lower(r + 1)) || INJURY_NOUNS.contains(w.lower(r + 2))
            || INJURY_NOUNS.contains(w.lower(r + 3)))) {
      return CasualtyMention.Kind.INJURED;
    }
    // "fighters killed 10 soldiers": "killed" is their act, not their fate; but in "Nine
    // persons killed 12 injured" the next figure has its own fate
    if (STATE_OR_ACT.contains(s)) {
      String n = w.lower(r + 1);
      Quantity object = quantities.read(w, r + 1);
      int after = object == null ? r + 1
          : object.end() + (w.lower(object.end()).equals("others") ? 1 : 0);
      if (object != null && !NotPeople.figure(w, object) && !n.equals("a") && !n.equals("an")
          && !HURT.contains(w.lower(after)) || POSSESSIVES.contains(n)) {
        return null;
      }
    }
    if (DEAD.contains(s)) {
      return CasualtyMention.Kind.KILLED;
    }
    if (HURT.contains(s)) {
      return CasualtyMention.Kind.INJURED;
    }
    return null;
  }
}
