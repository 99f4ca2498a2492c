package org.vigil.model;

/**
 * Something a speaker said, directly (in quotation marks) or reported.
 *
 * @param span the quoted words with their quotation marks (direct), or the reported clause
 * @param speaker id of a person or organisation of the article, or null when nobody is named
 * @param speakerName the speaker's full name as the article gives it, or null
 * @param cue the span that attributes the quote ("said Ismail al-Asali", "the 22-year-old
 *     told AFP"), or null when the speaker is carried over from a neighbouring quote
 * @param kind "direct" or "indirect"
 */
public record Quote(
    Span span, String text, String speaker, String speakerName, Span cue, String kind) {}
