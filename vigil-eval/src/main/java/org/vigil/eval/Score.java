package org.vigil.eval;

/**
 * One figure of an evaluation: a name, a value in [0, 1] or a count, and what it was counted
 * over ("9/9 quotes").
 */
public record Score(String name, double value, String detail) {

  /** A share: {@code hits} of {@code total}, with its fraction as value (0 when total is 0). */
  public static Score share(String name, int hits, int total, String unit) {
    return new Score(name, total == 0 ? 0 : (double) hits / total, hits + "/" + total + " " + unit);
  }

  @Override
  public String toString() {
    return String.format("%-40s %7.3f  %s", name, value, detail);
  }
}
