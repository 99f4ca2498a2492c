package org.vigil.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.vigil.document.ReadOutcome;
import org.vigil.pipeline.BatchExtractor;
import org.vigil.pipeline.Pipeline;

/**
 * Extracts the record of each input. The pipeline is taken in {@link #open} (built on the
 * task manager's first use) and reused for every input; an input that breaks it fails alone,
 * with the reason, as in {@code vigil extract}.
 */
final class ExtractArticles extends RichMapFunction<InputArticle, ExtractedArticle> {

  private final PipelineFactory factory;
  private transient Pipeline pipeline;

  ExtractArticles(PipelineFactory factory) {
    this.factory = factory;
  }

  @Override
  public void open(OpenContext context) {
    pipeline = SharedPipelines.of(factory);
  }

  @Override
  public ExtractedArticle map(InputArticle in) {
    if (in.document() == null) {
      return new ExtractedArticle(in.seq(), "", in.name(), null, null, in.failure());
    }
    BatchExtractor.Outcome outcome =
        BatchExtractor.extract(pipeline, new ReadOutcome.Read(in.document()));
    if (outcome instanceof BatchExtractor.Extracted e) {
      return new ExtractedArticle(in.seq(), LinkKey.of(e.extraction().article()), in.name(),
          in.document(), e.extraction().article(), null);
    }
    return new ExtractedArticle(in.seq(), "", in.name(), in.document(), null,
        ((BatchExtractor.Failed) outcome).reason());
  }
}
