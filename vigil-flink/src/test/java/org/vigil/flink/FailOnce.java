package org.vigil.flink;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * Fails its task once, midway: at the {@code after}th article that passes it after a
 * checkpoint has completed. Flink then restarts the job from that checkpoint, with articles
 * already saved after it and articles waiting in the writer's state.
 */
final class FailOnce implements MapFunction<ExtractedArticle, ExtractedArticle>,
    CheckpointListener {

  static final AtomicBoolean FAILED = new AtomicBoolean();
  private static final AtomicInteger SEEN = new AtomicInteger();
  private static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();

  private final int after;

  FailOnce(int after) {
    this.after = after;
  }

  @Override
  public ExtractedArticle map(ExtractedArticle a) {
    if (SEEN.incrementAndGet() >= after && CHECKPOINTED.get() && FAILED.compareAndSet(false,
        true)) {
      throw new IllegalStateException("injected failure at " + a.name());
    }
    return a;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    CHECKPOINTED.set(true);
  }
}
