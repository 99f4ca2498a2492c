package org.vigil.geo.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.geo.gazetteer.RegionTable.Region;

/**
 * The region table's divisions that are no GeoNames first-level region: the counties of
 * England ("Hampshire"), the departments of France, the provinces of Italy, Burkina Faso or
 * the Philippines ("Laguna"). Each lies in the first-level region of the town nearest to it
 * and counts the people of the towns nearer to it than to any other such division. A division
 * the table places outside its own country is left out.
 */
final class Divisions {
  /** How far from a division's centre its towns are counted. */
  private static final double REACH_KM = 60;

  private Divisions() {}

  /** The entries of {@code regions}, peopled and placed by {@code settlements}. */
  static List<GazetteerEntry> of(List<Region> regions, List<GazetteerEntry> settlements) {
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
      out.addAll(ofCountry(c.getKey(), c.getValue(), towns.get(c.getKey())));
    }
    return out;
  }

  /** The entries of the {@code divisions} of {@code country}, whose towns are {@code towns}. */
  private static List<GazetteerEntry> ofCountry(String country, List<Region> divisions,
      List<GazetteerEntry> towns) {
    long[] population = new long[divisions.size()];
    GazetteerEntry[] nearestTown = new GazetteerEntry[divisions.size()];
    double[] nearestKm = new double[divisions.size()];
    Arrays.fill(nearestKm, Double.MAX_VALUE);
    for (GazetteerEntry town : towns) {
      int home = -1;
      double homeKm = REACH_KM;
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
    List<GazetteerEntry> out = new ArrayList<>(divisions.size());
    for (int d = 0; d < divisions.size(); d++) {
      Region r = divisions.get(d);
      out.add(new GazetteerEntry(0, r.lat(), r.lon(), country, nearestTown[d].admin1(),
          "ADM2", population[d], Level.DISTRICT, List.copyOf(RegionNames.of(r))));
    }
    return out;
  }
}
