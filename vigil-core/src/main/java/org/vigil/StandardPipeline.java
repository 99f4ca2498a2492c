package org.vigil;

import java.util.List;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.nlp.LanguageLayer;
import org.vigil.nlp.LanguageOptions;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.Pipeline;

/**
 * Vigil's standard wiring: the CoreNLP layer and every extractor in the order their facts
 * depend on each other. The CLI, the web app and each stream task build their pipeline here.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  public static Pipeline create(LanguageOptions language) {
    return create(new LanguageLayer(language));
  }

  public static Pipeline create(LanguageLayer language) {
    return new Pipeline(language, extractors());
  }

  public static List<Extractor> extractors() {
    return List.of(
        new DatelineExtractor(DatelineOptions.defaults()));
  }
}
