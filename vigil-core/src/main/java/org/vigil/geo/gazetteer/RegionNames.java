package org.vigil.geo.gazetteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.geo.gazetteer.RegionTable.Region;
import org.vigil.tables.WordLists;

/**
 * The names of a region-table region, built with the words of region-names.tsv: its full name
 * and its bare name without the word for its kind ("Idlib" and "Idlib Governorate"), but never
 * a bare word that alone names no region ("Eastern" of Eastern Province).
 */
final class RegionNames {
  private static final WordLists WORDS = WordLists.load(RegionNames.class,
      "region-names.tsv", Set.of("region-word", "plain-word", "compass-part"));
  /** The word for a kind of region that ends its full name: "Idlib Governorate". */
  private static final Pattern REGION_WORD = Pattern.compile(
      "\\s+(" + WORDS.alternation("region-word") + ")$", Pattern.CASE_INSENSITIVE);
  /**
   * Words that alone name no region: "Eastern" of Eastern Province, "Free" of Free State, and
   * adjectives such as "Jewish" of the Jewish Autonomous Region.
   */
  private static final Pattern PLAIN_WORD = Pattern.compile(
      "(?i)(?:far )?(?:" + WORDS.alternation("plain-word") + ")|\\p{L}+ish");

  private RegionNames() {}

  /** The names of {@code region}, the shortest first. */
  static Set<String> of(Region region) {
    String full = region.name();
    String bare = REGION_WORD.matcher(full).replaceFirst("");
    // "Eastern Province" or Ghana's "Western" Region: "Eastern" alone is no name, though South
    // Africa's "North West" is.
    if (PLAIN_WORD.matcher(bare).matches() && !bare.equals(full)) {
      return new LinkedHashSet<>(List.of(full));
    }
    if (PLAIN_WORD.matcher(bare).matches() && !bare.contains(" ")) {
      // The table's kind of region completes a bare name: Zambia's "Eastern" is the Eastern
      // Province.
      return new LinkedHashSet<>(List.of(full + " "
          + (isKindWord(region.kind()) ? titleCase(region.kind()) : "Region")));
    }
    return new LinkedHashSet<>(List.of(bare, full));
  }

  /** Whether {@code words} are a word for a kind of region: "Division", "governorate". */
  static boolean isKindWord(String words) {
    return REGION_WORD.matcher(" " + words).matches();
  }

  /** The compass parts of split regions' names ("North", "East"), as a regular expression. */
  static String compassParts() {
    return WORDS.alternation("compass-part");
  }

  private static String titleCase(String words) {
    StringBuilder out = new StringBuilder(words.length());
    for (String w : words.split(" ")) {
      out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1));
    }
    return out.toString();
  }
}
