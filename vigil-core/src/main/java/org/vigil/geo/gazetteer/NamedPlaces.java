package org.vigil.geo.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places a source is merged into, by each of their names and their country: whether a
 * town a further source lists is one already known ({@link MoreTowns}, {@link PostalPlaces}).
 */
final class NamedPlaces {
  private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();

  /** The index of {@code known}, under every name of each. */
  NamedPlaces(List<GazetteerEntry> known) {
    for (GazetteerEntry e : known) {
      for (String n : e.names()) {
        add(n, e);
      }
    }
  }

  /** Files {@code e} under {@code name} too. */
  void add(String name, GazetteerEntry e) {
    byName.computeIfAbsent(key(name, e.country()), k -> new ArrayList<>()).add(e);
  }

  /** Whether a place called {@code name} in {@code country} lies within {@code km}. */
  boolean near(String name, String country, double lat, double lon, double km) {
    return byName.getOrDefault(key(name, country), List.of()).stream()
        .anyMatch(e -> Distance.km(lat, lon, e.lat(), e.lon()) <= km);
  }

  private static String key(String name, String country) {
    return NameKey.exact(name) + "|" + country;
  }
}
