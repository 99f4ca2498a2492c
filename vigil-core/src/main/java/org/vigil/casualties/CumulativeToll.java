package org.vigil.casualties;

import java.util.regex.Pattern;

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

  private static final String WAR =
      "\\b(?:conflict|war|crisis|uprising|revolution|revolt|civil war|fighting|violence)\\b"
          + "(?![-\\s](?:torn|monitor|planes?|jets?|ravaged|crimes?))";
  /**
   * A few days: "in two days of clashes", "during the past three days" is the toll of one
   * bout of fighting or bombardment, which reports (and FA-KES) count as the incident.
   */
  private static final String FEW = "(?:two|three|four|five|six|seven|2|3|4|5|6|7|24|48|72)";
  private static final Pattern CUES = Pattern.compile(
      "(?i)\\bsince\\b[^.;]{0,60}\\b(?:19|20)\\d\\d\\b"
          + "|" + WAR + "[^.;]{0,50}\\b(?:began|begun|erupted|broke out|started|has killed"
          + "|have killed|has left|has claimed|has cost|that has|which has|killed more than)\\b"
          + "|\\bin the (?:war|conflict)\\b"
          + "|\\bsince the (?:start|beginning|outbreak|onset)\\b"
          + "|\\b(?:so far this year|to date|since it began|since it started)\\b"
          + "|\\bin [\\w'’ -]{0,30}\\b(?:war|conflict)\\b(?![-\\s](?:torn|monitor|planes?))"
          + "|\\bmillions\\b[^.;]{0,40}\\b(?:displaced|flee|fled|homeless|refugees)\\b");

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August"
      + "|September|October|November|December)";
  /**
   * A toll over a stretch of a campaign: "since Tuesday", "since the offensive began", "in
   * recent days", "in July alone", "the two-week-old battle", "journalists killed in 2014",
   * "between May 2011 and August 2013", "since early March", "in the last two weeks", "the
   * battle in Latakia has killed some 300" (a bombardment that "has killed eight" is
   * usually the day's).
   */
  private static final Pattern PERIOD = Pattern.compile(
      "(?i)\\bsince (?:(?:early|late|last) )?(?:monday|tuesday|wednesday|thursday|friday"
          + "|saturday|sunday|yesterday)\\b"
          + "|\\bsince\\b[^.;]{0,80}\\b(?:began|begun|started|launched|erupted)\\b"
          + "|\\bin recent (?:days|weeks|months)\\b"
          + "|\\b(?:week|month|year|" + MONTH + "|(?:19|20)\\d\\d) alone\\b"
          + "|\\b\\w+-(?:day|week|month)-old (?:battle|offensive|campaign|siege|fighting"
          + "|assault|operation|bombardment|bombing)\\b"
          + "|\\b(?:killed|dead|died) (?:in|during) (?:19|20)\\d\\d\\b"
          + "|\\b(?:between|from) (?:" + MONTH + " )?(?:19|20)\\d\\d (?:and|to|until) "
          + "|\\bsince\\b[^.;]{0,60}\\b" + MONTH + "\\b"
          + "|\\b(?:battle|offensive|campaign|siege)\\b[^.;]{0,40}\\b(?:has|have) (?:so far )?"
          + "(?:killed|left|claimed)\\b"
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
}
