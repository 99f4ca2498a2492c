package org.vigil.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.NameKey;

/**
 * The resolver's fourth stage: how the text ties the article's toponyms to one another, read
 * once from the text and the names alone.
 *
 * @param container for each toponym, the index of the toponym the text says contains it
 *     ({@link Containment}), or -1
 * @param siblings for each toponym, the toponyms listed beside it: "California or Washington"
 * @param kin for each toponym, the toponyms whose name holds its name or is held by it
 *     ("Montgomery County" and "Montgomery County History Center"): a name cannot vouch for
 *     its own place
 */
record ToponymLinks(int[] container, int[][] siblings, BitSet[] kin) {
  /** Text between the members of a list or an alternative: "California or Washington". */
  private static final Pattern SIBLING_JOIN =
      Pattern.compile("\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)");

  /** The links between {@code toponyms}, found in that order in {@code text}. */
  static ToponymLinks read(List<Toponym> toponyms, String text, Containment containment) {
    return new ToponymLinks(containment.containers(toponyms, text), siblings(toponyms, text),
        kin(toponyms));
  }

  /** The place chosen for the container of toponym {@code i}, or null. */
  GazetteerEntry containerOf(int i, GazetteerEntry[] chosen) {
    return container[i] >= 0 ? chosen[container[i]] : null;
  }

  private static int[][] siblings(List<Toponym> toponyms, String text) {
    int n = toponyms.size();
    int[][] out = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> s = new ArrayList<>(2);
      for (int j : new int[] {i - 1, i + 1}) {
        if (j < 0 || j >= n) {
          continue;
        }
        Toponym a = toponyms.get(Math.min(i, j));
        Toponym b = toponyms.get(Math.max(i, j));
        if (a.kind() == Toponym.Kind.NAME && b.kind() == Toponym.Kind.NAME
            && SIBLING_JOIN.matcher(text.substring(a.span().end(), b.span().start())).matches()) {
          s.add(j);
        }
      }
      out[i] = s.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private static BitSet[] kin(List<Toponym> toponyms) {
    int n = toponyms.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = " " + NameKey.exact(toponyms.get(i).text()) + " ";
    }
    BitSet[] kin = new BitSet[n];
    for (int i = 0; i < n; i++) {
      kin[i] = new BitSet(n);
      for (int j = 0; j < n; j++) {
        if (keys[i].contains(keys[j]) || keys[j].contains(keys[i])) {
          kin[i].set(j);
        }
      }
    }
    return kin;
  }
}
