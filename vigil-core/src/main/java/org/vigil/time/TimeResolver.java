package org.vigil.time;

import edu.stanford.nlp.time.SUTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Timex;
import org.vigil.tables.CalendarWords;
import org.vigil.tables.PatternTable;

/**
 * Resolves one mention against the document date into a TIMEX3 type and value, with the
 * conventions of news and of TimeML that SUTime lacks.
 *
 * <p>Underspecified dates ("November", "Friday", "the fourth quarter") are placed here, not
 * by SUTime: it sends a past-tense "Tuesday" to next week, and its tense tags leak between
 * documents. The clause's tense decides the direction; without one, the closest reading wins,
 * except for weekdays, which news uses for the week just gone.
 */
final class TimeResolver {

  /**
   * What a mention is resolved against.
   *
   * @param date the document date, or null when neither given nor inferred
   * @param quarterly the document reports quarterly results, so "a year ago" and "the quarter"
   *     mean the reported quarter (TimeML convention: the quarter before the document's)
   */
  record Context(LocalDate date, boolean quarterly) {}

  /** A TIMEX3 type and value, before the clean-up every reading gets. */
  private record Reading(String type, String value) {
    static Reading date(String value) {
      return new Reading("DATE", value);
    }
  }

  private static final PatternTable PHRASES = PatternTable.load(TimeResolver.class,
      "time-phrases.tsv", Set.of("not-time", "age", "past-ref", "future-ref", "present-ref",
          "year-earlier-quarter", "reported-quarter", "year-end", "year-period", "previous-decade",
          "previous-year", "ago", "named-month", "named-weekday"),
      Map.of("month", String.join("|", CalendarWords.months()),
          "weekday", String.join("|", CalendarWords.weekdays())));
  private static final Pattern NOT_TIME = PHRASES.get("not-time");
  private static final Pattern AGE = PHRASES.get("age");
  private static final Pattern PAST_REF = PHRASES.get("past-ref");
  private static final Pattern FUTURE_REF = PHRASES.get("future-ref");
  private static final Pattern PRESENT_REF = PHRASES.get("present-ref");
  private static final Pattern YEAR_EARLIER_QUARTER = PHRASES.get("year-earlier-quarter");
  private static final Pattern REPORTED_QUARTER = PHRASES.get("reported-quarter");
  private static final Pattern YEAR_END = PHRASES.get("year-end");
  private static final Pattern YEAR_PERIOD = PHRASES.get("year-period");
  private static final Pattern PREVIOUS_DECADE = PHRASES.get("previous-decade");
  private static final Pattern PREVIOUS_YEAR = PHRASES.get("previous-year");
  private static final Pattern AGO = PHRASES.get("ago");
  private static final List<String> MONTHS = CalendarWords.months();
  private static final List<String> WEEKDAYS = CalendarWords.weekdays();
  private static final Pattern NAMED_MONTH = PHRASES.get("named-month");
  private static final Pattern NAMED_WEEKDAY = PHRASES.get("named-weekday");
  private static final Pattern MONTH_DAY =
      Pattern.compile("XXXX-(\\d\\d)(?:-(\\d\\d))?(T.*)?");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)(T.*)?");
  private static final Pattern QUARTER = Pattern.compile("XXXX-Q(\\d)");
  private static final Pattern ZONE =
      Pattern.compile("(.*T\\d\\d:\\d\\d(?::\\d\\d)?)(?:[-+]\\d\\d:?\\d\\d|Z)");

  /** The mention as a timex (its value null when nothing pins it down), or null if not one. */
  Timex resolve(TimeMention mention, Context ctx) {
    String t = mention.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    if (NOT_TIME.matcher(t).matches() || AGE.matcher(t).matches()) {
      return null;
    }
    Reading typed = phraseValue(t, mention, ctx);
    if (typed == null && mention.temporal() != null) {
      typed = temporalValue(t, mention, ctx);
    }
    if (typed == null) {
      return null;
    }
    String type = typed.type();
    String value = typed.value();
    if (value != null) {
      Matcher zone = ZONE.matcher(value);
      if (zone.matches()) {
        value = zone.group(1);
      }
      if (value.matches("\\d{3}X")) {
        type = "DATE";
        value = value.substring(0, 3);
      } else if (value.matches("\\d{2}XX")) {
        type = "DATE";
        value = value.substring(0, 2);
      }
      // "the SEC" read as seconds: a time of day with no hour and no digit in the text.
      if (value.contains("TXX:XX") && !t.matches(".*\\d.*")) {
        return null;
      }
    }
    return new Timex(mention.text(), type, value, Timex.precision(type, value), mention.span());
  }

  /** Values set by the phrase itself, whatever SUTime made of it; null when none applies. */
  private Reading phraseValue(String t, TimeMention m, Context ctx) {
    Reading r = referenceValue(t);
    if (r != null || ctx.date() == null) {
      return r;
    }
    r = periodValue(t, m, ctx);
    if (r == null) {
      r = namedValue(t, m, ctx.date());
    }
    return r != null ? r : agoValue(t, m, ctx);
  }

  /** "recently", "soon", "now": TimeML's references to the past, future and present. */
  private static Reading referenceValue(String t) {
    if (PAST_REF.matcher(t).matches()) {
      return Reading.date("PAST_REF");
    }
    if (FUTURE_REF.matcher(t).matches()) {
      return Reading.date("FUTURE_REF");
    }
    if (PRESENT_REF.matcher(t).matches()) {
      return Reading.date("PRESENT_REF");
    }
    return null;
  }

  /** A year end, a reported quarter, the past decade or year, from the document date. */
  private static Reading periodValue(String t, TimeMention m, Context ctx) {
    LocalDate d = ctx.date();
    Matcher yearEnd = YEAR_END.matcher(t);
    if (yearEnd.matches()) {
      // Early in a year, a past-tense year end is the one just gone.
      boolean gone = m.tense() == Tense.PAST && d.getMonthValue() <= 3;
      return Reading.date(Integer.toString(gone ? d.getYear() - 1 : d.getYear()));
    }
    if (ctx.quarterly()) {
      LocalDate reported = d.minusMonths(3);
      Matcher yearPeriod = YEAR_PERIOD.matcher(t);
      if (yearPeriod.matches()) {
        return Reading.date(yearPeriod.group(1) + "-Q" + reported.get(IsoFields.QUARTER_OF_YEAR));
      }
      if (YEAR_EARLIER_QUARTER.matcher(t).matches()) {
        return Reading.date(quarter(reported.minusYears(1)));
      }
      if (REPORTED_QUARTER.matcher(t).matches()) {
        return Reading.date(quarter(reported));
      }
    }
    if (PREVIOUS_DECADE.matcher(t).matches()) {
      return Reading.date(Integer.toString(d.getYear() / 10 - 1));
    }
    if (PREVIOUS_YEAR.matcher(t).matches()) {
      return Reading.date(Integer.toString(d.getYear() - 1));
    }
    return null;
  }

  /** "last March", "next Tuesday": the named month or weekday placed by the tense. */
  private Reading namedValue(String t, TimeMention m, LocalDate d) {
    Matcher named = NAMED_MONTH.matcher(t);
    if (named.matches()) {
      String raw = String.format("XXXX-%02d", MONTHS.indexOf(named.group(2)) + 1);
      return Reading.date(place(raw, t, m.tense(), d));
    }
    Matcher namedDay = NAMED_WEEKDAY.matcher(t);
    if (namedDay.matches()) {
      String raw = "XXXX-WXX-" + (WEEKDAYS.indexOf(namedDay.group(2)) + 1);
      return Reading.date(place(raw, t, m.tense(), d));
    }
    return null;
  }

  /** "two months ago": SUTime's day, kept at the grain of the phrase's unit. */
  private Reading agoValue(String t, TimeMention m, Context ctx) {
    Matcher ago = AGO.matcher(t);
    if (ago.matches() && m.temporal() != null) {
      Reading full = temporalValue(t, m, ctx);
      if (full != null && full.value() != null
          && full.value().matches("\\d{4}-\\d\\d-\\d\\d")) {
        LocalDate when = LocalDate.parse(full.value());
        // "two months ago" names a month, not a day: TimeML keeps the unit's grain.
        String grain = switch (ago.group(1)) {
          case "week" -> week(when);
          case "month" -> when.toString().substring(0, 7);
          case "quarter" -> quarter(when);
          case "year" -> Integer.toString(when.getYear());
          case "decade" -> Integer.toString(when.getYear()).substring(0, 3);
          default -> when.toString();
        };
        return Reading.date(grain);
      }
    }
    return null;
  }

  /** SUTime's reading, with underspecified dates placed by tense. */
  private Reading temporalValue(String t, TimeMention m, Context ctx) {
    SUTime.Temporal temporal = m.temporal();
    String raw;
    String type;
    try {
      raw = temporal.getTimexValue();
      SUTime.TimexType tt = temporal.getTimexType();
      type = tt == null ? null : tt.name();
    } catch (RuntimeException e) {
      return null;
    }
    if (type == null) {
      return null;
    }
    LocalDate d = ctx.date();
    if (type.equals("SET")) {
      return new Reading(type, units(t, raw)); // "each July" is every July: XXXX-07
    }
    if (d != null && raw != null) {
      String placed = place(raw, t, m.tense(), d);
      if (placed != null) {
        return new Reading(type, placed);
      }
    }
    String value = raw;
    if (d != null) {
      try {
        SUTime.Temporal r = temporal.resolve(SUTime.parseDateTime(d.toString(), true), flags(m));
        if (r != null) {
          value = r.getTimexValue();
          SUTime.TimexType rt = r.getTimexType();
          type = rt == null ? type : rt.name();
        }
      } catch (RuntimeException e) {
        // SUTime throws on a few odd combinations; keep the unresolved reading.
        value = raw;
      }
    }
    if (value != null && value.matches("\\d{4}-W\\d\\d-WE") && d != null
        && m.tense() != Tense.FUTURE && d.getDayOfWeek().getValue() < 6) {
      // "the weekend" in a weekday report is the one just gone.
      value = week(d.minusWeeks(1)) + "-WE";
    }
    return new Reading(type, type.equals("DURATION") ? units(t, value) : value);
  }

  /** TimeML counts durations in the unit the text names: quarters, decades, centuries. */
  private static String units(String text, String value) {
    if (value == null) {
      return null;
    }
    Matcher months = Pattern.compile("P(\\d+|X)M").matcher(value);
    Matcher years = Pattern.compile("P(\\d+|X)Y").matcher(value);
    if (text.contains("quarter") && !text.contains("-quarter") && months.matches()) {
      String n = months.group(1);
      return n.equals("X") ? "PXQ" : Integer.parseInt(n) % 3 == 0
          ? "P" + Integer.parseInt(n) / 3 + "Q" : value;
    }
    if (years.matches()) {
      String n = years.group(1);
      if (text.contains("decade")) {
        // TimeBank writes "about a decade" as P1E but "two decades" as P20Y.
        return n.equals("X") ? "PXE" : n.equals("10") ? "P1E" : value;
      }
      if (text.contains("centur")) {
        return n.equals("X") ? "PXC" : Integer.parseInt(n) % 100 == 0
            ? "P" + Integer.parseInt(n) / 100 + "C" : value;
      }
    }
    return value;
  }

  private int flags(TimeMention m) {
    return switch (m.tense()) {
      case PAST -> SUTime.RESOLVE_TO_PAST;
      case FUTURE -> SUTime.RESOLVE_TO_FUTURE;
      default -> SUTime.RESOLVE_TO_CLOSEST;
    };
  }

  /** Places a date SUTime left without a year or week; null when the value is not one. */
  String place(String raw, String text, Tense tense, LocalDate d) {
    boolean last = text.startsWith("last ") || text.startsWith("this past ");
    boolean next = text.startsWith("next ") || text.startsWith("this coming ");
    Matcher md = MONTH_DAY.matcher(raw);
    if (md.matches()) {
      int month = Integer.parseInt(md.group(1));
      boolean hasDay = md.group(2) != null;
      int day = hasDay ? Integer.parseInt(md.group(2)) : 1;
      String rest = md.group(3) == null ? "" : md.group(3);
      int year = yearFor(d, month, hasDay ? day : -1, last ? Tense.PAST : next ? Tense.FUTURE
          : tense, last || next);
      if (year < 0) {
        return null;
      }
      return String.format("%04d-%02d", year, month) + (hasDay ? String.format("-%02d", day) : "")
          + rest;
    }
    Matcher wd = WEEKDAY.matcher(raw);
    if (wd.matches()) {
      DayOfWeek dow = DayOfWeek.of(Integer.parseInt(wd.group(1)));
      String rest = wd.group(2) == null ? "" : wd.group(2);
      LocalDate when;
      if (last) {
        when = d.with(TemporalAdjusters.previous(dow));
      } else if (next) {
        when = d.with(TemporalAdjusters.next(dow));
      } else if (tense == Tense.FUTURE) {
        when = d.with(TemporalAdjusters.nextOrSame(dow));
        // else: past, reported or unknown: news names the days of the week just gone
      } else {
        when = d.with(TemporalAdjusters.previousOrSame(dow));
      }
      return when + rest;
    }
    Matcher q = QUARTER.matcher(raw);
    if (q.matches()) {
      int n = Integer.parseInt(q.group(1));
      int current = d.get(IsoFields.QUARTER_OF_YEAR);
      int year = d.getYear();
      if (last || tense == Tense.PAST && n > current) {
        year = n >= current ? year - 1 : year;
      } else if (next) {
        year = n <= current ? year + 1 : year;
      } else if (tense != Tense.FUTURE && n - current >= 2) {
        year = year - 1; // the closest such quarter, and news looks back: Q4 seen from Q1
      }
      return year + "-Q" + n;
    }
    return null;
  }

  /**
   * The year of a month (and day, or -1) relative to the document date: on or before it when
   * past, on or after when future (strictly, for "last"/"next"), else the closest.
   */
  private int yearFor(LocalDate d, int month, int day, Tense tense, boolean strict) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
      LocalDate c;
      try {
        c = LocalDate.of(y, month, day < 0 ? 1 : day);
      } catch (java.time.DateTimeException e) {
        continue;
      }
      LocalDate end = day < 0 ? c.plusMonths(1).minusDays(1) : c;
      boolean ok = switch (tense) {
        case PAST -> strict ? end.isBefore(d) && !(day < 0 && c.getMonth() == d.getMonth()
            && c.getYear() == d.getYear()) : !c.isAfter(d);
        case FUTURE -> strict ? c.isAfter(d) && !(day < 0 && c.getMonth() == d.getMonth()
            && c.getYear() == d.getYear()) : !end.isBefore(d);
        default -> true;
      };
      if (!ok) {
        continue;
      }
      // News mostly reports what happened: with no tense, a future reading must be twice as
      // close to win.
      long distance = c.isAfter(d) ? 2 * ChronoUnit.DAYS.between(d, c)
          : end.isBefore(d) ? ChronoUnit.DAYS.between(end, d) : 0;
      boolean pastPreferred = !c.isAfter(d);
      if (distance < bestDistance || distance == bestDistance && pastPreferred) {
        best = c;
        bestDistance = distance;
      }
    }
    return best == null ? -1 : best.getYear();
  }

  static String quarter(LocalDate d) {
    return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
  }

  static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

}
