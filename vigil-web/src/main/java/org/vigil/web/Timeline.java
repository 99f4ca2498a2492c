package org.vigil.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.store.IncidentView;

/** Incidents and deaths per day, week or month: what the timeline draws for a filter. */
final class Timeline {

  enum Unit {
    DAY, WEEK, MONTH;

    static Unit of(String name) {
      try {
        return name == null ? DAY : valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequest("unit must be day, week or month, not '" + name + "'");
      }
    }

    LocalDate start(LocalDate d) {
      return switch (this) {
        case DAY -> d;
        case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> d.withDayOfMonth(1);
      };
    }
  }

  /** One bucket: its first day, the incidents dated in it and their best (else lowest) toll. */
  record Bucket(LocalDate start, int incidents, int killed) {}

  private Timeline() {}

  /** Buckets in date order; incidents with no date are left out, as they belong to none. */
  static List<Bucket> of(List<IncidentView> incidents, Unit unit) {
    Map<LocalDate, int[]> sums = new TreeMap<>();
    for (IncidentView v : incidents) {
      if (v.date() == null) {
        continue;
      }
      int[] s = sums.computeIfAbsent(unit.start(v.date()), d -> new int[2]);
      s[0]++;
      Integer toll = v.killed().best() != null ? v.killed().best() : v.killed().low();
      s[1] += toll == null ? 0 : toll;
    }
    return sums.entrySet().stream()
        .map(e -> new Bucket(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }
}
