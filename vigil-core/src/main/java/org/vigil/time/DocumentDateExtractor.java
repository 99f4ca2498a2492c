package org.vigil.time;

import java.util.List;
import java.util.Set;
import org.vigil.model.Published;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;

/** The document date: as given, else inferred from the text. */
public final class DocumentDateExtractor implements Extractor {
  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(TimeMentionExtractor.MENTIONS);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.PUBLISHED);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    String given = doc.document().published();
    if (given != null) {
      facts.put(Facts.PUBLISHED, new Published(given, true, null, List.of()));
    }
  }
}
