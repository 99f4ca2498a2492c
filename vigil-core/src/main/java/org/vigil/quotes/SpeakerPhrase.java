package org.vigil.quotes;

/**
 * The phrase a cue names as speaker, tokens {@code [from, to)}, before resolution.
 *
 * @param id the person or organisation it names, for {@link Kind#ENTITY}
 * @param word the pronoun, or the head word of a name or description
 */
record SpeakerPhrase(int from, int to, Kind kind, String id, String word) {

  /** What the phrase is. */
  enum Kind { ENTITY, PRONOUN, NAME, DESCRIPTION }
}
