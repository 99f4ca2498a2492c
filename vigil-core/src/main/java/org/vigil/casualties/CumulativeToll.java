package org.vigil.casualties;

import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.CalendarWords;
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

  private static final WordLists WORDS = WordLists.load(CumulativeToll.class,
      "cumulative-tolls.tsv", Set.of("war", "not-war-after", "war-toll", "the-war",
          "not-the-war-after", "war-start", "running-total", "displaced", "campaign-began",
          "campaign", "battle", "battle-toll", "killed-in-year", "few"));

  /** A war, not a "war-torn" town or "war planes". */
  private static final String WAR =
      "\\b" + any("war") + "\\b(?![-\\s]" + any("not-war-after") + ")";
  /** The war itself: "in the war", "in Syria's conflict". */
  private static final String THE_WAR = any("the-war");
  /**
   * A few days: "in two days of clashes", "during the past three days" is the toll of one
   * bout of fighting or bombardment, which reports (and FA-KES) count as the incident.
   */
  private static final String FEW = any("few");
  private static final Pattern CUES = Pattern.compile(
      "(?i)\\bsince\\b[^.;]{0,60}\\b(?:19|20)\\d\\d\\b"
          + "|" + WAR + "[^.;]{0,50}\\b" + any("war-toll") + "\\b"
          + "|\\bin the " + THE_WAR + "\\b"
          + "|\\bsince the " + any("war-start") + "\\b"
          + "|\\b" + any("running-total") + "\\b"
          + "|\\bin [\\w'’ -]{0,30}\\b" + THE_WAR
          + "\\b(?![-\\s]" + any("not-the-war-after") + ")"
          + "|\\bmillions\\b[^.;]{0,40}\\b" + any("displaced") + "\\b");

  private static final String MONTH =
      "(?:" + WordLists.alternation(CalendarWords.months()) + ")";
  private static final String SINCE_DAY =
      "(?:" + WordLists.alternation(CalendarWords.weekdays()) + "|yesterday)";
  /**
   * A toll over a stretch of a campaign: "since Tuesday", "since the offensive began", "in
   * recent days", "in July alone", "the two-week-old battle", "journalists killed in 2014",
   * "between May 2011 and August 2013", "since early March", "in the last two weeks", "the
   * battle in Latakia has killed some 300" (a bombardment that "has killed eight" is
   * usually the day's).
   */
  private static final Pattern PERIOD = Pattern.compile(
      "(?i)\\bsince (?:(?:early|late|last) )?" + SINCE_DAY + "\\b"
          + "|\\bsince\\b[^.;]{0,80}\\b" + any("campaign-began") + "\\b"
          + "|\\bin recent (?:days|weeks|months)\\b"
          + "|\\b(?:week|month|year|" + MONTH + "|(?:19|20)\\d\\d) alone\\b"
          + "|\\b\\w+-(?:day|week|month)-old " + any("campaign") + "\\b"
          + "|\\b" + any("killed-in-year") + " (?:in|during) (?:19|20)\\d\\d\\b"
          + "|\\b(?:between|from) (?:" + MONTH + " )?(?:19|20)\\d\\d (?:and|to|until) "
          + "|\\bsince\\b[^.;]{0,60}\\b" + MONTH + "\\b"
          + "|\\b" + any("battle") + "\\b[^.;]{0,40}\\b(?:has|have) (?:so far )?"
          + any("battle-toll") + "\\b"
          + "|\\b(?:\\w+) (?:weeks|months|years) of\\b"
          + "|\\b(?!" + FEW + "\\b)\\w+ days of\\b"
          + "|\\b(?:over|in|during) the (?:past|last) (?:\\w+ )?(?:weeks?|months?|years?)\\b"
          + "|\\b(?:over|in|during) the (?:past|last) (?!" + FEW + "\\b)(?:\\w+ )?days?\\b");

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

  /** The words of list {@code name} as a group of alternatives: "(?:war|conflict)". */
  private static String any(String name) {
    return "(?:" + WORDS.alternation(name) + ")";
  }
}
