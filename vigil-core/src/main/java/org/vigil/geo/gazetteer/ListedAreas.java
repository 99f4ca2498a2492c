package org.vigil.geo.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.vigil.tables.DataTable;

/**
 * Territories, areas and seats of government that conflict news names as often as towns but
 * that neither the region table nor cities500 lists (areas.tsv): "West Bank", "Eastern
 * Ghouta", "White House".
 */
final class ListedAreas {
  private static final List<Area> AREAS = read("areas.tsv");

  /** A territory or area the tables lack, with its first-level code ("" for its own). */
  private record Area(double lat, double lon, String country, String admin1, Level level,
      List<String> names) {}

  private ListedAreas() {}

  /**
   * The areas as gazetteer entries, in the table's order: a first-level region of its own, or
   * a {@link GazetteerEntry#AREA} inside one.
   */
  static List<GazetteerEntry> entries() {
    List<GazetteerEntry> out = new ArrayList<>(AREAS.size());
    for (Area a : AREAS) {
      out.add(new GazetteerEntry(0, a.lat(), a.lon(), a.country(), a.admin1(),
          a.level() == Level.ADMIN1 ? "ADM1" : GazetteerEntry.AREA, 0, a.level(), a.names()));
    }
    return out;
  }

  private static List<Area> read(String resource) {
    List<Area> out = new ArrayList<>();
    for (DataTable.Line row : DataTable.lines(ListedAreas.class, resource)) {
      String[] f = row.fields();
      if (f.length < 6 || !f[2].matches("[A-Z]{2}") || f[3].isEmpty()
          || !(f[4].equals("ADMIN1") || f[4].equals("DISTRICT"))) {
        throw row.error("expected latitude, longitude, ISO country code, first-level code or -,"
            + " ADMIN1 or DISTRICT, and names");
      }
      out.add(new Area(TableFields.degrees(row, f[0], 90), TableFields.degrees(row, f[1], 180),
          f[2], f[3].equals(TableFields.NONE) ? "" : f[3], Level.valueOf(f[4]),
          TableFields.names(row, f, 5)));
    }
    return List.copyOf(out);
  }
}
