package org.vigil.flink;

import org.vigil.document.Document;
import org.vigil.document.ReadOutcome;

/**
 * One input read and ready to extract, or the reason it could not be read.
 *
 * @param seq its place in the input: the order in which its events are linked
 * @param name names the input in messages
 * @param document the document, or null when it could not be read
 * @param failure why it could not be read, or null
 */
public record InputArticle(long seq, String name, Document document, String failure) {

  /** The input {@code o} read, or the reason it could not be read, as the {@code seq}th. */
  static InputArticle of(long seq, ReadOutcome o) {
    return o instanceof ReadOutcome.Read r
        ? new InputArticle(seq, r.input(), r.document(), null)
        : new InputArticle(seq, o.input(), null, ((ReadOutcome.Failed) o).error().reason());
  }
}
