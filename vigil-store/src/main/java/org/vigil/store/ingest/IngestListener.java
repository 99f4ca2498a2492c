package org.vigil.store.ingest;

/** Hears an ingest's progress, for a progress bar or a log. Called on the ingesting thread. */
public interface IngestListener {

  /** A phase begins: storing the inputs ({@code total} unknown, -1), or extracting them. */
  default void phase(String name, int total) {}

  /** One input of the phase is done; {@code ok} false when it failed. */
  default void done(boolean ok) {}

  /** An input could not be read or extracted. */
  default void failed(String input, String reason) {}

  IngestListener SILENT = new IngestListener() {};
}
