package org.vigil.incidents;

import java.time.LocalDate;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event.Count;
import org.vigil.model.PlacePrecision;
import org.vigil.model.EventType;
import org.vigil.model.SubEventType;

/**
 * What of one event of one article decides which real-world incident it reports: its kind, its
 * days, its place, its toll and its words. A store keeps these as columns, so that an incident
 * can be matched and summed up without reading the article again.
 *
 * @param key stable across re-extraction: the input's hash and the trigger's offset
 * @param from first day the event's date can mean; null when the report gives no date at all
 * @param to last day the event's date can mean
 * @param day the day the date names: the event's own day, or the report's day that a
 *     week-long fallback stands for; null for a month, a quarter, a year or an ISO week
 * @param precision of the date: day, week, month, quarter, year
 * @param placePrecision the place's: a settlement, near one, a first-level region, a country
 * @param words content words of the sentences that tell the event, lower case
 */
public record EventSketch(
    String key, EventType type, SubEventType subtype,
    LocalDate from, LocalDate to, LocalDate day, DatePrecision precision,
    String placeName, Double lat, Double lon, PlacePrecision placePrecision, String country,
    String admin1, Count killed, Count injured, Wording words) {

  public boolean hasPoint() {
    return lat != null && lon != null;
  }

  /** Placed at or near a named settlement, with its point. */
  public boolean inSettlement() {
    return placePrecision != null && placePrecision.atOrNearSettlement() && hasPoint();
  }

  /** Days the date spans; a long span ("in 2016") cannot tell one incident from another. */
  public long days() {
    return from == null ? Long.MAX_VALUE : to.toEpochDay() - from.toEpochDay() + 1;
  }
}
