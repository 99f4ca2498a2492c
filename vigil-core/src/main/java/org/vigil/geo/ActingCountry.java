package org.vigil.geo;

import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.PatternTable;

/**
 * Whether a country's name, where it stands, makes the country act rather than name where
 * something happens: "Russia said", "what the US might do", "Turkey shelling", "US Coalition
 * Warplanes". Such a mention is an actor, never an incident's scene. Its people ("a US
 * official") are {@link ActorModifier}'s, at any level; this holds only for countries: "the
 * Aleppo shelling" is shelling in Aleppo. Any place that speaks ("the Kremlin said") stands
 * for its government.
 */
final class ActingCountry {
  private static final int WINDOW = 24;
  private static final PatternTable PHRASES = PatternTable.load(ActingCountry.class,
      "acting-country-phrases.tsv", Set.of("acting", "striking", "speaking"));
  private static final Pattern ACTING = PHRASES.get("acting");
  private static final Pattern STRIKING = PHRASES.get("striking");
  private static final Pattern SPEAKING = PHRASES.get("speaking");

  private ActingCountry() {}

  /** Whether the country's name ending at {@code end} of {@code text} acts or strikes. */
  static boolean acts(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + WINDOW));
    return ACTING.matcher(after).find() || STRIKING.matcher(after).find() || speaks(text, end);
  }

  /**
   * Whether the place's name ending at {@code end} of {@code text} speaks for its government,
   * whatever the place: "the Kremlin said", "Moscow denied".
   */
  static boolean speaks(String text, int end) {
    return SPEAKING.matcher(text.substring(end, Math.min(text.length(), end + WINDOW))).find();
  }
}
