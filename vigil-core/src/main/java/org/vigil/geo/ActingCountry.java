package org.vigil.geo;

import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Span;
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
      "acting-country-phrases.tsv", Set.of("acting", "striking", "speaking",
          "speaking-object"));
  private static final Pattern ACTING = PHRASES.get("acting");
  private static final Pattern STRIKING = PHRASES.get("striking");
  private static final Pattern SPEAKING = PHRASES.get("speaking");
  private static final Pattern SPEAKING_OBJECT = PHRASES.get("speaking-object");

  private ActingCountry() {}

  /** Whether the country's name ending at {@code end} of {@code text} acts or strikes. */
  static boolean acts(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + WINDOW));
    return ACTING.matcher(after).find() || STRIKING.matcher(after).find()
        || SPEAKING.matcher(after).find();
  }

  /**
   * Whether the place's name at {@code name} of {@code text} speaks for its government,
   * whatever the place: "the Kremlin said", "Moscow denied"; not "in the town of Ghandoura said
   * the Syrian Observatory", where the name ends a preposition's phrase.
   */
  static boolean speaks(String text, Span name) {
    return SPEAKING.matcher(text.substring(name.end(),
            Math.min(text.length(), name.end() + WINDOW))).find()
        && !SPEAKING_OBJECT.matcher(text.substring(Math.max(0, name.start() - WINDOW),
            name.start())).find();
  }
}
