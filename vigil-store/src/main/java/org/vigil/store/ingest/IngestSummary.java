package org.vigil.store.ingest;

import java.util.List;

/**
 * What one ingest did.
 *
 * @param read inputs read from the sources (documents, feed items)
 * @param added inputs new to the store; the rest were stored before
 * @param extracted records written by this run
 * @param failures each input that could not be read or extracted, with the reason
 */
public record IngestSummary(int read, int added, int extracted, List<Failure> failures,
    double seconds) {

  public IngestSummary {
    failures = List.copyOf(failures);
  }

  /** An input that failed, and why. */
  public record Failure(String input, String reason) {}
}
