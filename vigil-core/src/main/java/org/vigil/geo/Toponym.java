package org.vigil.geo;

import org.vigil.model.Span;

/**
 * A stretch of text that names a place, as found before resolution.
 *
 * @param text the name as written ("Albu Kamal"), without a region word after it
 * @param kind a name, or a demonym that only points to one ("Syrian")
 * @param cue what the words around it say the place is ("Idlib province": a region)
 * @param weak found only by the gazetteer where CoreNLP saw a person ("Albu Kamal"): kept only
 *     when it resolves close to the article's other places
 * @param dateline the place of the article's dateline
 */
public record Toponym(Span span, String text, Kind kind, Cue cue, boolean weak,
    boolean dateline) {

  /** What the stretch of text is. */
  public enum Kind { NAME, DEMONYM }

  /** The kind of place the surrounding words announce. */
  public enum Cue {
    NONE,
    /** "Idlib province", "the governorate of Idlib". */
    REGION,
    /** "the camp of Qah", "the town of Saraqeb", "Atmeh village". */
    SETTLEMENT,
    /** "Aleppo's Sukkari district", "the neighbourhood of Bab Amr". */
    DISTRICT
  }
}
