package org.vigil.geo;

import java.util.BitSet;
import org.vigil.geo.gazetteer.Distance;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;

/**
 * How a candidate sits among the places chosen so far for the article's other toponyms: how
 * near it lies to them, and whether one of them holds it. An article's places cluster; a
 * candidate far from all of them is usually a namesake.
 */
final class Coherence {
  private Coherence() {}

  /**
   * The distance in km from {@code c} to the nearest place chosen for another toponym, not one
   * of its {@code kin} and below countries and regions; {@link Double#MAX_VALUE} if none.
   */
  static double nearestOther(GazetteerEntry c, GazetteerEntry[] chosen, BitSet kin) {
    double best = Double.MAX_VALUE;
    for (int j = 0; j < chosen.length; j++) {
      GazetteerEntry o = chosen[j];
      if (kin.get(j) || o == null || o == c || o.level() == Level.COUNTRY
          || o.level() == Level.REGION) {
        continue;
      }
      best = Math.min(best, Distance.km(c.lat(), c.lon(), o.lat(), o.lon()));
    }
    return best;
  }

  /**
   * Whether {@code container} holds {@code c}: its country or first-level region, or a town or
   * district within 30 km.
   */
  static boolean inside(GazetteerEntry c, GazetteerEntry container) {
    if (c == container) {
      return false;
    }
    return switch (container.level()) {
      case COUNTRY -> c.country().equals(container.country());
      case ADMIN1 -> c.country().equals(container.country())
          && c.admin1().equals(container.admin1()) && c.level() != Level.ADMIN1;
      case SETTLEMENT, DISTRICT ->
          Distance.km(c.lat(), c.lon(), container.lat(), container.lon()) < 30;
      default -> false;
    };
  }

  /**
   * Whether the article names a first-level region that holds {@code c}, other than one that
   * {@code t} itself may name ("Idlib" the city and "Idlib" the province).
   */
  static boolean inNamedRegion(Toponym t, GazetteerEntry c, GazetteerEntry[] chosen,
      int self) {
    String key = NameKey.exact(t.text());
    for (int j = 0; j < chosen.length; j++) {
      if (j != self && chosen[j] != null && chosen[j].level() == Level.ADMIN1
          && inside(c, chosen[j])
          && chosen[j].names().stream().noneMatch(n -> NameKey.exact(n).equals(key))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place found only as a person's name may be meant: it sits in the country the
   * article is most about, near its other towns and regions if it names any.
   */
  static boolean plausible(GazetteerEntry c, CountryWeights focus, GazetteerEntry[] chosen,
      BitSet kin) {
    double nearest = nearestOther(c, chosen, kin);
    return focus.top() > 0 && focus.of(c.country()) == focus.top()
        && (nearest < 500 || nearest == Double.MAX_VALUE);
  }
}
