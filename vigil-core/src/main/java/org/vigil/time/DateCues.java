package org.vigil.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.tables.CalendarWords;
import org.vigil.tables.NumberWords;
import org.vigil.tables.PatternTable;

/**
 * The cues in a text that date the report it belongs to: full dates (SUTime's, and those it
 * missed in scraped headers), named days and months without a year, "ago" phrases, and the
 * latest year the text names.
 */
final class DateCues {

  private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d).*");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-.*)?");
  private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");
  static final Pattern MONTH = Pattern.compile("XXXX-(\\d\\d)");
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "\\b(?:(\\d{4})-(\\d\\d)-(\\d\\d)|(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4}))(?!\\d)");
  private static final String MONTH_NAME =
      "(" + String.join("|", CalendarWords.monthShortForms()) + ")[a-z]*";
  // Scraped headers glue or pad what SUTime reads apart: "Aug 012016", "Feb 28 2015 190703".
  private static final Pattern NAMED_DATE = Pattern.compile("(?i)\\b(?:(\\d{1,2}) " + MONTH_NAME
      + "\\.?,? (\\d{4})|" + MONTH_NAME + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ?(\\d{4}))(?!\\d)");
  private static final String NUMBER =
      "a|an|" + String.join("|", NumberWords.cardinals(1, 20)) + "|\\d{1,2}";
  private static final PatternTable PHRASES = PatternTable.load(DateCues.class,
      "report-age-phrases.tsv", Set.of("ago", "war-age"), Map.of("number", NUMBER));
  private static final Pattern AGO = PHRASES.get("ago");
  static final Pattern WAR_AGE = PHRASES.get("war-age");

  /** A full date the text names. */
  record Dated(TimeMention mention, LocalDate date) {}

  /** A day named without its year ("on March 3"). */
  record MonthDay(TimeMention mention, int month, int day) {}

  /** "two weeks ago": how far back from the report. */
  record Ago(TimeMention mention, ChronoUnit unit, int count) {}

  final List<Dated> full = new ArrayList<>();
  final List<MonthDay> days = new ArrayList<>();
  final List<TimeMention> months = new ArrayList<>();
  final List<Ago> agos = new ArrayList<>();
  int latestYear = -1;
  TimeMention latestYearMention;

  /** The cues of {@code text}, whose time mentions are {@code mentions}. */
  static DateCues read(String text, List<TimeMention> mentions) {
    DateCues cues = new DateCues();
    for (TimeMention m : mentions) {
      cues.add(m);
    }
    cues.full.addAll(numericDates(text, mentions));
    cues.full.sort(Comparator.comparing(d -> d.mention().span()));
    return cues;
  }

  private void add(TimeMention m) {
    Matcher a = AGO.matcher(m.text());
    if (a.find()) {
      agos.add(a.group(2) == null ? new Ago(m, ChronoUnit.DAYS, 1)
          : new Ago(m, unit(a.group(2)), number(a.group(1))));
    }
    String raw = rawValue(m);
    if (raw == null) {
      return;
    }
    Matcher f = FULL.matcher(raw);
    Matcher y = YEAR.matcher(raw);
    Matcher md = MONTH_DAY.matcher(raw);
    Matcher mo = MONTH.matcher(raw);
    if (f.matches()) {
      LocalDate date = date(f.group(1), f.group(2), f.group(3));
      if (date != null) {
        full.add(new Dated(m, date));
      }
    } else if (md.matches()) {
      days.add(new MonthDay(m, Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2))));
    } else if (mo.matches()) {
      months.add(m);
    }
    if (y.matches()) {
      int year = Integer.parseInt(y.group(1));
      if (year > latestYear && year >= 1900) {
        latestYear = year;
        latestYearMention = m;
      }
    }
  }

  /** Full dates SUTime did not read ("18.10.2014", "Aug 012016"), as mentions. */
  private static List<Dated> numericDates(String text, List<TimeMention> mentions) {
    List<Dated> found = new ArrayList<>();
    Matcher m = NUMERIC_DATE.matcher(text);
    while (m.find()) {
      LocalDate date;
      if (m.group(1) != null) {
        date = date(m.group(1), m.group(2), m.group(3));
      } else {
        int a = Integer.parseInt(m.group(4));
        int b = Integer.parseInt(m.group(6));
        // Day first unless that cannot be, or a US slash date says otherwise.
        boolean monthFirst = b > 12 || m.group(5).equals("/") && a <= 12;
        date = safeDate(Integer.parseInt(m.group(7)), monthFirst ? a : b, monthFirst ? b : a);
      }
      addUnread(found, mentions, m, date);
    }
    m = NAMED_DATE.matcher(text);
    while (m.find()) {
      boolean dayFirst = m.group(1) != null;
      LocalDate date = safeDate(Integer.parseInt(dayFirst ? m.group(3) : m.group(6)),
          monthOf(dayFirst ? m.group(2) : m.group(4)),
          Integer.parseInt(dayFirst ? m.group(1) : m.group(5)));
      addUnread(found, mentions, m, date);
    }
    return found;
  }

  private static void addUnread(List<Dated> found, List<TimeMention> mentions, Matcher m,
      LocalDate date) {
    Span span = new Span(m.start(), m.end());
    boolean read = mentions.stream().anyMatch(t -> t.span().overlaps(span)
        && FULL.matcher(String.valueOf(rawValue(t))).matches());
    if (date != null && !read && found.stream().noneMatch(d -> d.mention().span().overlaps(span))) {
      found.add(new Dated(new TimeMention(m.group(), span, -1, null, Tense.UNKNOWN), date));
    }
  }

  private static int monthOf(String name) {
    return CalendarWords.monthNumber(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  static String rawValue(TimeMention m) {
    if (m.temporal() == null) {
      return null;
    }
    try {
      return m.temporal().getTimexValue();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static LocalDate mostRecent(LocalDate d, int month, int day) {
    LocalDate p = safeDate(d.getYear(), month, day);
    if (p != null && p.isAfter(d)) {
      p = safeDate(d.getYear() - 1, month, day);
    }
    return p;
  }

  private static LocalDate date(String y, String m, String d) {
    return safeDate(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static ChronoUnit unit(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.DAYS;
    };
  }

  static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("a") || w.equals("an")) {
      return 1;
    }
    int n = NumberWords.cardinal(w);
    return n >= 0 ? n : Integer.parseInt(w);
  }
}
