package org.vigil.incidents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.vigil.model.Event.Count;

/**
 * An incident's casualty figure over its sources, the UCDP way: the lowest and highest any
 * source gives, and a best estimate between them.
 *
 * <p>Each source is one story (copies of one wire story count once). Best is the median of the
 * sources' best figures, the lower of the two middle ones when their number is even: a toll
 * told by two sources as 112 and 126 is best 112, low 112, high 126. A source that gives only a
 * bound ("hundreds": low 200) widens the range and leaves best to the others.
 */
public record Figure(Integer low, Integer best, Integer high) {

  public static final Figure NONE = new Figure(null, null, null);

  /** The figure over the sources' counts; nulls are sources that give none. */
  public static Figure over(Collection<Count> sources) {
    List<Integer> bests = new ArrayList<>();
    Integer low = null;
    Integer high = null;
    for (Count c : sources) {
      if (c == null) {
        continue;
      }
      Integer l = c.low() != null ? c.low() : c.best();
      Integer h = c.high() != null ? c.high() : c.best() != null ? c.best() : c.low();
      if (c.best() != null) {
        bests.add(c.best());
      }
      if (l != null) {
        low = low == null ? l : Integer.valueOf(Math.min(low, l));
      }
      if (h != null) {
        high = high == null ? h : Integer.valueOf(Math.max(high, h));
      }
    }
    bests.sort(null);
    Integer best = bests.isEmpty() ? null : bests.get((bests.size() - 1) / 2);
    return new Figure(low, best, high);
  }

  public boolean isKnown() {
    return low != null || best != null || high != null;
  }

  /** The figure a comparison reads: the best estimate, else the bound that is known. */
  public Integer point() {
    return best != null ? best : low != null ? low : high;
  }
}
