package org.vigil.geo;

import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;
import org.vigil.model.PlacePrecision;
import org.vigil.model.Span;

/**
 * A toponym with the place chosen for it.
 *
 * @param entry the gazetteer place it names, or, for a fallback, the region that contains it
 * @param fallback the name is not in the gazetteer and {@code entry} is the nearest containing
 *     region the text names
 * @param placeId id of its entry in the article's places; null for demonyms
 */
public record ResolvedToponym(Toponym toponym, GazetteerEntry entry, boolean fallback,
    String placeId) {

  public Span span() {
    return toponym.span();
  }

  /**
   * The precision this mention earns: the entry's own; for a fallback, the containing
   * region's, or near a settlement when it fell back to one.
   */
  public PlacePrecision precision() {
    if (fallback && entry.level() == Level.SETTLEMENT) {
      return Level.DISTRICT.precision();
    }
    return entry.level().precision();
  }

  public ResolvedToponym withPlaceId(String id) {
    return new ResolvedToponym(toponym, entry, fallback, id);
  }
}
