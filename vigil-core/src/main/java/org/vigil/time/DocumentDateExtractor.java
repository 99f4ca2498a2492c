package org.vigil.time;

import edu.stanford.nlp.time.SUTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Dateline;
import org.vigil.model.Published;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;
import org.vigil.tables.CalendarWords;
import org.vigil.tables.NumberWords;
import org.vigil.tables.PatternTable;

/**
 * The document date: the one the input gives, else one inferred from the text, with a short
 * account of how and the spans it rests on.
 *
 * <p>Needs {@link TimeMentionExtractor#MENTIONS}; adds {@link Facts#PUBLISHED}. Inference, in
 * order: a full date at the top (a dateline or header, "Wed 05 Apr 2017"); else the day that
 * best fits the text's day-level cues — a relative phrase that lands on a named day ("a week
 * ago" with "his January 3 assassination" gives January 10), relative phrases that land on
 * named months ("two months ago", "a November missile strike"), and named days being recent —
 * in the year given by the age of the war the report covers ("the nearly nine-year-old war")
 * and never before the latest year the text names; else the latest full date in the text. No
 * cue, no date: a guess would pass for fact downstream.
 */
public final class DocumentDateExtractor implements Extractor {

  private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d).*");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-.*)?");
  private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");
  private static final Pattern MONTH = Pattern.compile("XXXX-(\\d\\d)");
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "\\b(?:(\\d{4})-(\\d\\d)-(\\d\\d)|(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4}))(?!\\d)");
  private static final String MONTH_NAME =
      "(" + String.join("|", CalendarWords.monthShortForms()) + ")[a-z]*";
  // Scraped headers glue or pad what SUTime reads apart: "Aug 012016", "Feb 28 2015 190703".
  private static final Pattern NAMED_DATE = Pattern.compile("(?i)\\b(?:(\\d{1,2}) " + MONTH_NAME
      + "\\.?,? (\\d{4})|" + MONTH_NAME + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ?(\\d{4}))(?!\\d)");
  private static final String NUMBER =
      "a|an|" + String.join("|", NumberWords.cardinals(1, 20)) + "|\\d{1,2}";
  private static final PatternTable PHRASES = PatternTable.load(DocumentDateExtractor.class,
      "report-age-phrases.tsv", Set.of("ago", "war-age"),
      Map.of("number", NUMBER));
  private static final Pattern AGO = PHRASES.get("ago");
  private static final Pattern WAR_AGE = PHRASES.get("war-age");

  private final DocumentDateOptions options;

  public DocumentDateExtractor(DocumentDateOptions options) {
    this.options = options;
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(TimeMentionExtractor.MENTIONS, Facts.DATELINE);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.PUBLISHED);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    String given = doc.document().published();
    Dateline dateline = facts.get(Facts.DATELINE);
    Published published;
    if (given != null) {
      published = new Published(given, true, null, List.of());
    } else if (dateline != null && dateline.date() != null) {
      published = new Published(dateline.date(), false,
          "date in the dateline: '" + dateline.text() + "'", List.of(dateline.span()));
    } else {
      published = infer(doc.text(), facts.list(TimeMentionExtractor.MENTIONS));
    }
    if (published != null) {
      facts.put(Facts.PUBLISHED, published);
    }
  }

  /** A cue mention with the reading this extractor needs. */
  private record Dated(TimeMention mention, LocalDate date) {}

  private record MonthDay(TimeMention mention, int month, int day) {}

  private record Ago(TimeMention mention, ChronoUnit unit, int count) {}

  private record WarAge(Span span, String text, double years, ConflictStart conflict) {
    double estimate() {
      return start(conflict) + years;
    }

    private static double start(ConflictStart c) {
      return c.start().getYear() + (c.start().getMonthValue() - 1) / 12.0;
    }
  }

  private record Candidate(LocalDate date, double score, List<Span> evidence, String why) {}

  /** Infers the date from the text; null when nothing in it dates the report. */
  Published infer(String text, List<TimeMention> mentions) {
    List<Dated> full = new ArrayList<>();
    List<MonthDay> days = new ArrayList<>();
    List<TimeMention> months = new ArrayList<>();
    List<Ago> agos = new ArrayList<>();
    int latestYear = -1;
    TimeMention latestYearMention = null;
    for (TimeMention m : mentions) {
      Matcher a = AGO.matcher(m.text());
      if (a.find()) {
        agos.add(a.group(2) == null ? new Ago(m, ChronoUnit.DAYS, 1)
            : new Ago(m, unit(a.group(2)), number(a.group(1))));
      }
      String raw = rawValue(m);
      if (raw == null) {
        continue;
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
    full.addAll(numericDates(text, mentions));
    full.sort(Comparator.comparing(d -> d.mention().span()));

    // 1. A full date at the top is the dateline's.
    for (Dated d : full) {
      if (d.mention().span().start() < options.headerChars()) {
        return new Published(d.date().toString(), false,
            "full date at the top: '" + d.mention().text() + "'",
            List.of(d.mention().span()));
      }
    }
    // 2. Day-level cues, in the year the war's age and the latest named year allow.
    WarAge age = warAge(text);
    if (!days.isEmpty()) {
      Candidate best = bestDay(days, months, agos, age, latestYear);
      if (best != null) {
        List<Span> evidence = new ArrayList<>(best.evidence());
        String why = best.why();
        if (age != null) {
          evidence.add(age.span());
          why += "; year from '" + age.text() + "' (" + age.conflict().conflict() + " since "
              + age.conflict().start() + ")";
        } else if (latestYearMention != null) {
          evidence.add(latestYearMention.span());
          why += "; year no earlier than " + latestYear + ", the latest the text names";
        }
        evidence.sort(Comparator.naturalOrder());
        return new Published(best.date().toString(), false, why,
            List.copyOf(new LinkedHashSet<>(evidence)));
      }
    }
    // 3. The latest full date the text names: reports tell of the last days' events.
    Dated latest = full.stream().max(Comparator.comparing(Dated::date)).orElse(null);
    if (latest != null) {
      return new Published(latest.date().toString(), false,
          "latest full date in the text: '" + latest.mention().text() + "'",
          List.of(latest.mention().span()));
    }
    return null;
  }

  private Candidate bestDay(List<MonthDay> days, List<TimeMention> months, List<Ago> agos,
      WarAge age, int latestYear) {
    List<Integer> years = new ArrayList<>();
    if (age != null) {
      int center = (int) Math.floor(age.estimate());
      for (int y = center - 1; y <= center + 1; y++) {
        years.add(y);
      }
    } else if (latestYear > 0) {
      years.add(latestYear);
      years.add(latestYear + 1);
    } else {
      return null; // no year anywhere: the day alone cannot be placed
    }
    Candidate best = null;
    for (int year : years) {
      for (MonthDay md : days) {
        LocalDate named = safeDate(year, md.month(), md.day());
        if (named == null) {
          continue;
        }
        List<LocalDate> candidates = new ArrayList<>(List.of(named, named.plusDays(1)));
        for (Ago a : agos) {
          if (a.unit() != ChronoUnit.MONTHS) {
            candidates.add(named.plus(a.count(), a.unit()));
          }
        }
        for (LocalDate c : candidates) {
          Candidate scored = score(c, days, months, agos, age, latestYear);
          if (best == null || scored.score() > best.score()) {
            best = scored;
          }
        }
      }
    }
    return best;
  }

  private Candidate score(LocalDate d, List<MonthDay> days, List<TimeMention> months,
      List<Ago> agos, WarAge age, int latestYear) {
    double score = 0;
    List<Span> evidence = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<LocalDate> named = new ArrayList<>();
    for (MonthDay md : days) {
      LocalDate p = mostRecent(d, md.month(), md.day());
      if (p != null) {
        named.add(p);
        // Named days are recent: a day a year back costs about one linked cue.
        score -= ChronoUnit.DAYS.between(p, d) / 365.0 * 3;
      }
    }
    for (Ago a : agos) {
      LocalDate back = d.minus(a.count(), a.unit());
      if (a.unit() == ChronoUnit.MONTHS) {
        for (TimeMention m : months) {
          Matcher mo = MONTH.matcher(rawValue(m));
          if (mo.matches() && Integer.parseInt(mo.group(1)) == back.getMonthValue()) {
            score += 2;
            evidence.add(a.mention().span());
            evidence.add(m.span());
            reasons.add("'" + a.mention().text() + "' is '" + m.text() + "'");
            break;
          }
        }
        continue;
      }
      for (int i = 0; i < days.size(); i++) {
        if (back.equals(named.size() > i ? named.get(i) : null)) {
          score += 3;
          evidence.add(a.mention().span());
          evidence.add(days.get(i).mention().span());
          reasons.add("'" + a.mention().text() + "' is '" + days.get(i).mention().text() + "'");
          break;
        }
      }
    }
    if (age != null) {
      double at = d.getYear() + (d.getDayOfYear() - 1) / 365.0;
      score -= Math.abs(at - age.estimate()) * 2;
    } else if (latestYear > 0) {
      score -= Math.max(0, d.getYear() - latestYear);
    }
    if (latestYear > 0 && d.getYear() < latestYear) {
      score -= 10;
    }
    String why = reasons.isEmpty()
        ? "days after the named day '" + days.get(0).mention().text() + "'"
        : String.join(" and ", reasons) + " put the report on " + d;
    if (reasons.isEmpty()) {
      evidence.add(days.get(0).mention().span());
    }
    return new Candidate(d, score, evidence, why);
  }

  /** The war whose age the text gives, with the conflict its country names point to. */
  WarAge warAge(String text) {
    Matcher m = WAR_AGE.matcher(text);
    while (m.find()) {
      ConflictStart conflict = mainConflict(text);
      if (conflict == null) {
        return null;
      }
      double years;
      String hedge = m.group(1);
      if (m.group(4) != null) {
        int ordinal = NumberWords.ordinal(m.group(4).toLowerCase(Locale.ROOT));
        if (ordinal <= 0) {
          continue;
        }
        years = ordinal - 0.5; // "in its sixth year": five and a bit
      } else {
        years = number(m.group(2)) + (m.group(3).isEmpty() ? 0 : 0.5);
      }
      if (hedge != null) {
        String h = hedge.trim().toLowerCase(Locale.ROOT);
        years += h.equals("nearly") || h.equals("almost") ? -0.25
            : h.equals("more than") || h.equals("over") ? 0.25 : 0;
      }
      return new WarAge(new Span(m.start(), m.end()), m.group(), years, conflict);
    }
    return null;
  }

  /** The listed conflict whose country the text names most, or null. */
  private ConflictStart mainConflict(String text) {
    ConflictStart best = null;
    int bestCount = 0;
    for (ConflictStart c : options.conflicts()) {
      int n = 0;
      Matcher m = c.names().matcher(text);
      while (m.find()) {
        n++;
      }
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
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

  private static String rawValue(TimeMention m) {
    if (m.temporal() == null) {
      return null;
    }
    try {
      return m.temporal().getTimexValue();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static LocalDate mostRecent(LocalDate d, int month, int day) {
    LocalDate p = safeDate(d.getYear(), month, day);
    if (p != null && p.isAfter(d)) {
      p = safeDate(d.getYear() - 1, month, day);
    }
    return p;
  }

  private static LocalDate date(String y, String m, String d) {
    return safeDate(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static LocalDate safeDate(int y, int m, int d) {
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

  private static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("a") || w.equals("an")) {
      return 1;
    }
    int n = NumberWords.cardinal(w);
    return n >= 0 ? n : Integer.parseInt(w);
  }

}
