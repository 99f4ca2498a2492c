package org.vigil.incidents;

import java.util.HashSet;
import java.util.Set;
import org.vigil.tables.DataTable;

/**
 * How events of different reports are judged to tell one incident.
 *
 * <p>The weights are those of a logistic model of "same incident" over five signs (see {@link
 * IncidentMatcher}), fitted on pairs of FA-KES dev articles whose main incidents passed the
 * rule-outs, each pair read and judged by hand as one incident or two. Fitted on the pairs whose
 * first article is even-numbered, they scored the odd-numbered ones at precision 0.87, recall
 * 0.83; the defaults are the fit on all pairs, which differs little.
 *
 * @param bias the log-odds of one incident before any sign: most same-day pairs are not
 * @param sameSubtype added when both give the same ACLED sub-event type
 * @param sameDay added when both name the same day (their own, or their report's)
 * @param tollsGiven added when both give a toll, before their agreement counts
 * @param tollAgreement times the ratio of the smaller toll to the larger (1 when within the
 *     incident's range)
 * @param wording times the share of content words in common, of the shorter wording
 * @param nearKm two settlements farther apart are two scenes; closer, they may be one even in
 *     different regions
 * @param slackDays reports of one incident may date it a day apart (time zones, "overnight")
 * @param longestDays an event whose date spans more days than this (a quarter, a year) tells
 *     too little of when to be matched with another
 * @param commonWords words that tell no incident from another, left out of the wording
 */
public record LinkOptions(
    double bias, double sameSubtype, double sameDay, double tollsGiven, double tollAgreement,
    double wording, double nearKm, int slackDays, int longestDays, Set<String> commonWords) {

  public LinkOptions {
    commonWords = Set.copyOf(commonWords);
  }

  public static LinkOptions defaults() {
    return new LinkOptions(-2.21, 0.91, 1.32, -0.70, 3.07, 1.14, 40, 1, 31,
        COMMON_WORDS);
  }

  private static final Set<String> COMMON_WORDS = loadWords("common-words.txt");

  /** A word list of this package: one word a line, '#' comments; a bad line names itself. */
  static Set<String> loadWords(String resource) {
    Set<String> words = new HashSet<>();
    for (DataTable.Line line : DataTable.lines(LinkOptions.class, resource)) {
      String w = line.text().strip();
      if (!w.matches("\\p{Ll}+")) {
        throw line.error("'" + w + "' is not one lower-case word");
      }
      words.add(w);
    }
    return words;
  }
}
