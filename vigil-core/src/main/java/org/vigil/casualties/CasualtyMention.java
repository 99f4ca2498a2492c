package org.vigil.casualties;

import java.util.Map;
import org.vigil.model.Span;

/**
 * One casualty statement in a sentence: "killing 22 people, including 9 children and 7 women",
 * "the death toll rose to 30", "he was wounded".
 *
 * @param categories victims by kind (children, women, civilians, combatants); a breakdown
 *     after "including" is kept here and never added to the total
 * @param individual the victims are single people named by kin or pronoun ("his wife", "he");
 *     an event adds these up across sentences instead of taking the largest figure
 * @param toll the figure is stated as a death toll, which later statements update
 * @param update the toll "rose", "climbed" or "increased": it replaces earlier figures
 * @param span the words the figure was read from, for evidence
 * @param byKinds the figure adds up victims listed by kind ("five children and four medical
 *     staff"), which may be only those of the dead a report singles out
 */
public record CasualtyMention(
    Kind kind, Quantity count, Map<String, Integer> categories, boolean individual,
    boolean toll, boolean update, Span span, boolean byKinds) {

  /** A statement of one figure, not a sum of victims listed by kind. */
  public CasualtyMention(Kind kind, Quantity count, Map<String, Integer> categories,
      boolean individual, boolean toll, boolean update, Span span) {
    this(kind, count, categories, individual, toll, update, span, false);
  }

  /** "no casualties", "no one was killed": a statement that there were none. */
  public boolean none() {
    return Integer.valueOf(0).equals(count.best()) && Integer.valueOf(0).equals(count.high());
  }

  /** What happened to the victims. Missing, arrested and displaced are neither. */
  public enum Kind { KILLED, INJURED }

  public CasualtyMention {
    categories = Map.copyOf(categories);
  }
}
