package org.vigil.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * How evaluations compare names: by last name, ignoring case, accents, Arabic articles, a
 * trailing "of …" ("Commission on Presidential Debates" is the commission), a possessive and
 * a generational suffix ("Vann R. Newkirk II" is Newkirk); an acronym matches the name it
 * abbreviates ("IMF", "International Monetary Fund").
 */
final class Names {
  private static final WordLists WORDS = WordLists.load(Names.class, "names.tsv",
      Set.of("tail-preposition", "suffix", "article", "acronym-skip"));
  /** " of the Sierra Club", " on Presidential Debates": a tail naming what a body is of. */
  private static final Pattern TAIL = Pattern.compile(
      "\\s+(" + WORDS.alternation("tail-preposition") + ")\\s.*$");
  private static final Set<String> SUFFIXES = WORDS.set("suffix");
  /** Words an acronym leaves out: "of", "the", "and". */
  private static final Set<String> SMALL_WORDS = WORDS.set("acronym-skip");
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
    return !x.isEmpty() && x.equals(lastName(b)) || initials(a, b) || initials(b, a);
  }

  /**
   * Whether {@code acronym} is written with the initials of {@code name}'s words, the small
   * words left out: "IMF" is the International Monetary Fund, "F.B.I." the Federal Bureau of
   * Investigation, as the PolNeAR data's scoring rule reads them.
   */
  private static boolean initials(String acronym, String name) {
    if (acronym == null || name == null) {
      return false;
    }
    String letters = acronym.replace(".", "").strip();
    if (!letters.matches("\\p{Lu}{2,6}")) {
      return false;
    }
    StringBuilder firsts = new StringBuilder();
    for (String word : name.strip().split("[\\s-]+")) {
      if (!word.isEmpty() && !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        firsts.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return firsts.length() > 1 && firsts.toString().equals(letters);
  }
}
