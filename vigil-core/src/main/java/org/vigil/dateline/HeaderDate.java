package org.vigil.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.tables.CalendarWords;

/**
 * Reads the publication date that web pages and wires print at the top of a report:
 * "Wed 05 Apr 2017", "Published August 3 2015", "Date of publication 9 August 2016",
 * "Last updated at Aug 142016", "13-08-2013", "05.02.2015".
 *
 * <p>Numeric dates are read day first, as the Arabic, European and Russian sites that write
 * them do.
 */
final class HeaderDate {

  /** A date found at {@code [start, end)} of the text searched. */
  record Found(LocalDate date, int start, int end) {}

  private static final String MONTH =
      "(" + CalendarWords.capitalised(CalendarWords.monthShortForms()) + ")[a-z]*\\.?";
  private static final String WEEKDAY = "(?:(?:"
      + CalendarWords.capitalised(CalendarWords.weekdayShortForms()) + ")[a-z]*\\.?,?\\s+)?";
  private static final String PREFIX =
      "(?:(?:Published|Posted|Updated|Last updated|Date of publication|Date)"
          + "(?:\\s+(?:on|at))?:?\\s+)?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      PREFIX + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      PREFIX + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})\\b");
  private static final Pattern NUMERIC = Pattern.compile(
      PREFIX + "(\\d{1,2})[.\\-/](\\d{1,2})[.\\-/](\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile(PREFIX + "(\\d{4})-(\\d{2})-(\\d{2})\\b");

  private HeaderDate() {}

  /** The first header date starting at {@code from} (after optional spaces), or null. */
  static Found at(CharSequence text, int from, int to) {
    int start = from;
    while (start < to && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO}) {
      Matcher m = p.matcher(text).region(start, to);
      if (m.lookingAt()) {
        LocalDate date = toDate(p, m);
        if (date != null) {
          return new Found(date, m.start(), m.end());
        }
      }
    }
    return null;
  }

  private static LocalDate toDate(Pattern p, Matcher m) {
    try {
      if (p == DAY_MONTH_YEAR) {
        return LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      }
      if (p == MONTH_DAY_YEAR) {
        return LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if (p == NUMERIC) {
        return LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1)));
      }
      return LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int year(String y) {
    int v = Integer.parseInt(y);
    if (v < 1900 || v > 2100) {
      throw new NumberFormatException("not a news year: " + y);
    }
    return v;
  }

  private static int month(String name) {
    return CalendarWords.monthNumber(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
