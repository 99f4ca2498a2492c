package org.vigil.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counties of the United States ("Morris County", "Orleans Parish"), which neither
 * cities500 nor the region table lists: named by the FIPS table, placed at the mean of the
 * cities500 towns whose GeoNames second-level code is theirs, peopled by those towns. A county
 * without such a town is left out; so are the independent cities, which cities500 holds.
 */
final class UsCounties {
  /** The FIPS class of an independent city ("Baltimore city"): a town, not a county. */
  private static final String INDEPENDENT_CITY = "C7";

  private UsCounties() {}

  /**
   * @param fips the table of {@code state,statefp,countyfp,countyname,classfp} lines
   * @param cities the GeoNames cities500 dump, whose columns 11 and 12 hold the state and the
   *     county code of each town
   */
  static List<GazetteerEntry> read(Path fips, Path cities) throws IOException {
    Map<String, String> names = new HashMap<>();
    List<String> lines = Files.readAllLines(fips, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length == 5 && !f[4].equals(INDEPENDENT_CITY)) {
        names.put(f[0] + "." + f[2], f[3]);
      }
    }
    Map<String, double[]> towns = new HashMap<>(); // sum of lat, sum of lon, count, people
    try (BufferedReader in = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !f[8].equals("US") || !names.containsKey(f[10] + "." + f[11])) {
          continue;
        }
        double[] t = towns.computeIfAbsent(f[10] + "." + f[11], k -> new double[4]);
        t[0] += Double.parseDouble(f[4]);
        t[1] += Double.parseDouble(f[5]);
        t[2]++;
        t[3] += f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
      }
    }
    List<GazetteerEntry> out = new ArrayList<>(towns.size());
    for (Map.Entry<String, double[]> e : towns.entrySet()) {
      double[] t = e.getValue();
      String state = e.getKey().substring(0, e.getKey().indexOf('.'));
      out.add(new GazetteerEntry(0, t[0] / t[2], t[1] / t[2], "US", state, "ADM2",
          (long) t[3], Level.DISTRICT, List.of(names.get(e.getKey()))));
    }
    return out;
  }
}
