package org.vigil.time;

/**
 * The tense of the clause around a time expression: which way an underspecified date points.
 * {@code REPORTED} is a verb of saying ("said Tuesday"): the saying is past, but a date it
 * introduces ("payable Nov. 16, the company said") may lie either way.
 */
public enum Tense {
  PAST, PRESENT, FUTURE, REPORTED, UNKNOWN
}
