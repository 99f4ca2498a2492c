package org.vigil.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event.EventDate;
import org.vigil.model.Timex;

/**
 * Turns time expressions into incident dates, and compares dates at their precision.
 *
 * <p>An incident with no time expression of its own gets the document date at week precision:
 * reports tell the news of the last few days. Its value stays the day ("2017-04-05"), so a
 * scorer can still compare it by day, and the precision says how far to trust it.
 */
public final class EventDates {

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("^(\\d{4})-(?:H[12]|SU|SP|FA|WI)");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern RELATIVE_TO_ACT = Pattern.compile(
      "(?i)\\b(?:seconds?|minutes?|hours?|moments?)\\s+(?:later|earlier|after|before)\\b");

  /**
   * The date a time expression gives an incident, or null (durations, sets, no value, and a
   * time after or before another act: "a few seconds later there was an enormous explosion"
   * is that act's day, not the report's).
   */
  EventDate of(Timex t, LocalDate document) {
    if (t.value() == null || !("DATE".equals(t.type()) || "TIME".equals(t.type()))
        || RELATIVE_TO_ACT.matcher(t.text()).find()) {
      return null;
    }
    String v = t.value();
    Matcher m;
    EventDate d = null;
    if ((m = DAY.matcher(v)).find()) {
      d = new EventDate(m.group(), DatePrecision.DAY);
    } else if ((m = WEEK.matcher(v)).find()) {
      d = new EventDate(m.group(), DatePrecision.WEEK);
    } else if ((m = MONTH.matcher(v)).find()) {
      String year = m.group(1);
      if (year.equals("XXXX") && document != null) {
        int month = Integer.parseInt(m.group(2));
        year = Integer.toString(month > document.getMonthValue()
            ? document.getYear() - 1 : document.getYear());
      }
      d = year.equals("XXXX") ? null
          : new EventDate(year + "-" + m.group(2), DatePrecision.MONTH);
    } else if ((m = QUARTER.matcher(v)).find()) {
      d = new EventDate(m.group(), DatePrecision.QUARTER);
    } else if ((m = HALF.matcher(v)).find() || (m = YEAR.matcher(v)).find()) {
      d = new EventDate(m.group(1), DatePrecision.YEAR);
    }
    if (d == null || Integer.parseInt(d.value().substring(0, 4)) < 1900) {
      return null; // "1130" is a clock time read as a year
    }
    if (document == null) {
      return d;
    }
    // A month named alone is sometimes resolved forward ("November" in a January report).
    if (d.precision() == DatePrecision.MONTH && start(d).isAfter(document)) {
      LocalDate back = start(d).minusYears(1);
      return new EventDate(String.format("%d-%02d", back.getYear(), back.getMonthValue()),
          DatePrecision.MONTH);
    }
    if (start(d).isAfter(document.plusDays(1))) {
      return null; // incidents are reported after they happen
    }
    if (d.precision() == DatePrecision.WEEK && !document.isBefore(start(d))
        && !document.isAfter(end(d))) {
      return fallback(document); // "this week": the days up to the report
    }
    return d;
  }

  /** The document date as an incident date, week precision. */
  EventDate fallback(LocalDate document) {
    return document == null ? null : new EventDate(document.toString(), DatePrecision.WEEK);
  }

  /** The week up to the day of {@code d}, the days an act told that day may have happened. */
  static EventDate upTo(EventDate d) {
    return d.precision() == DatePrecision.DAY ? new EventDate(d.value(), DatePrecision.WEEK) : d;
  }

  /** Whether two dates can name the same time: their spans overlap. */
  public static boolean agree(EventDate a, EventDate b) {
    return !start(a).isAfter(end(b)) && !start(b).isAfter(end(a));
  }

  /**
   * Whether {@code d}, read from the text, can name the days up to the report that
   * {@code fallback} stands for. A month, quarter or year must hold the report's own day:
   * "also in July" in a report of 6 August tells July's news, though the report's week
   * reaches back into July.
   */
  static boolean agreeWithReport(EventDate d, EventDate fallback) {
    if (!d.precision().coarserThan(fallback.precision())) {
      return agree(d, fallback);
    }
    LocalDate report = LocalDate.parse(fallback.value());
    return !start(d).isAfter(report) && !end(d).isBefore(report);
  }

  /** The first day a date can mean. */
  public static LocalDate start(EventDate d) {
    String v = d.value();
    Matcher m;
    if ((m = DAY.matcher(v)).find()) {
      LocalDate day = LocalDate.parse(m.group());
      // a document-date fallback keeps its day but stands for the week up to it
      return d.precision() == DatePrecision.WEEK ? day.minusDays(6) : day;
    }
    if ((m = WEEK.matcher(v)).find()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    if ((m = MONTH.matcher(v)).find()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
    }
    if ((m = QUARTER.matcher(v)).find()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
    }
    return LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 1);
  }

  /** The last day a date can mean. */
  public static LocalDate end(EventDate d) {
    LocalDate s = start(d);
    return switch (d.precision()) {
      case DAY -> s;
      case WEEK -> s.plusDays(6);
      case MONTH -> s.plusMonths(1).minusDays(1);
      case QUARTER -> s.plusMonths(3).minusDays(1);
      case YEAR -> s.plusYears(1).minusDays(1);
    };
  }
}
