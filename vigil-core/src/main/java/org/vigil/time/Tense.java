package org.vigil.time;

/** The tense of the clause around a time expression: which way an underspecified date points. */
public enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN
}
