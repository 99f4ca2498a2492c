package org.vigil.casualties;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.CalendarWords;
import org.vigil.tables.PatternTable;
import org.vigil.tables.WordLists;

/**
 * Recognises sentences that give a war's running total rather than an incident's toll: "More
 * than 230000 people have been killed in Syria since the conflict began in March 2011", "a
 * civil war that has killed more than 280000 people".
 *
 * <p>Background of this kind closes most reports on the Syrian war; taken as an incident it
 * would outnumber every strike the report is about. A campaign's toll over days or months
 * ("since Tuesday", "in recent days") is told apart too: it adds up several incidents, but
 * when a report gives no single incident's figure it is the nearest the report comes to one.
 */
public final class CumulativeToll {

  private static final Set<String> LISTS = Set.of("war", "not-war-after", "war-toll",
      "the-war", "not-the-war-after", "war-start", "running-total", "displaced",
      "campaign-began", "campaign", "battle", "battle-toll", "killed-in-year", "few");
  private static final WordLists WORDS = WordLists.load(CumulativeToll.class,
      "cumulative-tolls.tsv", LISTS);

  private static final PatternTable PHRASES = PatternTable.load(CumulativeToll.class,
      "cumulative-phrases.tsv", Set.of("war-total", "campaign-period"), pieces());
  private static final Pattern CUES = PHRASES.get("war-total");
  /** A toll over a stretch of a campaign: "since Tuesday", "in recent days". */
  private static final Pattern PERIOD = PHRASES.get("campaign-period");

  /** A figure this large is a war's total, whatever the sentence says around it. */
  private static final int LARGEST_INCIDENT = 10_000;

  /** Whether {@code sentence} states a running total of the war. */
  public boolean cumulative(String sentence) {
    return CUES.matcher(sentence).find();
  }

  /**
   * Whether {@code sentence} states a toll over days or months of a campaign: the dead of
   * several incidents, which stands for the report's incident only when it states no other.
   */
  public boolean period(String sentence) {
    return PERIOD.matcher(sentence).find();
  }

  /** Whether one figure is too large for a single incident. */
  public boolean cumulative(CasualtyMention m) {
    return m.count().magnitude() >= LARGEST_INCIDENT;
  }

  /**
   * The pieces the phrases are made of: each list of words as a group of alternatives
   * ("(?:war|conflict)"), and the calendar's month and weekday names.
   */
  private static Map<String, String> pieces() {
    Map<String, String> pieces = new HashMap<>();
    for (String list : LISTS) {
      pieces.put(list, "(?:" + WORDS.alternation(list) + ")");
    }
    pieces.put("month", WordLists.alternation(CalendarWords.months()));
    pieces.put("weekday", WordLists.alternation(CalendarWords.weekdays()));
    return pieces;
  }
}
