package org.vigil.geo.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.geo.gazetteer.RegionTable.Region;
import org.vigil.geo.gazetteer.RegionTable.Town;
import org.vigil.tables.DataTable;

/**
 * The first-level regions, one for each GeoNames code that cities500's towns carry, named and
 * placed from the countrystatecity region table ({@link RegionTable}).
 *
 * <p>The region table uses ISO codes where cities500 uses GeoNames codes ("SY.12" is Idlib),
 * so each GeoNames code takes the region that its towns sit in, matched by name and position
 * against the region table's own town list ({@link #regionOf}). A region also takes the
 * spellings of its seat when the two share a name, so "Deir al-Zour" finds the governorate as
 * well as the city, and the abbreviation wire copy uses for it (wire-abbreviations.tsv:
 * "Calif.", "B.C."). The table's regions that no GeoNames code takes are its divisions
 * ({@link #others}).
 */
final class FirstLevelRegions {
  /**
   * The abbreviations wire copy uses for states and provinces ("Calif.", "N.Y.", "B.C."), by
   * region-table key.
   */
  private static final Map<String, String> WIRE_ABBREVIATIONS =
      wireAbbreviations("wire-abbreviations.tsv");
  /**
   * The share of a first-level region's towns that the region table must list in one region
   * for that to be the region itself, not one of its parts.
   */
  private static final double SINGLE_LEVEL_SHARE = 0.8;

  private final RegionTable table;
  /** The region table's regions by key ("SY.ID"). */
  private final Map<String, Region> regions = new HashMap<>();
  /** The region table's towns by cell of a tenth of a degree (see {@link #cell}). */
  private final Map<String, List<Town>> grid = new HashMap<>();
  /** The keys of the region table's regions that list towns of their own. */
  private final Set<String> withTowns = new HashSet<>();
  /** For each GeoNames code ("SY.12"), its towns' votes for region-table codes. */
  private final Map<String, Map<String, Integer>> votes = new HashMap<>();
  private final Map<String, Long> population = new HashMap<>();
  /** For each GeoNames code, the seat of its region. */
  private final Map<String, GazetteerEntry> seats = new HashMap<>();
  /** For each GeoNames code, where its towns lie; in order of the codes. */
  private final Map<String, Spread> spreads = new TreeMap<>();
  /** For each GeoNames code, the region-table regions whose centre lies among its towns. */
  private final Map<String, List<Region>> lyingIn = new HashMap<>();
  /** For each country, the commonest kinds of its region-table regions without towns. */
  private final Map<String, Set<String>> usualKinds = new HashMap<>();
  private final List<GazetteerEntry> entries = new ArrayList<>();
  private final Set<String> taken = new HashSet<>();

  /** Matches the GeoNames codes of {@code settlements} to the regions of {@code table}. */
  FirstLevelRegions(RegionTable table, List<GazetteerEntry> settlements) {
    this.table = table;
    indexTable();
    tally(settlements);
    placeTableRegions(settlements);
    for (Map.Entry<String, Spread> g : spreads.entrySet()) {
      String geo = g.getKey();
      Region region = regionOf(geo, g.getValue());
      if (region != null) {
        taken.add(region.key());
        entries.add(entry(geo, region, g.getValue()));
      }
    }
  }

  /** The first-level regions, in the order of their GeoNames codes. */
  List<GazetteerEntry> entries() {
    return entries;
  }

  /** The region table's regions that no GeoNames code took: its divisions below first level. */
  List<Region> others() {
    return table.regions().stream().filter(r -> !taken.contains(r.key())).toList();
  }

  private void indexTable() {
    for (Region r : table.regions()) {
      regions.put(r.key(), r);
    }
    for (Town t : table.towns()) {
      grid.computeIfAbsent(cell(t.country(), t.lat(), t.lon()), k -> new ArrayList<>()).add(t);
      withTowns.add(t.country() + "." + t.region());
    }
  }

  /** Votes: GeoNames code -> region-table code, by the towns both tables list. */
  private void tally(List<GazetteerEntry> settlements) {
    for (GazetteerEntry s : settlements) {
      if (s.admin1().isEmpty()) {
        continue;
      }
      String geo = s.country() + "." + s.admin1();
      population.merge(geo, s.population(), Long::sum);
      spreads.computeIfAbsent(geo, k -> new Spread()).add(s.lat(), s.lon());
      if (s.featureCode().equals("PPLA") || (s.featureCode().equals("PPLC")
          && !seats.containsKey(geo))) {
        seats.put(geo, s);
      }
      Town match = nearestSameName(s);
      if (match != null) {
        votes.computeIfAbsent(geo, k -> new HashMap<>()).merge(match.region(), 1, Integer::sum);
      }
    }
  }

  /**
   * Each region-table region lies in the GeoNames region of the town nearest its centre; the
   * kinds of the regions without towns of their own show which level of the table a country's
   * first-level regions are at.
   */
  private void placeTableRegions(List<GazetteerEntry> settlements) {
    Map<String, List<GazetteerEntry>> byCountry = new HashMap<>();
    for (GazetteerEntry s : settlements) {
      if (!s.admin1().isEmpty()) {
        byCountry.computeIfAbsent(s.country(), k -> new ArrayList<>()).add(s);
      }
    }
    Map<String, Map<String, Integer>> townlessKinds = new HashMap<>();
    for (Region r : table.regions()) {
      GazetteerEntry nearest = nearestTown(r, byCountry.getOrDefault(r.country(), List.of()));
      if (nearest != null) {
        lyingIn.computeIfAbsent(nearest.country() + "." + nearest.admin1(),
            k -> new ArrayList<>()).add(r);
        if (!withTowns.contains(r.key())) {
          townlessKinds.computeIfAbsent(r.country(), k -> new HashMap<>())
              .merge(r.kind(), 1, Integer::sum);
        }
      }
    }
    townlessKinds.forEach((country, kinds) -> {
      int most = Collections.max(kinds.values());
      kinds.forEach((kind, count) -> {
        if (count == most) {
          usualKinds.computeIfAbsent(country, k -> new HashSet<>()).add(kind);
        }
      });
    });
  }

  /** The entry of GeoNames region {@code geo}, named as {@code region}, whose towns are spread. */
  private GazetteerEntry entry(String geo, Region region, Spread spread) {
    Set<String> names = RegionNames.of(region);
    if (WIRE_ABBREVIATIONS.containsKey(region.key())) {
      names.add(WIRE_ABBREVIATIONS.get(region.key()));
    }
    GazetteerEntry seat = seats.get(geo);
    if (seat != null && sameName(seat, names.iterator().next())) { // its shortest name
      names.addAll(seat.names());
    }
    double lat = region.lat();
    double lon = region.lon();
    if (!spread.holds(lat, lon)) {
      // The region table places some regions far from themselves (Free State at Wichita,
      // Helmand at Baltimore): then the middle of the region's own towns stands in.
      lat = spread.meanLat();
      lon = spread.meanLon();
    } else {
      // The table often gives the capital (New York at the city); halfway to the middle of
      // the towns' extent comes nearer the region's centre.
      lat = (lat + spread.middleLat()) / 2;
      lon = (lon + spread.middleLon()) / 2;
    }
    return new GazetteerEntry(0, lat, lon, region.country(),
        geo.substring(geo.indexOf('.') + 1), "ADM1", population.getOrDefault(geo, 0L),
        Level.ADMIN1, List.copyOf(names));
  }

  /**
   * The region-table entry for one GeoNames first-level region: the entry nearly all its towns
   * sit in. Where its towns are split among several entries, or the table lists none of them,
   * the table lists the region by the level below (England by county, Île-de-France by
   * department) and the region is an entry without towns of its own that lies in it: of the
   * kind most such entries of the country are ("metropolitan region", not the "metropolitan
   * collectivity" of Lyon), and nearest the middle of its towns. Where none of its towns is
   * in the table and no entry without towns lies in it (the table's towns of Ras al-Khaimah
   * are not cities500's), the entry that lies in it nearest the middle of its towns.
   */
  private Region regionOf(String geo, Spread towns) {
    String country = geo.substring(0, geo.indexOf('.'));
    Map<String, Integer> votes = this.votes.getOrDefault(geo, Map.of());
    Set<String> usual = usualKinds.getOrDefault(country, Set.of());
    String top = votes.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
    int all = votes.values().stream().mapToInt(Integer::intValue).sum();
    if (top != null && votes.get(top) >= SINGLE_LEVEL_SHARE * all) {
      return regions.get(country + "." + top);
    }
    Region best = null;
    double bestRank = Double.MAX_VALUE;
    for (Region r : lyingIn.getOrDefault(geo, List.of())) {
      if (withTowns.contains(r.key()) && top != null) {
        continue;
      }
      // Any entry without towns of the commonest kind before one of another kind, and those
      // before an entry with towns; then the nearest.
      double rank = Distance.km(r.lat(), r.lon(), towns.meanLat(), towns.meanLon())
          + (withTowns.contains(r.key()) ? 2e6 : usual.contains(r.kind()) ? 0 : 1e6);
      if (rank < bestRank) {
        best = r;
        bestRank = rank;
      }
    }
    if (best != null) {
      return best;
    }
    return top == null ? null : regions.get(country + "." + top);
  }

  /** The town of {@code towns} (those of {@code r}'s country) nearest its centre, or null. */
  private static GazetteerEntry nearestTown(Region r, List<GazetteerEntry> towns) {
    if (Double.isNaN(r.lat()) || Double.isNaN(r.lon())) {
      return null;
    }
    GazetteerEntry nearest = null;
    double nearestKm = Double.MAX_VALUE;
    for (GazetteerEntry town : towns) {
      double km = Distance.km(r.lat(), r.lon(), town.lat(), town.lon());
      if (km < nearestKm) {
        nearest = town;
        nearestKm = km;
      }
    }
    return nearest;
  }

  private static boolean sameName(GazetteerEntry seat, String region) {
    String key = NameKey.withoutArticle(NameKey.exact(region));
    for (String n : seat.names()) {
      if (NameKey.withoutArticle(NameKey.exact(n)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The region-table town with one of {@code s}'s names, nearest and within ~10 km. */
  private Town nearestSameName(GazetteerEntry s) {
    Set<String> keys = new HashSet<>();
    for (String n : s.names()) {
      keys.add(NameKey.exact(n));
    }
    Town best = null;
    double bestDistance = 0.1;
    for (int dlat = -1; dlat <= 1; dlat++) {
      for (int dlon = -1; dlon <= 1; dlon++) {
        List<Town> towns = grid.get(cell(s.country(), s.lat() + dlat * 0.1,
            s.lon() + dlon * 0.1));
        if (towns == null) {
          continue;
        }
        for (Town t : towns) {
          double d = Math.abs(t.lat() - s.lat()) + Math.abs(t.lon() - s.lon());
          if (d < bestDistance && keys.contains(NameKey.exact(t.name()))) {
            best = t;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }

  private static String cell(String country, double lat, double lon) {
    return country + ":" + (int) Math.floor(lat * 10) + ":" + (int) Math.floor(lon * 10);
  }

  private static Map<String, String> wireAbbreviations(String resource) {
    Map<String, String> out = new HashMap<>();
    for (DataTable.Line row : DataTable.lines(FirstLevelRegions.class, resource)) {
      String[] f = row.fields();
      if (f.length != 2 || !f[0].matches("[A-Z]{2}\\.[A-Z0-9]+") || !f[1].endsWith(".")) {
        throw row.error("expected a region-table key (US.CA) and a dotted abbreviation");
      }
      if (out.put(f[0], f[1]) != null) {
        throw row.error(f[0] + " is listed twice");
      }
    }
    return Map.copyOf(out);
  }
}
