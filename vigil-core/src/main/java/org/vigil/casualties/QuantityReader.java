package org.vigil.casualties;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.tables.NumberWords;
import org.vigil.tables.WordLists;

/**
 * Reads a quantity starting at a word: digits ("1,200"), number words ("twenty-two", "three
 * hundred"), ranges ("between 10 and 15", "10 to 15"), bounds ("at least", "up to") and vague
 * amounts ("dozens", "hundreds", "scores").
 */
public final class QuantityReader {

  private static final WordLists WORDS = WordLists.load(QuantityReader.class, "numbers.tsv",
      Set.of("number-word", "vague", "round", "at-least", "at-most", "about"));

  /** Number words and their values; "thirty" and "one" make "thirty one" and "thirty-one". */
  private static final Map<String, Integer> UNITS = units();

  private static Map<String, Integer> units() {
    Map<String, Integer> units = new java.util.HashMap<>(WORDS.numbers("number-word"));
    for (String w : NumberWords.cardinals(1, 90)) {
      units.put(w, NumberWords.cardinal(w));
    }
    return Map.copyOf(units);
  }

  /** Vague plurals: the least the word can mean ("dozens" is at least two dozen). */
  private static final Map<String, Integer> VAGUE = WORDS.numbers("vague");

  /** Round numbers after "a": "a dozen", "a hundred", "a thousand". */
  private static final Map<String, Integer> ROUND = WORDS.numbers("round");

  /** "at least", "up to", "about": the phrases of a bound or an estimate, tried in order. */
  private static final List<String> AT_LEAST = WORDS.list("at-least");
  private static final List<String> AT_MOST = WORDS.list("at-most");
  private static final List<String> ABOUT = WORDS.list("about");
  /** The words that may hedge the top of a range: "from 500 to well over 1000". */
  private static final List<String> RANGE_TOP_HEDGES = java.util.stream.Stream.of(AT_LEAST,
      AT_MOST, ABOUT).flatMap(List::stream).toList();

  /** The quantity starting at word {@code i}, or null. "a"/"an" count as one. */
  public Quantity read(Words w, int i) {
    for (String p : AT_LEAST) {
      if (w.at(i, p)) {
        Quantity q = plain(w, i + p.split(" ").length);
        return q == null ? null
            : new Quantity(q.best(), q.low() != null ? q.low() : q.best(), null, i, q.end());
      }
    }
    for (String p : AT_MOST) {
      if (w.at(i, p)) {
        Quantity q = plain(w, i + p.split(" ").length);
        return q == null ? null : new Quantity(q.best(), null, q.magnitude(), i, q.end());
      }
    }
    for (String p : ABOUT) {
      if (w.at(i, p)) {
        Quantity q = plain(w, i + p.split(" ").length);
        if (q != null) {
          return q.best() == null ? new Quantity(null, q.low(), q.high(), i, q.end())
              : new Quantity(q.best(), null, null, i, q.end());
        }
      }
    }
    if (w.lower(i).equals("from")) {
      // "killed from 500 to well over 1000 people": a range, its top a bound however hedged
      Integer a = number(w, i + 1);
      int j = a == null ? i : numberEnd(w, i + 1);
      if (a != null && w.lower(j).equals("to")) {
        int k = j + 1;
        for (String p : RANGE_TOP_HEDGES) {
          if (w.at(k, p)) {
            k += p.split(" ").length;
            break;
          }
        }
        Integer b = number(w, k);
        if (b != null && b > a) {
          return new Quantity(null, a, b, i, numberEnd(w, k));
        }
      }
      return null;
    }
    if (w.lower(i).equals("between")) {
      Integer a = number(w, i + 1);
      if (a != null) {
        int j = numberEnd(w, i + 1);
        if (w.lower(j).equals("and")) {
          Integer b = number(w, j + 1);
          if (b != null && b > a) {
            return new Quantity(null, a, b, i, numberEnd(w, j + 1));
          }
        }
      }
      return null;
    }
    return plain(w, i);
  }

  /** A quantity with no bound word before it. */
  private Quantity plain(Words w, int i) {
    String s = w.lower(i);
    if (VAGUE.containsKey(s)) {
      return new Quantity(null, VAGUE.get(s), null, i, i + 1);
    }
    Integer round = ROUND.get(w.lower(i + 1));
    if (s.equals("a") && round != null) {
      return new Quantity(round, round, round, i, i + 2);
    }
    if ((s.equals("a") || s.equals("an")) && round == null) {
      if (w.at(i + 1, "few")) {
        return new Quantity(null, 2, null, i, i + 2);
      }
      return new Quantity(1, 1, 1, i, i + 1);
    }
    Integer n = number(w, i);
    if (n == null) {
      return null;
    }
    int j = numberEnd(w, i);
    // "10 to 15", "10-15"
    if (w.lower(j).equals("to") || w.lower(j).equals("-")) {
      Integer b = number(w, j + 1);
      if (b != null && b > n) {
        return new Quantity(null, n, b, i, numberEnd(w, j + 1));
      }
    }
    return new Quantity(n, n, n, i, j);
  }

  /** The number written from word {@code i} on, or null. */
  Integer number(Words w, int i) {
    String s = w.lower(i);
    if (s.matches("\\d{1,3}(,\\d{3})+|\\d{1,7}")) {
      int v = Integer.parseInt(s.replace(",", ""));
      if (w.lower(i + 1).equals("hundred")) {
        return v * 100;
      }
      if (w.lower(i + 1).equals("thousand")) {
        return v * 1000;
      }
      return v;
    }
    Integer v = wordValue(s);
    if (v == null) {
      return null;
    }
    int j = i + 1;
    Integer unit = wordValue(w.lower(j));
    if (v >= 20 && v < 100 && v % 10 == 0 && unit != null && unit < 10) {
      return v + unit; // "thirty one"
    }
    if (w.lower(j).equals("hundred")) {
      v *= 100;
      j++;
      int k = w.lower(j).equals("and") ? j + 1 : j;
      Integer rest = wordValue(w.lower(k));
      if (rest != null && rest < 100) {
        v += rest;
      }
    }
    if (w.lower(i + 1).equals("thousand")) {
      v *= 1000;
    }
    if (w.lower(i + 1).equals("dozen")) {
      v *= 12;
    }
    return v;
  }

  /** The index after the number starting at {@code i}. */
  int numberEnd(Words w, int i) {
    int j = i + 1;
    Integer tens = wordValue(w.lower(i));
    Integer unit = wordValue(w.lower(j));
    if (tens != null && tens >= 20 && tens < 100 && tens % 10 == 0 && unit != null
        && unit < 10) {
      return j + 1;
    }
    if (w.lower(j).equals("hundred")) {
      j++;
      int k = w.lower(j).equals("and") ? j + 1 : j;
      if (!w.lower(i).matches("\\d+") && wordValue(w.lower(k)) != null) {
        j = k + 1;
      }
    } else if (w.lower(j).equals("thousand") || w.lower(j).equals("dozen")) {
      j++;
    }
    return j;
  }

  /** "twenty-two" → 22; "seven" → 7; else null. */
  private static Integer wordValue(String s) {
    Integer v = UNITS.get(s);
    if (v != null) {
      return v;
    }
    int dash = s.indexOf('-');
    if (dash > 0) {
      Integer tens = UNITS.get(s.substring(0, dash));
      Integer unit = UNITS.get(s.substring(dash + 1));
      if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit < 10) {
        return tens + unit;
      }
    }
    return null;
  }
}
