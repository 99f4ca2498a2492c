package org.vigil.geo;

import java.util.Collections;
import java.util.Map;

/**
 * Countries, by ISO code, weighted by how much an article is about each.
 *
 * @param weights the weight of each country named; the map as built, whose order breaks ties
 * @param top the largest weight, 0 when no country is named
 */
record CountryWeights(Map<String, Double> weights, double top) {

  /** {@code weights} with their largest. */
  static CountryWeights of(Map<String, Double> weights) {
    double top = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return new CountryWeights(Collections.unmodifiableMap(weights), top);
  }

  /** The weight of {@code country}, 0 when the article does not name it. */
  double of(String country) {
    return weights.getOrDefault(country, 0.0);
  }

  /** Whether the article names any country. */
  boolean any() {
    return top > 0;
  }
}
