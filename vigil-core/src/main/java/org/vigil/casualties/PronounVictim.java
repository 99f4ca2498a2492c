package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.BETWEEN;

import java.util.List;
import java.util.Map;

/**
 * Reads the fate of one person told by a pronoun: "he was wounded", "Soleimani, who was
 * assassinated".
 */
final class PronounVictim {

  private final Fates fates;

  PronounVictim(Fates fates) {
    this.fates = fates;
  }

  /**
   * "he was wounded", "Soleimani, who was assassinated": one person. Returns the index after
   * what was read, {@code i} if none.
   */
  int read(Words w, int i, List<CasualtyMention> out) {
    String s = w.lower(i);
    boolean person = s.equals("he") || s.equals("she")
        || s.equals("who") && w.lower(i - 1).equals(",") && i >= 2
            && Character.isUpperCase(w.get(i - 2).text().charAt(0));
    if (!person) {
      return i;
    }
    int j = i + 1;
    if (!(w.lower(j).equals("was") || w.at(j, "had been") || w.at(j, "has been"))) {
      return i;
    }
    j += w.lower(j).equals("was") ? 1 : 2;
    while (BETWEEN.contains(w.lower(j)) && j < i + 5) {
      j++;
    }
    CasualtyMention.Kind kind = fates.state(w, j);
    if (kind == null) {
      return i;
    }
    out.add(new CasualtyMention(kind, new Quantity(1, 1, 1, i, i + 1), Map.of(), true, false,
        false, w.span(i, j + 1)));
    return j + 1;
  }
}
