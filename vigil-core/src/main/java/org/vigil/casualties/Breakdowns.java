package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.BETWEEN;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the breakdown of a figure into its victim categories: "killing 22 people, including 9
 * children and 7 women", "among them", "of whom", "mostly", "at least 56 dead including 11
 * children". A breakdown fills the categories and is never added to the total (22, not 38).
 */
final class Breakdowns {

  private final VictimPhraseReader phrases;
  private final Fates fates;

  Breakdowns(VictimPhraseReader phrases, Fates fates) {
    this.phrases = phrases;
    this.fates = fates;
  }

  /**
   * Reads a breakdown after a list of victims ending at {@code j} into {@code categories};
   * returns the index after it, where the list's fate may follow, or {@code j} when none.
   */
  int afterList(Words w, int j, Map<String, Integer> categories) {
    int after = j;
    // "killing 22 people, including 9 children and 7 women": categories, not more victims
    int k = w.lower(j).equals(",") || w.lower(j).equals("-") ? j + 1 : j;
    int breakdown = w.at(k, "including") || w.at(k, "mostly") ? 1
        : w.at(k, "among them") || w.at(k, "among whom") || w.at(k, "of whom") ? 2 : 0;
    if (breakdown > 0) {
      Map<String, Integer> split = new HashMap<>();
      int b = read(w, k + breakdown, split);
      if (!split.isEmpty()) {
        categories.putAll(split);
        after = b;
        while (after > k && (w.lower(after - 1).equals("and") || w.lower(after - 1).equals(","))) {
          after--;
        }
      } else {
        // "16 civilians including women and children were killed", "73 civilians mostly
        // women and children were killed": no figures, skip over
        int skip = k + breakdown;
        while (skip < k + breakdown + 8 && skip < w.size() && !BETWEEN.contains(w.lower(skip))
            && fates.state(w, skip) == null && !w.lower(skip).equals(".")) {
          skip++;
        }
        if (BETWEEN.contains(w.lower(skip)) || fates.state(w, skip) != null) {
          after = skip;
        }
      }
    }
    return after;
  }

  /**
   * Reads a breakdown after the state ending at {@code end} into {@code categories}: "at least
   * 56 dead including 11 children"; returns the index after it, or {@code end} when none.
   */
  int afterState(Words w, int end, Map<String, Integer> categories) {
    if (!w.at(end, "including")) {
      return end;
    }
    Map<String, Integer> split = new HashMap<>();
    int b = read(w, end + 1, split);
    if (split.isEmpty()) {
      return end;
    }
    categories.putAll(split);
    int after = b;
    while (w.lower(after - 1).equals("and") || w.lower(after - 1).equals(",")) {
      after--;
    }
    return after;
  }

  /**
   * Reads the victim phrases of a breakdown from {@code b} ("9 children and 7 women") into
   * {@code split}; returns the index after the last one read.
   */
  private int read(Words w, int b, Map<String, Integer> split) {
    while (true) {
      VictimPhrase it = phrases.read(w, b, true);
      if (it == null || it.bare() || it.category().isEmpty()) {
        return b;
      }
      it.countIn(split);
      b = it.end();
      if (w.lower(b).equals("and") || w.lower(b).equals(",")) {
        b += w.at(b, ", and") ? 2 : 1;
      } else {
        return b;
      }
    }
  }
}
