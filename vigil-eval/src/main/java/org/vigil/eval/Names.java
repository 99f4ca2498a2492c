package org.vigil.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * How evaluations compare names: by last name, ignoring case, accents, Arabic articles, a
 * trailing "of …" ("Commission on Presidential Debates" is the commission), a possessive and
 * a generational suffix ("Vann R. Newkirk II" is Newkirk).
 */
final class Names {
  private static final WordLists WORDS = WordLists.load(Names.class, "names.tsv",
      Set.of("tail-preposition", "suffix", "article"));
  /** " of the Sierra Club", " on Presidential Debates": a tail naming what a body is of. */
  private static final Pattern TAIL = Pattern.compile(
      "\\s+(" + WORDS.alternation("tail-preposition") + ")\\s.*$");
  private static final Set<String> SUFFIXES = WORDS.set("suffix");
  private static final Pattern ARTICLE = Pattern.compile(
      "^(" + WORDS.alternation("article") + ")-");

  private Names() {}

  /** "Ismail al-Asali" and "Asali" share the last name "asali". */
  static String lastName(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    plain = TAIL.matcher(plain).replaceAll("").replaceAll(",.*$", "")
        .replaceAll("(’s|'s)$", "").replaceAll("[^\\p{L}\\p{N}\\s-]", "")
        .toLowerCase(Locale.ROOT).trim();
    if (plain.isEmpty()) {
      return "";
    }
    String[] parts = plain.split("\\s+");
    int last = parts.length - 1;
    while (last > 0 && SUFFIXES.contains(parts[last])) {
      last--;
    }
    return ARTICLE.matcher(parts[last]).replaceFirst("");
  }

  static boolean sameLastName(String a, String b) {
    String x = lastName(a);
    return !x.isEmpty() && x.equals(lastName(b));
  }
}
