package org.vigil.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * Folds the spellings of Syrian governorates and their capitals to one key, so a gold
 * "idleb" matches a place called "Idlib" and "deir ezzor" matches "Deir ez-Zor".
 *
 * <p>Articles transliterate Arabic names many ways; gold sets pick one. Articles and gold also
 * say "Damascus" for the Rif Dimashq governorate around the city, so both fold to one key.
 */
final class GovernorateNames {

  private static final WordLists WORDS = WordLists.load(GovernorateNames.class,
      "governorates.tsv", Set.of("governorate", "admin-word", "article"));
  private static final Map<String, String> ALIASES = WORDS.map("governorate");
  /** "province", "countryside", "Rif": the words around a governorate's name. */
  private static final Pattern ADMIN_WORD = Pattern.compile(
      "\\b(?:" + WORDS.alternation("admin-word") + ")\\b");
  /** "al-", "ad ": an Arabic article before a word. */
  private static final Pattern ARTICLE = Pattern.compile(
      "\\b(?:" + WORDS.alternation("article") + ")[\\-\\s]");

  private GovernorateNames() {}

  /** The folded key of a place or governorate name ("Rif Dimashq" → "damascus"). */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    s = ARTICLE.matcher(ADMIN_WORD.matcher(s).replaceAll(" ")).replaceAll("")
        .replaceAll("[^a-z]", "");
    return ALIASES.getOrDefault(s, s);
  }
}
