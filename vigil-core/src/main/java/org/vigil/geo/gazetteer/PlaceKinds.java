package org.vigil.geo.gazetteer;

import java.util.Locale;
import java.util.Set;
import org.vigil.tables.WordLists;

/**
 * The words that name a kind of place rather than a place (place-kinds.tsv): "Square" of
 * "Washington Square", "province" of "Idlib province", "City" of "Quebec City".
 *
 * <p>The gazetteer builds no region whose name is such a word; the resolver never resolves one
 * alone, reads a name that holds one as English (never by its consonant skeleton), and drops
 * the kind that ends a name before matching it.
 */
public final class PlaceKinds {
  private static final WordLists KINDS = WordLists.load(PlaceKinds.class,
      "place-kinds.tsv", Set.of("generic", "name-suffix", "town-word", "compass-point",
          "compass-side", "compass-middle"));
  /** Words that name a kind of place, not a place: never resolved alone from a longer name. */
  private static final Set<String> GENERIC = Set.copyOf(KINDS.set("generic"));

  private PlaceKinds() {}

  /** Whether {@code word}, in lower case, names a kind of place: "square", "university". */
  public static boolean isGeneric(String word) {
    return GENERIC.contains(word);
  }

  /** Whether a word of {@code name} names a kind of place: "City Hall". */
  public static boolean hasGenericWord(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (GENERIC.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words that end a name to say what kind of place it is ("province", "camp"), as
   * alternatives of a regular expression.
   */
  public static String nameSuffixes() {
    return KINDS.alternation("name-suffix");
  }

  /**
   * The words that announce a settlement ("city", "town", "village"), as alternatives of a
   * regular expression.
   */
  public static String townWords() {
    return KINDS.alternation("town-word");
  }

  /** The four points of the compass, as alternatives of a regular expression. */
  public static String compassPoints() {
    return KINDS.alternation("compass-point");
  }

  /** The sides a point may be joined with ("north-east"), as alternatives. */
  public static String compassSides() {
    return KINDS.alternation("compass-side");
  }

  /** The middle ("central"), as alternatives. */
  public static String compassMiddle() {
    return KINDS.alternation("compass-middle");
  }
}
