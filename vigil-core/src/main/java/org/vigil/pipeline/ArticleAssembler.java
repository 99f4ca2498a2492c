package org.vigil.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vigil.document.Document;
import org.vigil.model.Article;
import org.vigil.model.Dateline;
import org.vigil.model.ExtractorInfo;
import org.vigil.model.Source;

/** Builds the immutable article record from a document and its facts. */
final class ArticleAssembler {
  private final ExtractorInfo info;

  ArticleAssembler(String version, String steps) {
    this.info = new ExtractorInfo(version, steps);
  }

  Article assemble(Document document, Facts facts) {
    Dateline dateline = facts.get(Facts.DATELINE);
    if (dateline != null && facts.has(Facts.DATELINE_PLACE)) {
      dateline = dateline.withPlace(facts.get(Facts.DATELINE_PLACE));
    }
    Source source = document.source();
    if (source.agency() == null && dateline != null && dateline.agency() != null) {
      source = source.withAgency(dateline.agency());
    }
    return new Article(
        sha256(document.text()),
        source,
        document.text(),
        dateline,
        facts.get(Facts.PUBLISHED),
        facts.list(Facts.PEOPLE),
        facts.list(Facts.ORGANIZATIONS),
        facts.list(Facts.PLACES),
        facts.list(Facts.TIMES),
        facts.list(Facts.QUOTES),
        facts.list(Facts.EVENTS),
        info);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
