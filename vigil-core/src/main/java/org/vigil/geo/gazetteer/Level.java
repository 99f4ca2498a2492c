package org.vigil.geo.gazetteer;

import org.vigil.model.PlacePrecision;

/**
 * How large a gazetteer entry is, which sets the precision a place resolved to it gets.
 */
public enum Level {
  /** A named settlement: city, town, village, camp. */
  SETTLEMENT(PlacePrecision.SETTLEMENT),
  /** A part of a settlement or a second-level division. */
  DISTRICT(PlacePrecision.NEAR_SETTLEMENT),
  /** A first-level region: governorate, province, state. */
  ADMIN1(PlacePrecision.ADMIN1),
  /** A country. */
  COUNTRY(PlacePrecision.COUNTRY),
  /** Larger than a country: a continent, an ocean, "the Middle East". */
  REGION(PlacePrecision.COUNTRY);

  private final PlacePrecision precision;

  Level(PlacePrecision precision) {
    this.precision = precision;
  }

  /** The precision a place resolved to an entry of this level gets. */
  public PlacePrecision precision() {
    return precision;
  }
}
