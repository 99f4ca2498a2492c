package org.vigil.eval;

import java.util.List;

/**
 * What one evaluation printed: the gold it read, its scores, and notes on each miss so a
 * developer can see why.
 */
public record Report(String gold, List<Score> scores, List<String> misses) {
  public Report {
    scores = List.copyOf(scores);
    misses = List.copyOf(misses);
  }

  /** The score called {@code name}; fails loudly when there is none. */
  public Score score(String name) {
    return scores.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no score " + name + " in " + scores));
  }
}
