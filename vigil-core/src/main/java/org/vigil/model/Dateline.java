package org.vigil.model;

/**
 * The wire-service opening of a report, such as {@code QAH (Syria) (AFP) –}.
 *
 * @param text the dateline as written, without the trailing dash
 * @param placeName the settlement the dateline names, as written ("Qah"), or null
 * @param country the country (or a state: "Wash.") in parentheses or after a comma, as
 *     written, or null
 * @param place id of the matching entry in the article's places, or null
 * @param agency the agency ("AFP", "Reuters"), or null
 * @param date the date written in the dateline, ISO form, or null
 */
public record Dateline(
    String text, String placeName, String country, String place, String agency, String date,
    Span span) {

  public Dateline withPlace(String placeId) {
    return new Dateline(text, placeName, country, placeId, agency, date, span);
  }
}
