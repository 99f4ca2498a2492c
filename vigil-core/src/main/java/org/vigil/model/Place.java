package org.vigil.model;

import java.util.List;

/**
 * One toponym of the article with every mention; coordinates and codes are null until a
 * gazetteer resolves it.
 *
 * @param precision how large an area it stands for: a settlement, near one, a first-level
 *     region, a country; null when unresolved
 * @param mentions every span that names the place, in text order, its people's adjective
 *     included ("Syrian" of Syria), as geoparsing gold marks it
 * @param demonyms the mentions that are such adjectives: they say whose, not where, so no
 *     incident is placed by them
 */
public record Place(
    String id, String name, Long geonameId, Double lat, Double lon, String country,
    String admin1, PlacePrecision precision, List<Span> mentions, List<Span> demonyms) {
  public Place {
    mentions = List.copyOf(mentions);
    demonyms = List.copyOf(demonyms);
  }

  /** The mentions that write the place's name: {@link #mentions} without the demonyms. */
  public List<Span> names() {
    return mentions.stream().filter(m -> !demonyms.contains(m)).toList();
  }
}
