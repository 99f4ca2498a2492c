package org.vigil.casualties;

import java.util.Set;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.page.PageExtractor;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;

/**
 * Reads who was killed and injured, and how many, in each sentence of the report
 * ({@link PageExtractor#REPORT}): the figures an incident can own, for the events step to
 * attach. Stateless: one instance serves every thread.
 */
public final class CasualtyExtractor implements Extractor {

  /** The casualty figures of each report sentence, in the order of the report's sentences. */
  public static final FactKey<SentenceTolls> TOLLS = FactKey.of("casualties",
      SentenceTolls.class);

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(PageExtractor.REPORT);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(TOLLS);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    facts.put(TOLLS, SentenceTolls.read(doc.text(), facts.get(PageExtractor.REPORT).sentences()));
  }
}
