package org.vigil.pipeline;

import java.util.Set;
import org.vigil.nlp.AnnotatedDocument;

/**
 * One step of extraction: reads the annotated document and the facts of earlier steps, adds
 * its own facts with evidence spans.
 *
 * <p>Implementations are immutable or otherwise thread-safe: one instance serves every worker
 * thread. Extractors never call each other; they meet only through {@link Facts}.
 */
public interface Extractor {

  /** Facts that must be present before this step runs. */
  Set<FactKey<?>> requires();

  /** Facts this step adds. */
  Set<FactKey<?>> provides();

  void extract(AnnotatedDocument doc, Facts facts);

  default String name() {
    return getClass().getSimpleName();
  }
}
