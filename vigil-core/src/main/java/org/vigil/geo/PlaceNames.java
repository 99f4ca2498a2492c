package org.vigil.geo;

import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;

/**
 * What the gazetteer says of a name found in the text, as the finder asks it: whether it is
 * sure to be a place whatever the tagger said (a country, a region, a large city by its own
 * name), or a demonym.
 */
final class PlaceNames {
  /** A town this large is the likelier reading of its name than a word or a person. */
  static final long LARGE_TOWN = 100_000;

  private final GeoNamesGazetteer gazetteer;

  PlaceNames(GeoNamesGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * A country, a region above countries, or a first-level region or large city by its own
   * name (not one of the alternate names a city collects).
   */
  boolean isLargePlace(String name) {
    String key = NameKey.exact(name);
    for (GazetteerEntry e : gazetteer.lookup(name)) {
      if (e.level() == Level.COUNTRY || e.level() == Level.REGION) {
        return true;
      }
      boolean own = NameKey.exact(e.name()).equals(key);
      if (own && (e.level() == Level.ADMIN1 || e.population() >= LARGE_TOWN)) {
        return true;
      }
    }
    return false;
  }

  /** Only these lead an organisation's name as a place: "Quds Force" is no Jerusalem. */
  boolean isCountryOrRegion(String name) {
    return gazetteer.lookup(name).stream().anyMatch(e -> e.level() == Level.COUNTRY
        || e.level() == Level.REGION || e.level() == Level.ADMIN1);
  }

  /** A demonym ("Syrian") or its plural ("Syrians", "Iraqis"; not "Syrias"). */
  boolean isDemonym(String word) {
    if (gazetteer.demonym(word).isPresent()) {
      return true;
    }
    return word.endsWith("s") && word.length() > 4
        && gazetteer.demonym(word.substring(0, word.length() - 1)).isPresent();
  }
}
