package org.vigil.testing;

import org.vigil.nlp.AnnotatedDocument;
import org.vigil.nlp.LanguageLayer;
import org.vigil.nlp.LanguageOptions;
import org.vigil.document.Document;

/**
 * The CoreNLP layer for tests, loaded once per test JVM: loading it takes seconds, and every
 * extractor test needs it. Test-only; production code builds its own and passes it on.
 */
public final class TestPipeline {
  private TestPipeline() {}

  private static final class Holder {
    static final LanguageLayer LANGUAGE = new LanguageLayer(LanguageOptions.defaults());
  }

  public static LanguageLayer language() {
    return Holder.LANGUAGE;
  }

  public static AnnotatedDocument annotate(String name, String text) {
    return language().annotate(Document.ofText(name, text));
  }
}
