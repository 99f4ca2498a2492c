package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.TOLL_PHRASES;
import static org.vigil.casualties.CasualtyWords.TOLL_RISES;
import static org.vigil.casualties.CasualtyWords.UPDATES;

import java.util.List;

/**
 * Reads a death toll: "the death toll rose to 30", "the number of victims reached 12", a killed
 * figure that later tolls update, and which replaces earlier figures when it "rose".
 */
final class DeathToll {

  private final QuantityReader quantities;
  private final VictimGroupReader groups;

  DeathToll(QuantityReader quantities, VictimGroupReader groups) {
    this.quantities = quantities;
    this.groups = groups;
  }

  /**
   * "the death toll rose to 30": a killed figure that later tolls update. Returns the index
   * after what was read, {@code i} if none.
   */
  int read(Words w, int i, List<CasualtyMention> out) {
    int t;
    String phrase = CasualtyWords.phraseAt(w, i, TOLL_PHRASES);
    if (phrase != null) {
      t = i + CasualtyWords.length(phrase);
    } else if (w.lower(i).equals("toll")) {
      t = i + 1;
    } else {
      return i;
    }
    boolean update = false;
    for (int j = t; j < Math.min(w.size(), t + 16); j++) {
      String s = w.lower(j);
      if (s.equals(";") || s.equals("toll")) {
        break;
      }
      if (UPDATES.contains(s)) {
        update = update || TOLL_RISES.contains(s);
        continue;
      }
      if (s.equals("from") && quantities.number(w, j + 1) != null) {
        j = quantities.numberEnd(w, j + 1) - 1;
        continue;
      }
      if (s.equals("a") || s.equals("an") || s.equals("several")) {
        continue;
      }
      Quantity q = quantities.read(w, j);
      if (q == null || NotPeople.figure(w, q)) {
        continue;
      }
      if (q.best() == null && VictimNouns.category(w.lower(q.end())) == null
          && !w.lower(q.end()).equals("of")) {
        continue; // "dozens" alone after "toll" is too loose to count
      }
      int end = groups.read(w, j, out, CasualtyMention.Kind.KILLED, true, update);
      return Math.max(end, j + 1);
    }
    return i;
  }
}
