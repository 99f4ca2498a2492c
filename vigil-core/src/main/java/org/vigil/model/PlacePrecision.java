package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * How large an area a place stands for, finest first: UCDP's where_prec idea, simplified, and
 * ACLED's geo_precision up to the region. A record writes it by its code (1 to 4), and so does
 * a store.
 */
public enum PlacePrecision {
  /** The named settlement itself: a city, town, village or camp. */
  SETTLEMENT(1),
  /** Near a named settlement, or in a part of one or a second-level district. */
  NEAR_SETTLEMENT(2),
  /** A first-level region: a governorate, province or state. */
  ADMIN1(3),
  /** A country, or an area larger than one ("the Middle East"). */
  COUNTRY(4);

  private final int code;

  PlacePrecision(int code) {
    this.code = code;
  }

  /** The number the record writes: 1 settlement, 2 near one, 3 region, 4 country. */
  @JsonValue
  public int code() {
    return code;
  }

  /** Whether a place at this precision covers less ground than one at {@code other}. */
  public boolean finerThan(PlacePrecision other) {
    return compareTo(other) < 0;
  }

  /** At or near a named settlement: precise enough to tell two places of one area apart. */
  public boolean atOrNearSettlement() {
    return compareTo(NEAR_SETTLEMENT) <= 0;
  }

  /** The precision whose code is {@code code}, as a record or a store writes it. */
  @JsonCreator
  public static PlacePrecision ofCode(int code) {
    for (PlacePrecision p : values()) {
      if (p.code == code) {
        return p;
      }
    }
    throw new IllegalArgumentException("no place precision " + code + "; one of "
        + Arrays.stream(values()).map(PlacePrecision::code).toList());
  }

  /** Its code, so that messages and logs read as the record does. */
  @Override
  public String toString() {
    return Integer.toString(code);
  }
}
