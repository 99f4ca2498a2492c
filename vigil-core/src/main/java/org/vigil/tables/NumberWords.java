package org.vigil.tables;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The English number words of numbers.tsv: cardinals to twenty, tens, ordinals. */
public final class NumberWords {
  private static final WordLists WORDS =
      WordLists.load(NumberWords.class, "numbers.tsv", Set.of("cardinal", "ordinal"));
  private static final Map<String, Integer> CARDINALS = WORDS.numbers("cardinal");
  private static final Map<String, Integer> ORDINALS = WORDS.numbers("ordinal");

  private NumberWords() {}

  /** The value of a cardinal in lower case ("twelve" 12, "forty" 40), or -1 for another word. */
  public static int cardinal(String word) {
    return CARDINALS.getOrDefault(word, -1);
  }

  /** The value of an ordinal in lower case ("sixth" 6), or -1 for another word. */
  public static int ordinal(String word) {
    return ORDINALS.getOrDefault(word, -1);
  }

  /** The cardinals whose value lies in {@code [min, max]}, smallest first. */
  public static List<String> cardinals(int min, int max) {
    return CARDINALS.entrySet().stream().filter(e -> e.getValue() >= min && e.getValue() <= max)
        .map(Map.Entry::getKey).toList();
  }

  /** The tens from "ten" to "ninety", smallest first. */
  public static List<String> tens() {
    return CARDINALS.entrySet().stream()
        .filter(e -> e.getValue() >= 10 && e.getValue() % 10 == 0)
        .map(Map.Entry::getKey).toList();
  }
}
