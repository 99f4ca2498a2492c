package org.vigil.flink;

import java.io.Serializable;
import org.vigil.StandardPipeline;
import org.vigil.nlp.LanguageOptions;
import org.vigil.pipeline.Pipeline;

/**
 * Makes the extraction pipeline where a task runs. It travels with the job graph, so it holds
 * settings, never the pipeline itself; {@link SharedPipelines} builds one per task manager and
 * factory. Factories that make the same pipeline are equal: write them as records.
 */
public interface PipelineFactory extends Serializable {
  Pipeline create();

  /** The standard pipeline, with the gazetteer found as {@code vigil} finds it. */
  record Standard() implements PipelineFactory {
    @Override
    public Pipeline create() {
      return StandardPipeline.create(LanguageOptions.defaults());
    }
  }
}
