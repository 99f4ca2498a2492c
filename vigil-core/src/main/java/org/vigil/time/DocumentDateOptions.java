package org.vigil.time;

import java.util.List;

/**
 * How a document date is inferred when the input gives none.
 *
 * @param headerChars a full date starting within this many characters of the top is taken as
 *     the dateline date ("Wed 05 Apr 2017 Syria attack …"); default 200
 * @param conflicts wars whose age a report may give ("the six-year-old conflict"); default
 *     {@link ConflictStart#defaults()}
 */
public record DocumentDateOptions(int headerChars, List<ConflictStart> conflicts) {
  public DocumentDateOptions {
    conflicts = List.copyOf(conflicts);
  }

  public static DocumentDateOptions defaults() {
    return new DocumentDateOptions(200, ConflictStart.defaults());
  }
}
