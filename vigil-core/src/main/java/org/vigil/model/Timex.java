package org.vigil.model;

/**
 * A time expression normalised against the document date.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2019-11", "2015-W50", "P2M", "PRESENT_REF"), or null when the
 *     phrase has no value the text can pin down
 * @param precision day, week, month, quarter, year (DATE and TIME only), else null
 */
public record Timex(String text, String type, String value, DatePrecision precision, Span span) {

  /** The grain of a DATE or TIME value: day, week, month, quarter or year (also decades). */
  public static DatePrecision precision(String type, String value) {
    if (value == null || !(type.equals("DATE") || type.equals("TIME"))) {
      return null;
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}.*") || value.equals("PRESENT_REF")) {
      return DatePrecision.DAY;
    }
    if (value.matches("\\d{4}-W\\d{2}.*")) {
      return DatePrecision.WEEK;
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return DatePrecision.MONTH;
    }
    if (value.matches("\\d{4}-(Q\\d|SP|SU|FA|WI)")) {
      return DatePrecision.QUARTER;
    }
    if (value.matches("\\d{2,4}(-H\\d)?")) {
      return DatePrecision.YEAR;
    }
    return null;
  }
}
