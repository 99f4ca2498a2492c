package org.vigil.model;

import java.util.List;

/**
 * One toponym of the article with every mention; coordinates and codes are null until a
 * gazetteer resolves it.
 *
 * @param precision 1 named settlement, 2 near a settlement or district, 3 first-level region,
 *     4 country; null when unresolved
 */
public record Place(
    String id, String name, Long geonameId, Double lat, Double lon, String country,
    String admin1, Integer precision, List<Span> mentions) {
  public Place {
    mentions = List.copyOf(mentions);
  }
}
