package org.vigil.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One ACLED note and the rows of the CSV that code it. ACLED splits one report into several
 * events when it names several places or days and spreads the report's fatalities over them,
 * so a note with several rows, or one that says its fatalities are "spread evenly", is scored
 * on its type alone: no single row's place, toll or actors is the report's.
 */
record AcledNote(List<Row> rows) {

  /**
   * One CSV row: an event as ACLED coded it.
   *
   * @param index the row's position among the data rows, from 0 (the line after the header)
   * @param eventType ACLED's type; {@code Protests|Riots} where either is right
   * @param inter1 the first actor's category code (1 State forces … 8 External/Other forces)
   * @param inter2 the second actor's, 0 when there is none
   */
  record Row(int index, String id, String text, String eventType,
      int fatalities, double lat, double lon, String country, int inter1, int inter2) {}

  AcledNote {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a note needs a row");
    }
    rows = List.copyOf(rows);
  }

  /** The row the note is read and filed by: its first. */
  Row first() {
    return rows.get(0);
  }

  String text() {
    return first().text();
  }

  /** Whether only the type is scored: a note of several rows, or of fatalities spread. */
  boolean typeOnly() {
    return rows.size() > 1 || text().toLowerCase(Locale.ROOT).contains("spread evenly");
  }

  /** Every type a row of the note gives, each alternative of {@code Protests|Riots} apart. */
  Set<String> types() {
    Set<String> out = new LinkedHashSet<>();
    rows.forEach(r -> out.addAll(List.of(r.eventType().split("\\|"))));
    return out;
  }

  /** Whether the note falls in the development half: its first row's index is even. */
  boolean even() {
    return first().index() % 2 == 0;
  }

  /** Names the note in a miss: its rows' ids and indexes. */
  String label() {
    StringBuilder s = new StringBuilder();
    for (Row r : rows) {
      s.append(s.length() == 0 ? "" : ", ").append("row ").append(r.index()).append(" (")
          .append(r.id()).append(')');
    }
    return s.toString();
  }
}
