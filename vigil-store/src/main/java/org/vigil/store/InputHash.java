package org.vigil.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vigil.document.Document;

/**
 * The key that makes ingest idempotent: SHA-256 of an input's raw bytes and of the metadata
 * that came with it (URL, id, title, date). The same bytes from the same place are one input
 * however often they are ingested; the same text from another URL is another input (and the
 * same story). The home country is a setting of the run, not a part of the input: ingesting a
 * file again with another {@code --country} adds nothing.
 */
final class InputHash {
  private InputHash() {}

  static String of(Document d) {
    MessageDigest sha = sha256();
    sha.update(d.raw());
    for (String field : new String[] {d.source().url(), d.source().id(), d.source().title(),
        d.published()}) {
      sha.update((byte) 0);
      if (field != null) {
        sha.update(field.getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static String ofText(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
