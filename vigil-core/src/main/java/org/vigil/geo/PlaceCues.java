package org.vigil.geo;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * The words around a name that say it is a place, and of what kind (place-cues.tsv): "Idlib
 * province", "the camp of Qah", "in Albu Kamal", "Tahrir Square"; and the endings that make a
 * word an adjective of a people ("Kurdish"), which says whose, not where.
 */
final class PlaceCues {
  private static final WordLists CUES = WordLists.load(PlaceCues.class, "place-cues.tsv",
      Set.of("region-word", "settlement-word", "district-word", "locative", "scene-preposition",
          "compass-adjective", "facility-head", "people-adjective-ending"));

  private static final Set<String> REGION_WORDS = Set.copyOf(CUES.set("region-word"));
  private static final Set<String> SETTLEMENT_WORDS = Set.copyOf(CUES.set("settlement-word"));
  private static final Set<String> DISTRICT_WORDS = Set.copyOf(CUES.set("district-word"));
  private static final Set<String> LOCATIVES = Set.copyOf(CUES.set("locative"));
  private static final Set<String> COMPASS_ADJECTIVES =
      Set.copyOf(CUES.set("compass-adjective"));
  private static final Set<String> SCENE_PREPOSITIONS =
      Set.copyOf(CUES.set("scene-preposition"));
  /** Heads that make an organisation-looking name a place: "Tahrir Square", "Incirlik Air Base". */
  private static final Set<String> FACILITY_HEADS = Set.copyOf(CUES.set("facility-head"));
  /** Adjectives of peoples and faiths, by their endings: "Kurdish", "Alawite", "Syrian". */
  private static final Pattern PEOPLE_ADJECTIVE = Pattern.compile(
      ".*(?:" + CUES.alternation("people-adjective-ending") + ")");

  private PlaceCues() {}

  /**
   * The cue of the words right after ("Idlib province") or before ("the camp of Qah") the
   * tokens {@code first..last}, or of the name's own last word when the tagger took it in
   * ("Hassakeh province").
   */
  static Toponym.Cue cue(List<CoreLabel> tokens, int first, int last) {
    if (last > first) {
      Toponym.Cue own = cueWord(tokens.get(last).word());
      if (own != Toponym.Cue.NONE) {
        return own;
      }
    }
    if (last + 1 < tokens.size()) {
      Toponym.Cue after = cueWord(tokens.get(last + 1).word());
      if (after != Toponym.Cue.NONE) {
        return after;
      }
    }
    if (first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")) {
      return cueWord(tokens.get(first - 2).word());
    }
    return Toponym.Cue.NONE;
  }

  private static Toponym.Cue cueWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (REGION_WORDS.contains(w)) {
      return Toponym.Cue.REGION;
    }
    if (SETTLEMENT_WORDS.contains(w)) {
      return Toponym.Cue.SETTLEMENT;
    }
    return DISTRICT_WORDS.contains(w) ? Toponym.Cue.DISTRICT : Toponym.Cue.NONE;
  }

  /** Whether {@code word} puts the name after it somewhere: "in", "near", "from". */
  static boolean isLocative(String word) {
    return LOCATIVES.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word before token {@code i} places it: a locative other than "and", or a compass
   * adjective in lower case ("in eastern Ghouta").
   */
  static boolean locativeBefore(List<CoreLabel> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String before = tokens.get(i - 1).word();
    return (LOCATIVES.contains(before.toLowerCase(Locale.ROOT)) && !before.equals("and"))
        || COMPASS_ADJECTIVES.contains(before);
  }

  /** Whether {@code word} puts the name after it where something happens: "in", "near". */
  static boolean isScenePreposition(String word) {
    return SCENE_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} ends a facility's name: "Square", "Base". */
  static boolean isFacilityHead(String word) {
    return FACILITY_HEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** An adjective saying which people or faith: "Kurdish" (JJ), "Alawite", "majority-Alawite". */
  static boolean peopleAdjective(List<CoreLabel> tokens, int last) {
    CoreLabel t = tokens.get(last);
    return t.tag().startsWith("JJ") || PEOPLE_ADJECTIVE.matcher(t.word()).matches();
  }
}
