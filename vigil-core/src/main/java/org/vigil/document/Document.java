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
 * @param country the source's home country as the input names it (ISO 3166 alpha-2 code or
 *     English name), or null: the prior for place names the text leaves ambiguous, never a
 *     place of its own
 */
public record Document(
    String name, byte[] raw, String text, Source source, String published, String country) {
  public Document {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    raw = raw == null ? text.getBytes(StandardCharsets.UTF_8) : raw;
    country = country == null || country.isBlank() ? null : country.strip();
  }

  /** A document with no home country. */
  public Document(String name, byte[] raw, String text, Source source, String published) {
    this(name, raw, text, source, published, null);
  }

  /** This document with the home country {@code code}, unless it already names one. */
  public Document withDefaultCountry(String code) {
    return country != null || code == null ? this
        : new Document(name, raw, text, source, published, code);
  }

  /** A document from text alone, as tests and the web app build them. */
  public static Document ofText(String name, String text) {
    return new Document(name, null, text, new Source(null, null, null, null), null);
  }
}
