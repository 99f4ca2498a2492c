package org.vigil.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.tables.DataTable;

/**
 * The countries, from world-countries' table with their names and demonyms, placed at GeoNames'
 * own point of each (country-points), peopled by their cities500 towns, and named also by the
 * short names news uses that the table lacks (country-aliases.tsv: "Britain", "U.S.").
 */
final class CountryEntries {
  /** Short English names news uses that the country table lacks, by ISO code. */
  private static final Map<String, List<String>> ALIASES = aliases("country-aliases.tsv");

  private CountryEntries() {}

  /**
   * The countries of {@code countries} (world-countries' JSON) at the points of {@code points},
   * peopled by {@code settlements}; adds their demonyms to {@code demonyms}.
   */
  static List<GazetteerEntry> read(Path countries, Path points,
      List<GazetteerEntry> settlements, List<Demonym> demonyms) throws IOException {
    Map<String, Long> population = new HashMap<>();
    for (GazetteerEntry s : settlements) {
      population.merge(s.country(), s.population(), Long::sum);
    }
    ObjectMapper json = new ObjectMapper();
    // GeoNames places a country at its own point (the US in Kansas, Canada in Alberta), not at
    // world-countries' rounded centroid; news geoparsers and their gold follow GeoNames.
    JsonNode point = json.readTree(points.toFile());
    List<GazetteerEntry> out = new ArrayList<>();
    for (JsonNode c : json.readTree(countries.toFile())) {
      String code = c.path("cca2").asText();
      JsonNode latlng = c.path("latlng");
      if (code.length() != 2 || latlng.size() != 2) {
        continue;
      }
      JsonNode own = point.path(code);
      long geonameId = own.path("gi").asLong(0);
      double lat = own.path("c").path("a").asDouble(latlng.get(0).asDouble());
      double lon = own.path("c").path("o").asDouble(latlng.get(1).asDouble());
      out.add(new GazetteerEntry(geonameId, lat, lon, code, "", "PCLI",
          population.getOrDefault(code, 0L), Level.COUNTRY, names(c, code)));
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

  /** The country's common and official names, its Latin spellings and its aliases. */
  private static List<String> names(JsonNode c, String code) {
    Set<String> names = new LinkedHashSet<>();
    names.add(c.path("name").path("common").asText());
    names.add(c.path("name").path("official").asText());
    for (JsonNode alt : c.path("altSpellings")) {
      String a = alt.asText();
      if (!a.equals(code) && GeoNamesDumpReader.isLatin(a)) {
        names.add(a);
      }
    }
    names.addAll(ALIASES.getOrDefault(code, List.of()));
    names.remove("");
    return List.copyOf(names);
  }

  private static Map<String, List<String>> aliases(String resource) {
    Map<String, List<String>> out = new HashMap<>();
    for (DataTable.Line row : DataTable.lines(CountryEntries.class, resource)) {
      String[] f = row.fields();
      if (f.length < 2 || !f[0].matches("[A-Z]{2}")) {
        throw row.error("expected an ISO 3166 alpha-2 code and names");
      }
      if (out.put(f[0], TableFields.names(row, f, 1)) != null) {
        throw row.error(f[0] + " is listed twice");
      }
    }
    return Map.copyOf(out);
  }
}
