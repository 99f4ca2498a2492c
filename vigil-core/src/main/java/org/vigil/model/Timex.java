package org.vigil.model;

/**
 * A time expression normalised against the document date.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2019-11", "2015-W50", "P2M", "PRESENT_REF"), or null when the
 *     phrase has no value the text can pin down
 * @param precision day, week, month, quarter, year (DATE and TIME only), else null
 */
public record Timex(String text, String type, String value, String precision, Span span) {}
