package org.vigil.casualties;

/**
 * How many, as the text says it: exact, bounded or vague.
 *
 * <p>Vague words keep their vagueness: "hundreds" is low 200 with no best figure, "dozens" low
 * 24; "at least 12" is best 12, low 12, no high; "between 10 and 15" low 10, high 15, no best.
 *
 * @param end the index of the first word after the quantity
 */
public record Quantity(Integer best, Integer low, Integer high, int start, int end) {

  /** The figure to rank and sum with: best, else low, else high, else 0. */
  public int magnitude() {
    return best != null ? best : low != null ? low : high != null ? high : 0;
  }
}
