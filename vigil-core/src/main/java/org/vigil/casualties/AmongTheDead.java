package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.AUXILIARIES;
import static org.vigil.casualties.CasualtyWords.DEAD_GROUPS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads who the dead were, said apart from how many: "five of the dead were children", "of
 * those killed, six were children", "seven of them children", "three children were among the
 * dead", "Ten children were among at least 48 people killed".
 */
final class AmongTheDead {

  private final QuantityReader quantities;
  private final VictimPhraseReader phrases;
  private final Fates fates;

  AmongTheDead(QuantityReader quantities, VictimPhraseReader phrases, Fates fates) {
    this.quantities = quantities;
    this.phrases = phrases;
    this.fates = fates;
  }

  /**
   * Who the dead were, said apart from how many: "five of the dead were children", "of those
   * killed, six were children", and after a figure, "seven of them children" or "on Tuesday,
   * among them four children". The first two say at least that many were killed; the others
   * refine the figure before them. Returns the index after what was read, {@code i} if none.
   */
  int read(Words w, int i, List<CasualtyMention> out) {
    int q = i;
    boolean lead = w.at(i, "of those killed") || w.at(i, "of the dead");
    boolean amongThem = w.at(i, "among them") || w.at(i, "among whom");
    if (lead) {
      q = w.lower(i + 3).equals(",") ? i + 4 : i + 3;
    } else if (amongThem) {
      q = i + 2;
    }
    Quantity n = quantities.read(w, q);
    if (n == null || n.best() == null || n.start() != q) {
      return i;
    }
    int j = n.end();
    boolean ofThem = amongThem || !lead && (w.at(j, "of them") || w.at(j, "of whom"));
    boolean ofDead = !lead && (w.at(j, "of those killed")
        || w.lower(j).equals("of") && w.lower(j + 1).equals("the")
        && DEAD_GROUPS.contains(w.lower(j + 2)));
    if (!(lead || ofThem || ofDead)) {
      return i;
    }
    j += lead || amongThem ? 0 : ofThem ? 2 : 3;
    if (AUXILIARIES.contains(w.lower(j))) {
      j++;
    }
    String category = VictimNouns.category(w.lower(j));
    if (category == null || category.isEmpty()) {
      return i;
    }
    if (ofThem) {
      return refine(out, category, n.best()) ? j + 1 : i;
    }
    out.add(new CasualtyMention(CasualtyMention.Kind.KILLED,
        new Quantity(null, n.best(), null, n.start(), n.end()), Map.of(category, n.best()),
        false, false, false, w.span(i, j + 1)));
    return j + 1;
  }

  /** Puts {@code n} victims of {@code category} into the last killed figure of a group. */
  private static boolean refine(List<CasualtyMention> out, String category, int n) {
    for (int k = out.size() - 1; k >= 0; k--) {
      CasualtyMention m = out.get(k);
      if (m.kind() == CasualtyMention.Kind.KILLED && !m.individual()) {
        Map<String, Integer> merged = new HashMap<>(m.categories());
        merged.put(category, n);
        out.set(k, new CasualtyMention(m.kind(), m.count(), merged, false, m.toll(),
            m.update(), m.span(), m.byKinds()));
        return true;
      }
    }
    return false;
  }

  /**
   * Reads "were among" after a list of victims, read from {@code i} to {@code after} with
   * {@code categories}: "three children were among the dead", "among those killed" say at
   * least they died; "Ten children were among at least 48 people killed" says the children
   * are part of the 48 (after the breakdown, if one came: "Six civilians including a child
   * were among at least 22 people killed"). Returns the index after what was read, -1 if none.
   */
  int afterList(Words w, int i, int after, Map<String, Integer> categories, boolean toll,
      boolean update, List<CasualtyMention> out) {
    int among = w.at(after, "were among") || w.at(after, "was among")
        || w.at(after, "are among") ? after + 2 : w.at(after, "among") ? after + 1 : -1;
    if (among > 0 && (w.lower(among).equals("the") || w.lower(among).equals("those"))
        && DEAD_GROUPS.contains(w.lower(among + 1))) {
      // "three children were among the dead", "among those killed": at least they died
      int n = categories.values().stream().mapToInt(Integer::intValue).sum();
      out.add(new CasualtyMention(CasualtyMention.Kind.KILLED,
          new Quantity(null, n, null, i, after), categories, false, toll, update,
          w.span(i, among + 2)));
      return among + 2;
    }
    if (among > 0) {
      VictimPhrase whole = phrases.read(w, among, false);
      if (whole == null && w.lower(among).equals("the")) {
        whole = phrases.read(w, among + 1, false); // "among the 28 dead"
      }
      if (whole != null && (!whole.bare() || DEAD_GROUPS.contains(w.lower(whole.end())))) {
        Map<String, Integer> merged = new HashMap<>(categories);
        whole.countIn(merged);
        int r = Fates.pastAuxiliaries(w, whole.end());
        CasualtyMention.Kind kind = fates.state(w, r);
        if (kind != null) {
          Quantity q = whole.quantity();
          out.add(new CasualtyMention(kind, new Quantity(q.best(), q.low(), q.high(), among,
              whole.end()), merged, false, toll, update, w.span(i, r + 1)));
          return r + 1;
        }
      }
    }
    return -1;
  }
}
