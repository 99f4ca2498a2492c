package org.vigil.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.vigil.model.Span;
import org.vigil.time.DateCues.Ago;
import org.vigil.time.DateCues.MonthDay;

/**
 * The day that best fits a text's day-level cues: a relative phrase that lands on a named day
 * ("a week ago" with "his January 3 assassination" gives January 10), relative phrases that
 * land on named months, named days being recent, in the year the war's age or the latest named
 * year allows.
 */
final class DayScoring {

  /** A day, how well it fits, and the spans and words that say so. */
  record Candidate(LocalDate date, double score, List<Span> evidence, String why) {}

  private DayScoring() {}

  /** The best day, or null when no year places the named days. */
  static Candidate bestDay(DateCues cues, WarAge age) {
    List<MonthDay> days = cues.days;
    int latestYear = cues.latestYear;
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
        LocalDate named = DateCues.safeDate(year, md.month(), md.day());
        if (named == null) {
          continue;
        }
        List<LocalDate> candidates = new ArrayList<>(List.of(named, named.plusDays(1)));
        for (Ago a : cues.agos) {
          if (a.unit() != ChronoUnit.MONTHS) {
            candidates.add(named.plus(a.count(), a.unit()));
          }
        }
        for (LocalDate c : candidates) {
          Candidate scored = score(c, cues, age);
          if (best == null || scored.score() > best.score()) {
            best = scored;
          }
        }
      }
    }
    return best;
  }

  private static Candidate score(LocalDate d, DateCues cues, WarAge age) {
    List<MonthDay> days = cues.days;
    int latestYear = cues.latestYear;
    double score = 0;
    List<Span> evidence = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<LocalDate> named = new ArrayList<>();
    for (MonthDay md : days) {
      LocalDate p = DateCues.mostRecent(d, md.month(), md.day());
      if (p != null) {
        named.add(p);
        // Named days are recent: a day a year back costs about one linked cue.
        score -= ChronoUnit.DAYS.between(p, d) / 365.0 * 3;
      }
    }
    for (Ago a : cues.agos) {
      LocalDate back = d.minus(a.count(), a.unit());
      if (a.unit() == ChronoUnit.MONTHS) {
        for (TimeMention m : cues.months) {
          Matcher mo = DateCues.MONTH.matcher(DateCues.rawValue(m));
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
}
