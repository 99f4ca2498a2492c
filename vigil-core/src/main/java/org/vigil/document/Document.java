package org.vigil.document;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.vigil.model.Source;

/**
 * One input document, ready for the language layer.
 *
 * @param name names the input in messages: a path, {@code file.jsonl:12}, or {@code -}
 * @param raw the bytes as read, kept verbatim so nothing is lost
 * @param text the clean text every span will point into
 * @param published the publication date the input gives (ISO {@code yyyy-MM-dd}), or null
 */
public record Document(String name, byte[] raw, String text, Source source, String published) {
  public Document {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    raw = raw == null ? text.getBytes(StandardCharsets.UTF_8) : raw;
  }

  /** A document from text alone, as tests and the web app build them. */
  public static Document ofText(String name, String text) {
    return new Document(name, null, text, new Source(null, null, null, null), null);
  }
}
