package org.vigil.casualties;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.vigil.tables.CalendarWords;

/**
 * Tells a figure that counts no people: a distance ("5 km"), a year ("2011"), the day of a date
 * ("May 27"), an age ("aged 34").
 */
final class NotPeople {

  /** Units and month names after a number: "5 km", "May 27" is no count of people. */
  private static final Set<String> UNITS = units();
  private static final Set<String> MONTHS = Set.copyOf(CalendarWords.months());

  private NotPeople() {}

  /** Whether the figure {@code q} counts something other than people. */
  static boolean figure(Words w, Quantity q) {
    return UNITS.contains(w.lower(q.end())) || isYear(w, q) || isDay(w, q)
        || CasualtyWords.NOT_PEOPLE_BEFORE.contains(w.lower(q.start() - 1));
  }

  /** "On May 27 another journalist was killed": the day of a date, not a count. */
  private static boolean isDay(Words w, Quantity q) {
    return q.best() != null && q.best() <= 31 && MONTHS.contains(w.lower(q.start() - 1))
        && w.lower(q.start()).matches("\\d{1,2}");
  }

  static boolean isYear(Words w, Quantity q) {
    return q.best() != null && q.best() >= 1900 && q.best() <= 2100
        && w.lower(q.start()).matches("\\d{4}");
  }

  private static Set<String> units() {
    Set<String> out = new LinkedHashSet<>(CasualtyWords.NOT_PEOPLE_UNITS);
    out.addAll(CalendarWords.months());
    out.addAll(CalendarWords.monthShortForms());
    return Collections.unmodifiableSet(out);
  }
}
