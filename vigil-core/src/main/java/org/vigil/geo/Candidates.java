package org.vigil.geo;

import java.util.List;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;

/**
 * The gazetteer places one toponym may name, and how its name matched them.
 *
 * @param entries the places, in the gazetteer's order
 * @param match how the name found them
 */
record Candidates(List<GazetteerEntry> entries, Match match) {

  /** How a toponym's name found its places. */
  enum Match {
    /** As written, or as one of the article's longer names for it ("Suffolk County"). */
    NAME,
    /** By its consonant skeleton only: a transliteration the gazetteer spells otherwise. */
    SKELETON,
    /** By a part of the name, the whole being unknown ("Louisiana" of "Louisiana Purchase"). */
    PART,
    /** Not at all: neither the name nor its skeleton; its parts may still be places. */
    NONE
  }

  Candidates {
    entries = List.copyOf(entries);
  }

  /** Found by the consonant skeleton alone: too loose to trust outside the article's focus. */
  boolean loose() {
    return match == Match.SKELETON;
  }

  /** Found by a part of the name: the place is coarser than the name, a fallback. */
  boolean partial() {
    return match == Match.PART;
  }

  /**
   * The places that say which countries the article is about: none for a skeleton match, nor
   * where every place has the name only as one of a hamlet's other names ({@link
   * #strayAlias}); a part of a name is found later and never votes.
   */
  List<GazetteerEntry> sure(Toponym t) {
    boolean stray = entries.stream().allMatch(e -> strayAlias(t, e));
    return loose() || stray ? List.of() : entries;
  }

  /**
   * A hamlet called {@code t} only by one of its other names: too weak to say which country the
   * article is about, and abroad a misreading.
   */
  static boolean strayAlias(Toponym t, GazetteerEntry e) {
    return e.level() == Level.SETTLEMENT && e.population() < 1_000
        && !NameKey.exact(e.name()).equals(NameKey.exact(t.text()));
  }
}
