package org.vigil.store;

/**
 * One stored article as a reader shows it: where it came from and the record extracted from it.
 *
 * @param id the article row (one input's record of one extractor version)
 * @param newer the article row of the input's newest record, or {@code id} when this is it
 * @param input the input's name (file, feed item, JSONL id)
 * @param record the record as {@code vigil extract} writes it (JSON, schema v1)
 */
public record StoredArticle(long id, long newer, long inputId, long storyId, String input,
    String url, String title, String published, String version, String record) {}
