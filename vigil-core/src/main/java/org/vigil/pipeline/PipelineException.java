package org.vigil.pipeline;

/** A pipeline that cannot run: extractors out of order, or a model that failed to load. */
public final class PipelineException extends RuntimeException {
  public PipelineException(String message) {
    super(message);
  }

  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
