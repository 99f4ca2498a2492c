package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.NOBODY_HURT;
import static org.vigil.casualties.CasualtyWords.NOBODY_INJURED;
import static org.vigil.casualties.CasualtyWords.NOBODY_KILLED;
import static org.vigil.casualties.CasualtyWords.NO_CASUALTIES;
import static org.vigil.casualties.CasualtyWords.NO_DEATHS;
import static org.vigil.casualties.CasualtyWords.NO_INJURIES;

import java.util.List;
import java.util.Map;

/**
 * Reads an explicit zero: "caused no human casualties", "the YPG reported no deaths", "no one
 * was hurt", which is a figure (0), not the absence of one.
 */
final class NoCasualties {

  private NoCasualties() {}

  /**
   * "caused no human casualties", "the YPG reported no deaths", "no one was hurt": an explicit
   * zero, which is a figure (0), not the absence of one. Casualties and hurt are both killed
   * and injured; deaths only killed, injuries only injured. A zero of one group ("no
   * casualties among the soldiers", "in the ranks of") says nothing of the others: not read.
   * Returns the index after what was read, {@code i} if none.
   */
  static int read(Words w, int i, List<CasualtyMention> out) {
    int j;
    if (w.lower(i).equals("no") && !w.lower(i + 1).equals("one")) {
      j = i + 1;
      if (w.lower(j).equals("human")) {
        j++;
      }
    } else if (w.lower(i).equals("without")) {
      j = i + 1;
      while ((w.lower(j).equals("causing") || w.lower(j).equals("any")) && j < i + 3) {
        j++;
      }
    } else if (w.at(i, "no one") || w.lower(i).equals("nobody")) {
      return nobody(w, i, out);
    } else {
      return i;
    }
    String both = CasualtyWords.phraseAt(w, j, NO_CASUALTIES);
    String deaths = CasualtyWords.phraseAt(w, j, NO_DEATHS);
    String injuries = CasualtyWords.phraseAt(w, j, NO_INJURIES);
    boolean dead = both != null || deaths != null;
    boolean hurt = both != null || injuries != null;
    if (!dead && !hurt || w.lower(j + 1).equals("among") || w.at(j + 1, "in the ranks")) {
      return i;
    }
    int end = j + CasualtyWords.length(both != null ? both : deaths != null ? deaths : injuries);
    zero(w, i, end, dead, hurt, out);
    return end;
  }

  /** "no one was hurt", "nobody was killed", "no one was injured" at {@code i}. */
  private static int nobody(Words w, int i, List<CasualtyMention> out) {
    int j = i + (w.lower(i).equals("nobody") ? 1 : 2);
    if (w.lower(j).equals("was") || w.lower(j).equals("were")) {
      j++;
    }
    String verb = w.lower(j);
    boolean dead = NOBODY_KILLED.contains(verb);
    boolean hurt = NOBODY_HURT.contains(verb);
    if (!dead && !hurt && !NOBODY_INJURED.contains(verb)) {
      return i;
    }
    zero(w, i, j + 1, dead || hurt, !dead, out);
    return j + 1;
  }

  private static void zero(Words w, int from, int to, boolean killed, boolean injured,
      List<CasualtyMention> out) {
    for (CasualtyMention.Kind kind : CasualtyMention.Kind.values()) {
      if (kind == CasualtyMention.Kind.KILLED ? killed : injured) {
        out.add(new CasualtyMention(kind, new Quantity(0, 0, 0, from, to), Map.of(), false,
            false, false, w.span(from, to)));
      }
    }
  }
}
