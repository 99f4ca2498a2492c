package org.vigil.casualties;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The victim phrases of one list, told with one fate: "his wife, brother and nephew", "10
 * children and 5 women", "a commander as well as five aides".
 */
record VictimList(List<VictimPhrase> phrases) {

  VictimList {
    phrases = List.copyOf(phrases);
  }

  /** The index of the first word after the list. */
  int end() {
    return phrases.get(phrases.size() - 1).end();
  }

  int size() {
    return phrases.size();
  }

  /** The victims by category, summed over the phrases; a new map. */
  Map<String, Integer> categories() {
    Map<String, Integer> categories = new HashMap<>();
    for (VictimPhrase it : phrases) {
      it.countIn(categories);
    }
    return categories;
  }

  /** Whether every phrase names one person by kin ("his wife, brother and nephew"). */
  boolean individual() {
    boolean individual = true;
    for (VictimPhrase it : phrases) {
      individual &= it.kin() && it.quantity().best() != null && it.quantity().best() == 1;
    }
    return individual;
  }

  /** The figure of the whole list, read from words {@code start} to {@code end}. */
  Quantity total(int start, int end) {
    if (phrases.size() == 1) {
      Quantity q = phrases.get(0).quantity();
      return new Quantity(q.best(), q.low(), q.high(), start, end);
    }
    Integer best = 0;
    Integer high = 0;
    int low = 0;
    for (VictimPhrase it : phrases) {
      Quantity q = it.quantity();
      best = best == null || q.best() == null ? null : best + q.best();
      high = high == null || q.high() == null ? null : high + q.high();
      low += q.low() != null ? q.low() : q.best() != null ? q.best() : 0;
    }
    return new Quantity(best, low, high, start, end);
  }
}
