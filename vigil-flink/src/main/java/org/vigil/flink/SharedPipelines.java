package org.vigil.flink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.pipeline.Pipeline;

/**
 * The pipelines of one task manager (one JVM), one per factory. Loading the models and the
 * gazetteer takes seconds and more than a gigabyte, and a pipeline may be used by several
 * threads at once, so the tasks of one JVM share it instead of loading it each.
 */
final class SharedPipelines {
  private SharedPipelines() {}

  private static final Map<PipelineFactory, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  static Pipeline of(PipelineFactory factory) {
    return PIPELINES.computeIfAbsent(factory, PipelineFactory::create);
  }

  /** Takes {@code loaded} as the pipeline {@code factory} makes, unless one is there already. */
  static void share(PipelineFactory factory, Pipeline loaded) {
    PIPELINES.putIfAbsent(factory, loaded);
  }
}
