package org.vigil.geo;

import java.util.List;

/**
 * One place the gazetteer knows, with every name it may be written as.
 *
 * @param geonameId the GeoNames id, or 0 where the source has none (first-level regions come
 *     from a table without GeoNames ids)
 * @param country ISO 3166-1 alpha-2 code, or "" for a place above countries
 * @param admin1 GeoNames first-level code within the country ("12" for Idlib), or ""
 * @param featureCode GeoNames feature code ("PPLA", "ADM1", "PCLI"), or ""
 * @param names the display name first, then alternate names; Latin script only
 */
public record GazetteerEntry(
    long geonameId, double lat, double lon, String country, String admin1, String featureCode,
    long population, Level level, List<String> names) {

  public GazetteerEntry {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("gazetteer entry without a name: " + geonameId);
    }
    names = List.copyOf(names);
  }

  public String name() {
    return names.get(0);
  }
}
