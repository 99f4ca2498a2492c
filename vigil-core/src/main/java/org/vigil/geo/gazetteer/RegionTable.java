package org.vigil.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The countrystatecity region table as its npm package lays it out: a folder per country
 * holding {@code states.json}, the country's divisions at every level it lists (England and
 * Kent, Île-de-France and Seine-et-Marne), and a folder per division holding
 * {@code cities.json}, the towns listed in it. A country lists its towns at its lowest level,
 * so the divisions above it have none.
 */
record RegionTable(List<Region> regions, List<Town> towns) {

  /**
   * One division.
   *
   * @param code the table's code within the country (mostly ISO 3166-2: "ID" for Idlib)
   * @param kind the table's word for it ("governorate", "two-tier county"), or ""
   * @param lat its centre, or NaN where the table gives none
   */
  record Region(String country, String code, String name, String kind, double lat,
      double lon) {
    String key() {
      return country + "." + code;
    }
  }

  /** One town, in the division with code {@code region}. */
  record Town(String name, String country, String region, double lat, double lon) {}

  static RegionTable read(Path folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Region> regions = new ArrayList<>();
    List<Town> towns = new ArrayList<>();
    for (Path country : sorted(folder)) {
      Path states = country.resolve("states.json");
      if (!Files.isRegularFile(states)) {
        continue;
      }
      for (JsonNode s : json.readTree(states.toFile())) {
        regions.add(new Region(s.path("country_code").asText(), s.path("iso2").asText(),
            s.path("name").asText().strip(), s.path("type").asText(""),
            degrees(s.path("latitude")), degrees(s.path("longitude"))));
      }
      for (Path division : sorted(country)) {
        Path cities = division.resolve("cities.json");
        if (!Files.isRegularFile(cities)) {
          continue;
        }
        for (JsonNode c : json.readTree(cities.toFile())) {
          towns.add(new Town(c.path("name").asText().strip(), c.path("country_code").asText(),
              c.path("state_code").asText(), degrees(c.path("latitude")),
              degrees(c.path("longitude"))));
        }
      }
    }
    if (regions.isEmpty()) {
      throw new IOException(folder + " holds no region table: run scripts/fetch-gazetteer.sh");
    }
    return new RegionTable(List.copyOf(regions), List.copyOf(towns));
  }

  /** A coordinate the table writes as a string ("51.2070748"), or NaN where it has none. */
  private static double degrees(JsonNode value) {
    return value.isNull() || value.isMissingNode() ? Double.NaN : value.asDouble(Double.NaN);
  }

  private static List<Path> sorted(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    }
  }
}
