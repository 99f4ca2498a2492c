package org.vigil.geo.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * Turns a place name into the keys the gazetteer is indexed by.
 *
 * <p>{@link #exact} folds case, accents, apostrophes and hyphens, so "Deir ez-Zor" and "Deir
 * Ez Zor" meet, and "Saint" to "St". {@link #skeleton} also drops the Arabic article and the
 * vowels, because English transliterations of one Arabic name differ mostly there: "Deir
 * al-Zour", "Dayr az Zawr" and "Deir Ezzor" all read "drzr"; "Albu Kamal", "Abu Kamal" and
 * "Al-Bukamal" all read "bkml". A first word's Arabic feminine ending drops its t, which
 * transliterations keep or leave before the next word.
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʿʾʼ´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** "Saint Croix" and "St. Croix", "Sainte-Marie" and "Ste-Marie" are one name. */
  private static final Pattern SAINT = Pattern.compile("\\bsaint(e?)\\b");
  /** The Arabic article as a word of its own: "al", "ash", "el". */
  private static final Set<String> ARTICLES = Set.copyOf(
      WordLists.load(NameKey.class, "name-keys.tsv", Set.of("article")).set("article"));
  private static final Pattern GLUED_ARTICLE = Pattern.compile(
      "^(?:[ae]l(?=[^aeiou])|a([dnrstz])(?=\\1)|e([dnrstz])(?=\\2))");

  /**
   * The Arabic feminine ending before the word it is "of" is written with its t or without:
   * "Ma'arrat al-Nu'man" and "Maara Al-Numan".
   */
  private static final Pattern CONSTRUCT_T = Pattern.compile("(?<=\\p{L}{2})([ae])t$");

  private NameKey() {}

  /** The case-, accent- and punctuation-folded name: "deir ez zor". */
  public static String exact(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    s = SAINT.matcher(s).replaceAll("st$1");
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** An exact key without a leading Arabic article: "al qamishli" reads "qamishli". */
  static String withoutArticle(String exactKey) {
    int space = exactKey.indexOf(' ');
    if (space > 0 && space < exactKey.length() - 1
        && ARTICLES.contains(exactKey.substring(0, space))) {
      return exactKey.substring(space + 1);
    }
    return exactKey;
  }

  /**
   * The consonant skeleton whatever its length: "Raqa" and "Raqqa" read "rk". Short skeletons
   * are indexed for large places only, where a collision is rare.
   */
  public static String skeleton(String name) {
    StringBuilder out = new StringBuilder();
    String[] words = exact(name).split(" ");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.isEmpty() || ARTICLES.contains(word)) {
        continue;
      }
      word = GLUED_ARTICLE.matcher(word).replaceFirst("");
      if (w < words.length - 1) {
        word = CONSTRUCT_T.matcher(word).replaceFirst("$1");
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if ("aeiouyw".indexOf(c) >= 0) {
          continue;
        }
        c = c == 'q' || c == 'c' ? 'k' : c;
        if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
