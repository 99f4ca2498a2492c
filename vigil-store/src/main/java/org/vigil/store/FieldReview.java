package org.vigil.store;

import java.time.Instant;
import java.util.List;

/**
 * An analyst's verdict on one field of an incident.
 *
 * @param field one of {@link #FIELDS}
 * @param verdict {@code confirmed} (the value stands), {@code corrected} (it is {@code value}),
 *     or {@code rejected} (it is wrong, and the right one is unknown)
 * @param value the corrected value as JSON (see {@link ReviewedValues}), else null
 * @param by who gave it; in a summary, this and what follows are null
 */
public record FieldReview(String field, String verdict, String value, String by, Instant at,
    String reason) {

  /** The fields an analyst can review. */
  public static final List<String> FIELDS = List.of("type", "date", "place", "killed",
      "injured");

  public static final List<String> VERDICTS = List.of("confirmed", "corrected", "rejected");

  public FieldReview {
    if (!FIELDS.contains(field)) {
      throw new IllegalArgumentException("no field '" + field + "' to review; one of " + FIELDS);
    }
    if (!VERDICTS.contains(verdict)) {
      throw new IllegalArgumentException(
          "no verdict '" + verdict + "'; one of " + VERDICTS);
    }
    if (verdict.equals("corrected") != (value != null)) {
      throw new IllegalArgumentException(verdict.equals("corrected")
          ? "a correction of " + field + " needs its value"
          : "only a correction carries a value");
    }
  }
}
