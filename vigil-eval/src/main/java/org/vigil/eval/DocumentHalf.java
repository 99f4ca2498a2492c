package org.vigil.eval;

import java.util.Locale;

/**
 * Which documents of a dev set to score: all, or every other one, counted from 0 in the set's
 * own order (lines of a JSONL or CSV file, sorted file names of a TimeML folder, a geoparsing
 * corpus's document numbers). Rules are developed on the even half and checked on the odd
 * one: a change that lifts one half and not the other fits documents, not the language.
 */
public enum DocumentHalf {
  ALL, EVEN, ODD;

  /** Whether the document numbered {@code index} (from 0) is scored. */
  public boolean keeps(int index) {
    return this == ALL || (index % 2 == 0) == (this == EVEN);
  }

  /** How a report names the half it scored: "" for all, " (even half)" otherwise. */
  String label() {
    return this == ALL ? "" : " (" + name().toLowerCase(Locale.ROOT) + " half)";
  }
}
