package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much time a date names, finest first. A record writes it by its label
 * ({@code "month"}), and so does a store.
 */
public enum DatePrecision {
  /** One day: "on Saturday", {@code 2017-04-04}. */
  DAY("day"),
  /**
   * One ISO week ({@code 2016-W29}), or the seven days up to a report's date, which an
   * incident the report gives no date of is dated by.
   */
  WEEK("week"),
  /** One month: "in November", {@code 2019-11}. */
  MONTH("month"),
  /** One quarter ({@code 2015-Q4}); for a time expression, a season too ("last summer"). */
  QUARTER("quarter"),
  /** One year, or a span no finer precision fits: a half-year, a decade ("the 1990s"). */
  YEAR("year");

  private final String label;

  DatePrecision(String label) {
    this.label = label;
  }

  /** The word the record writes. */
  @JsonValue
  public String label() {
    return label;
  }

  /** Whether a date at this precision names less time than one at {@code other}. */
  public boolean finerThan(DatePrecision other) {
    return compareTo(other) < 0;
  }

  /** Whether a date at this precision names more time than one at {@code other}. */
  public boolean coarserThan(DatePrecision other) {
    return compareTo(other) > 0;
  }

  /** The precision whose label is exactly {@code label}, as a record or a store writes it. */
  @JsonCreator
  public static DatePrecision ofLabel(String label) {
    return Labels.of(values(), DatePrecision::label, label, "date precision");
  }

  /** Its label, so that messages and logs read as the record does. */
  @Override
  public String toString() {
    return label;
  }
}
