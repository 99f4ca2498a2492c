package org.vigil.geo;

import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;

/**
 * How strongly a toponym names a gazetteer place by itself, before the article's context: by
 * the place's size, its level, and whether the name is its own or one of the many a town
 * collects.
 */
final class Prominence {
  /** A listed area's size, in the powers of ten of a town's population it weighs as. */
  private static final double AREA_WEIGHT = 5;

  private Prominence() {}

  /** The prominence of {@code c} as the place {@code t} names, in powers of ten of people. */
  static double of(Toponym t, GazetteerEntry c) {
    // Size, and prominence: a place the world writes about has many names ("New York City"
    // has hundreds, the state of New York a handful).
    double s = Math.log10(c.population() + 1.0) + 0.7 * Math.log(1 + c.names().size());
    if (c.listedArea()) {
      s += AREA_WEIGHT; // listed for being named in the news, with no population to show it
    }
    switch (c.level()) {
      case COUNTRY -> s += 5;
      case REGION -> s += 10; // "Africa" the continent, not a town called Africa
      case ADMIN1 -> s += 0.5 + (t.cue() == Toponym.Cue.REGION ? 6 : 0)
          - (t.cue() == Toponym.Cue.SETTLEMENT ? 3 : 0);
      case DISTRICT -> s += t.cue() == Toponym.Cue.DISTRICT ? 2 : 0;
      default -> s += switch (c.featureCode()) {
        case "PPLC" -> 1.5;
        case "PPLA" -> 1;
        case "PPLA2" -> 0.3;
        default -> 0;
      };
    }
    if (t.cue() == Toponym.Cue.REGION && c.level() == Level.SETTLEMENT) {
      s -= 2;
    }
    String own = NameKey.exact(c.name());
    String key = NameKey.exact(t.text());
    if (own.equals(key) || own.equals(key + " county")) {
      s += 2; // its own name, not one of the many a town collects ("Idaho" of Idaho Springs)
    }
    return s;
  }
}
