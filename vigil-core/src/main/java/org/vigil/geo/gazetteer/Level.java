package org.vigil.geo.gazetteer;

/**
 * How large a gazetteer entry is, which sets the precision code a place resolved to it gets.
 */
public enum Level {
  /** A named settlement: city, town, village, camp. */
  SETTLEMENT(1),
  /** A part of a settlement or a second-level division. */
  DISTRICT(2),
  /** A first-level region: governorate, province, state. */
  ADMIN1(3),
  /** A country. */
  COUNTRY(4),
  /** Larger than a country: a continent, an ocean, "the Middle East". */
  REGION(4);

  private final int precision;

  Level(int precision) {
    this.precision = precision;
  }

  /** The precision code of DESIGN.md: 1 settlement, 2 district, 3 region, 4 country. */
  public int precision() {
    return precision;
  }
}
