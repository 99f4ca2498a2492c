package org.vigil.casualties;

import java.util.Map;

/**
 * One victim phrase: "22 people", "his wife", "a civilian", or a bare "13".
 *
 * @param end the index of the first word after the phrase
 * @param category the victims' category, "" for none
 * @param noun the noun that names the victims, "" for a bare figure
 * @param kin one person named by kin ("his wife") or told apart ("one of the commanders")
 * @param bare a figure with no noun after it
 */
record VictimPhrase(int start, int end, Quantity quantity, String category, String noun,
    boolean kin, boolean bare) {

  /** Adds this phrase's figure to its category in {@code categories}, if it has one. */
  void countIn(Map<String, Integer> categories) {
    if (!category.isEmpty()) {
      categories.merge(category, quantity.magnitude(), Integer::sum);
    }
  }
}
