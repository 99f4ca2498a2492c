package org.vigil.geo.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.vigil.tables.DataTable;

/** The fields the builder's own tables share: names and coordinates, checked as read. */
final class TableFields {
  /** The mark of an empty column in the builder's tables. */
  static final String NONE = "-";

  private TableFields() {}

  /** The names in the columns of {@code row} from {@code from} on, none empty. */
  static List<String> names(DataTable.Line row, String[] f, int from) {
    List<String> out = new ArrayList<>();
    for (int k = from; k < f.length; k++) {
      if (f[k].isEmpty()) {
        throw row.error("column " + (k + 1) + " is empty");
      }
      out.add(f[k]);
    }
    return List.copyOf(out);
  }

  /** A latitude or longitude of a table row, within {@code -limit..limit}. */
  static double degrees(DataTable.Line row, String field, double limit) {
    try {
      double d = Double.parseDouble(field);
      if (Math.abs(d) <= limit) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.error("'" + field + "' is no coordinate in degrees");
  }
}
