package org.vigil.casualties;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.tables.WordLists;

/**
 * The nouns that name victims, with the category each puts them in (children, women,
 * civilians, combatants, or none for "people").
 */
final class VictimNouns {

  static final String CHILDREN = "children";
  static final String WOMEN = "women";
  static final String CIVILIANS = "civilians";
  static final String COMBATANTS = "combatants";
  static final String NONE = "";
  /** The list of victim nouns without a category. */
  private static final String PEOPLE = "people";
  private static final List<String> CATEGORIES =
      List.of(CHILDREN, WOMEN, CIVILIANS, COMBATANTS, PEOPLE);

  private static final WordLists WORDS = WordLists.load(VictimNouns.class, "victim-nouns.tsv",
      Set.of(CHILDREN, WOMEN, CIVILIANS, COMBATANTS, PEOPLE, "kin", "death-noun",
          "injury-noun", "plural-noun"));

  /** Each victim noun with its category: the name of its list, none for "people". */
  private static final Map<String, String> NOUNS = nouns();

  /** Kin: one person each when named without a number ("his wife, brother and nephew"). */
  private static final Set<String> KIN = WORDS.set("kin");

  /** Nouns that already say the victims died ("13 deaths", "51 martyrs" in state media). */
  static final Set<String> DEATH_NOUNS = WORDS.set("death-noun");
  /** Nouns that already say the victims were hurt ("29 wounded"). */
  static final Set<String> INJURY_NOUNS = WORDS.set("injury-noun");

  /** Plural nouns that do not end in s: "children", "people", "militia". */
  private static final Set<String> PLURALS = WORDS.set("plural-noun");

  private VictimNouns() {}

  private static Map<String, String> nouns() {
    Map<String, String> listOf = new java.util.HashMap<>();
    Map<String, String> m = new java.util.HashMap<>();
    for (String list : CATEGORIES) {
      for (String noun : WORDS.list(list)) {
        String before = listOf.put(noun, list);
        if (before != null) {
          throw new IllegalStateException("victim-nouns.tsv: '" + noun + "' is in both "
              + before + " and " + list + ", but a noun has one category at most");
        }
        m.put(noun, list.equals(PEOPLE) ? NONE : list);
      }
    }
    return Map.copyOf(m);
  }

  /** The category of a victim noun, "" for a noun with none, or null for no victim noun. */
  static String category(String noun) {
    String c = NOUNS.get(noun);
    if (c == null && KIN.contains(noun)) {
      return NONE;
    }
    return c;
  }

  static boolean isKin(String noun) {
    return KIN.contains(noun);
  }

  static boolean isPlural(String noun) {
    return noun.endsWith("s") || PLURALS.contains(noun);
  }
}
