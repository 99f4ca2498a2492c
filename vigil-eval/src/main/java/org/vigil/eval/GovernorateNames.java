package org.vigil.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.tables.WordLists;

/**
 * Folds the spellings of Syrian governorates and their capitals to one key, so a gold
 * "idleb" matches a place called "Idlib" and "deir ezzor" matches "Deir ez-Zor".
 *
 * <p>Articles transliterate Arabic names many ways; gold sets pick one. Articles and gold also
 * say "Damascus" for the Rif Dimashq governorate around the city, so both fold to one key.
 */
final class GovernorateNames {

  private static final Map<String, String> ALIASES = WordLists.load(GovernorateNames.class,
      "governorates.tsv", Set.of("governorate")).map("governorate");

  private GovernorateNames() {}

  /** The folded key of a place or governorate name ("Rif Dimashq" → "damascus"). */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\b(?:governorate|province|countryside|rif|reef|rural|city|muhafazat)\\b",
            " ")
        .replaceAll("\\b(?:al|el|ar|as|ad|ash|az|ez|es)[\\-\\s]", "")
        .replaceAll("[^a-z]", "");
    return ALIASES.getOrDefault(s, s);
  }
}
