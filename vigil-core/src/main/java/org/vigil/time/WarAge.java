package org.vigil.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.vigil.model.Span;
import org.vigil.tables.NumberWords;

/**
 * The age of the war a report covers, as the text gives it ("the nearly nine-year-old war",
 * "the war, now in its sixth year"), with the conflict its country names point to: the year
 * the report was written follows.
 */
record WarAge(Span span, String text, double years, ConflictStart conflict) {

  /** The year, with its fraction, the age puts the report in. */
  double estimate() {
    return conflict.start().getYear() + (conflict.start().getMonthValue() - 1) / 12.0 + years;
  }

  /** The war whose age the text gives, with the conflict its country names point to. */
  static WarAge find(String text, List<ConflictStart> conflicts) {
    Matcher m = DateCues.WAR_AGE.matcher(text);
    while (m.find()) {
      ConflictStart conflict = mainConflict(text, conflicts);
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
        years = DateCues.number(m.group(2)) + (m.group(3).isEmpty() ? 0 : 0.5);
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
  private static ConflictStart mainConflict(String text, List<ConflictStart> conflicts) {
    ConflictStart best = null;
    int bestCount = 0;
    for (ConflictStart c : conflicts) {
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
}
