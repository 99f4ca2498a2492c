package org.vigil.geo.gazetteer;

import java.util.List;

/**
 * One place the gazetteer knows, with every name it may be written as.
 *
 * @param geonameId the GeoNames id, or 0 where the source has none (first-level regions come
 *     from a table without GeoNames ids)
 * @param country ISO 3166-1 alpha-2 code, or "" for a place above countries
 * @param admin1 GeoNames first-level code within the country ("12" for Idlib), or ""
 * @param featureCode GeoNames feature code ("PPLA", "ADM1", "PCLI"), {@link #AREA}, or ""
 * @param names the display name first, then alternate names; Latin script only
 */
public record GazetteerEntry(
    long geonameId, double lat, double lon, String country, String admin1, String featureCode,
    long population, Level level, List<String> names) {

  /**
   * The feature code of an area below first level from the builder's own table ("Eastern
   * Ghouta", "White House"): named in the news, with no population to weigh it by, and every
   * name listed its own.
   */
  public static final String AREA = "AREA";

  public GazetteerEntry {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("gazetteer entry without a name: " + geonameId);
    }
    names = List.copyOf(names);
  }

  public String name() {
    return names.get(0);
  }

  /** Whether this is one of the builder's listed areas ({@link #AREA}). */
  public boolean listedArea() {
    return AREA.equals(featureCode);
  }
}
