package org.vigil.casualties;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.tables.WordLists;

/**
 * The words of casualty-words.tsv that tell a casualty figure: the verbs and states of a fate,
 * the words of a toll and of a zero, and the small words between a figure and its fate. Read
 * once, when the class is first used; the readers of this package share them.
 */
final class CasualtyWords {

  private static final WordLists WORDS = WordLists.load(CasualtyWords.class,
      "casualty-words.tsv", Set.of("speech-verb", "kill-verb", "injure-verb", "killed-state",
          "injured-state", "killed-phrase", "state-or-act", "limb", "first-fate",
          "injury-verb", "injury-noun", "dead-group", "death-of",
          "injury-of", "not-casualty", "toll-phrase", "toll-rise", "toll-reach",
          "no-casualty-noun", "no-death-noun", "no-injury-noun", "nobody-hurt",
          "nobody-killed", "nobody-injured", "before-state", "auxiliary", "hedge",
          "complement", "clause-end", "possessive", "stop-word", "not-people-unit",
          "not-people-before"));

  static final Set<String> SPEECH = WORDS.set("speech-verb");
  static final Set<String> KILL_VERBS = WORDS.set("kill-verb");
  static final Set<String> INJURE_VERBS = WORDS.set("injure-verb");
  static final Set<String> DEAD = WORDS.set("killed-state");
  static final Set<String> HURT = WORDS.set("injured-state");
  /** "were shot dead", "lost their lives": a killed state of several words. */
  static final List<String> KILLED_PHRASES = WORDS.list("killed-phrase");
  /** "killed", "wounded": a state that may also be a verb's act on the figure after it. */
  static final Set<String> STATE_OR_ACT = WORDS.set("state-or-act");
  /** Nouns for the dead as a group: "among the dead", "five of the victims". */
  static final Set<String> DEAD_GROUPS = WORDS.set("dead-group");
  static final Set<String> NOT_CASUALTIES = WORDS.set("not-casualty");
  /** Irregular participles of a first fate: "was shot and killed". */
  static final Set<String> FIRST_FATES = WORDS.set("first-fate");
  static final Set<String> BETWEEN = WORDS.set("before-state");
  static final Set<String> AUXILIARIES = WORDS.set("auxiliary");
  /** Words that end a noun phrase's complement: a new clause or sentence begins. */
  static final Set<String> CLAUSE_ENDS = WORDS.set("clause-end");
  static final Set<String> COMPLEMENTS = WORDS.set("complement");
  static final Set<String> HEDGES = WORDS.set("hedge");
  static final Set<String> LIMBS = WORDS.set("limb");
  static final Set<String> INJURY_VERBS = WORDS.set("injury-verb");
  static final Set<String> INJURY_NOUNS = WORDS.set("injury-noun");
  static final Set<String> STOP = WORDS.set("stop-word");
  /** Units after a number: "5 km" is no count of people. */
  static final Set<String> NOT_PEOPLE_UNITS = WORDS.set("not-people-unit");
  /** Words before a number: "aged 34" is no count of people. */
  static final Set<String> NOT_PEOPLE_BEFORE = WORDS.set("not-people-before");
  /** "the death of eight", "the killing of one person": a figure named by the act. */
  static final Set<String> DEATH_OF = WORDS.set("death-of");
  static final Set<String> INJURY_OF = WORDS.set("injury-of");
  static final Set<String> POSSESSIVES = WORDS.set("possessive");
  /** "the death toll", "the number of victims": a killed figure that later tolls update. */
  static final List<String> TOLL_PHRASES = WORDS.list("toll-phrase");
  /** "the toll rose to 30": a new figure that replaces the earlier one. */
  static final Set<String> TOLL_RISES = WORDS.set("toll-rise");
  /** "rose", "reached": the verbs between a toll and its figure. */
  static final Set<String> UPDATES = union(TOLL_RISES, WORDS.set("toll-reach"));
  /** "no casualties", "no deaths", "no injuries": a zero of both kinds, of one, of the other. */
  static final List<String> NO_CASUALTIES = WORDS.list("no-casualty-noun");
  static final List<String> NO_DEATHS = WORDS.list("no-death-noun");
  static final List<String> NO_INJURIES = WORDS.list("no-injury-noun");
  /** "no one was hurt", "nobody was killed", "no one was injured". */
  static final Set<String> NOBODY_HURT = WORDS.set("nobody-hurt");
  static final Set<String> NOBODY_KILLED = WORDS.set("nobody-killed");
  static final Set<String> NOBODY_INJURED = WORDS.set("nobody-injured");

  private CasualtyWords() {}

  /**
   * Reads the table now, if it has not been read: a bad row then stops Vigil when it builds its
   * casualty reader, not at the first sentence with a figure.
   */
  static void load() {
    // the static initializer has read the table by the time this runs
  }

  /** The first of {@code phrases} that the words from {@code i} on read, or null. */
  static String phraseAt(Words w, int i, List<String> phrases) {
    for (String p : phrases) {
      if (w.at(i, p)) {
        return p;
      }
    }
    return null;
  }

  /** The number of words of {@code phrase}. */
  static int length(String phrase) {
    return phrase.split(" ").length;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return Collections.unmodifiableSet(out);
  }

  /**
   * Whether {@code word} is a verb that kills the person it takes as object ("killed an
   * adivasi", "killing them"): not "claimed", which kills only in "claimed the lives of".
   */
  static boolean killsItsObject(String word) {
    return KILL_VERBS.contains(word) && !word.startsWith("claim");
  }
}
