package org.vigil.flink;

import org.vigil.pipeline.Pipeline;
import org.vigil.store.testing.FakesRecords;

/** The test JVM's pipeline, loaded once, for the job's tasks as for the reference ingest. */
record FakesPipeline() implements PipelineFactory {
  @Override
  public Pipeline create() {
    return FakesRecords.pipeline();
  }
}
