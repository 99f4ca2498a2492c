package org.vigil.geo.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.tables.DataTable;

/**
 * Places above countries that news names often (world-regions.tsv): continents, regions of
 * several countries, oceans and seas, each with its demonym ("African") and other names.
 */
final class WorldRegions {
  private static final List<WorldRegion> REGIONS = read("world-regions.tsv");

  /**
   * A place above countries: its GeoNames id (0 for none), approximate centre, English name,
   * demonym ("" for none) and other names.
   */
  private record WorldRegion(long geonameId, double lat, double lon, String name,
      String demonym, List<String> names) {}

  private WorldRegions() {}

  /** The regions as gazetteer entries, in the table's order. */
  static List<GazetteerEntry> entries() {
    List<GazetteerEntry> out = new ArrayList<>(REGIONS.size());
    for (WorldRegion r : REGIONS) {
      Set<String> names = new LinkedHashSet<>();
      names.add(r.name());
      names.addAll(r.names());
      out.add(new GazetteerEntry(r.geonameId(), r.lat(), r.lon(), "", "", "RGN", 0,
          Level.REGION, List.copyOf(names)));
    }
    return out;
  }

  /** The regions' demonyms ("European"), each pointing to its region by name. */
  static List<Demonym> demonyms() {
    List<Demonym> out = new ArrayList<>();
    for (WorldRegion r : REGIONS) {
      if (!r.demonym().isEmpty()) {
        out.add(new Demonym(r.demonym(), r.name()));
      }
    }
    return out;
  }

  private static List<WorldRegion> read(String resource) {
    List<WorldRegion> out = new ArrayList<>();
    for (DataTable.Line row : DataTable.lines(WorldRegions.class, resource)) {
      String[] f = row.fields();
      if (f.length < 5 || !f[0].matches("-|\\d+") || f[3].isEmpty() || f[4].isEmpty()) {
        throw row.error("expected a GeoNames id or -, latitude, longitude, name, demonym or -"
            + " and other names");
      }
      out.add(new WorldRegion(f[0].equals(TableFields.NONE) ? 0 : Long.parseLong(f[0]),
          TableFields.degrees(row, f[1], 90), TableFields.degrees(row, f[2], 180), f[3],
          f[4].equals(TableFields.NONE) ? "" : f[4], TableFields.names(row, f, 5)));
    }
    return List.copyOf(out);
  }
}
