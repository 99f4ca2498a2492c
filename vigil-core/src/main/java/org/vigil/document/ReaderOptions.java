package org.vigil.document;

/**
 * Limits on what {@link DocumentReader} accepts.
 *
 * @param maxChars the longest clean text taken as one article (default 2,000,000 characters:
 *     twenty times a long feature, far below what would exhaust the heap)
 * @param maxBytes the largest single file read (default 20 MB: room for page markup)
 */
public record ReaderOptions(long maxChars, long maxBytes) {
  public static ReaderOptions defaults() {
    return new ReaderOptions(2_000_000, 20_000_000);
  }
}
