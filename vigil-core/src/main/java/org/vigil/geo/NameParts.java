package org.vigil.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * The shape of the words a place name is written with (name-parts.tsv): capitalised words,
 * and the small words between them, the Arabic article as the tokenizer splits it off
 * ("Deir", "az", "-", "Zour") or as it stays joined to the name ("al-Jaberiyeh", "Deir
 * ez-Zor"), and the particles of other languages' names ("Rio de Janeiro").
 */
final class NameParts {
  private static final WordLists WORDS = WordLists.load(NameParts.class, "name-parts.tsv",
      Set.of("article", "hyphened-article", "connector", "act-noun"));
  /** The last word of "Deir az-Zour", "Deir ez-Zor": lower-case article, capital name. */
  private static final Pattern ARTICLE_TAIL = Pattern.compile(
      "(?:" + WORDS.alternation("hyphened-article") + ")-\\p{Lu}\\p{L}*");
  /** An article and the word it is joined to, in lower case: "az-zour", "al-sham". */
  private static final Pattern HYPHENED_ARTICLE = Pattern.compile(
      "(?:" + WORDS.alternation("hyphened-article") + ")-\\p{L}+");
  private static final Set<String> ARTICLE_WORDS = Set.copyOf(WORDS.set("article"));
  /** Lower-case words inside a name besides the article: "of", "de", "-". */
  private static final Set<String> CONNECTORS = Set.copyOf(WORDS.set("connector"));

  /** Nouns of acts a headline capitalises after a place: "Idleb Strikes". */
  private static final Set<String> ACT_NOUNS = Set.copyOf(WORDS.set("act-noun"));

  private NameParts() {}

  /** A noun of a violent act, which ends no place's name: "Strikes" of "Idleb Strikes". */
  static boolean isActNoun(String word) {
    return ACT_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** A word that may begin a place name: capitalised, or "al-Jaberiyeh". */
  static boolean nameStart(String word) {
    return capitalised(word) || articleTail(word);
  }

  /** A name joined to the article before it: "az-Zour", "al-Jaberiyeh". */
  static boolean articleTail(String word) {
    return ARTICLE_TAIL.matcher(word).matches();
  }

  /** The article as a word of its own, in any case: "al", "az". */
  static boolean isArticle(String word) {
    return ARTICLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Lower-case words inside a name: "Deir az-Zour" is tokenised "Deir", "az", "-", "Zour". */
  static boolean isConnector(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CONNECTORS.contains(w) || ARTICLE_WORDS.contains(w)
        || HYPHENED_ARTICLE.matcher(w).matches();
  }
}
