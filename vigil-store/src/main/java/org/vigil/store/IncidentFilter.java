package org.vigil.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Which incidents a query or an export wants; null fields filter nothing.
 *
 * @param country ISO 3166 alpha-2 code
 * @param region first-level region (governorate, province, state) as the gazetteer names it
 * @param type an ACLED event type or sub-event type
 * @param actor words of a perpetrator's or target's name or ACLED category
 * @param from incidents that may have happened on or after this day
 * @param to incidents that may have happened on or before this day
 * @param minKilled incidents whose best (else lowest) toll is at least this
 * @param text words found in the incident's places, kinds, triggers or source titles
 * @param limit at most this many, or 0 for all
 */
public record IncidentFilter(String country, String region, String type, String actor,
    LocalDate from, LocalDate to, Integer minKilled, String text, int limit) {

  public static final IncidentFilter ALL =
      new IncidentFilter(null, null, null, null, null, null, null, null, 0);

  /** The words of {@link #text}, lower case, each of which an incident must hold; none if blank. */
  public List<String> words() {
    return text == null || text.isBlank() ? List.of()
        : List.of(text.toLowerCase(Locale.ROOT).trim().split("\\s+"));
  }
}
