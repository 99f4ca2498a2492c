package org.vigil.flink;

import org.vigil.document.Document;
import org.vigil.model.Article;

/**
 * One input with its record, or the reason it has none, on its way to the store.
 *
 * @param seq its place in the input, the order in which the store writer saves it
 * @param key the linking key: the task that saves it is the one that sees every incident its
 *     events can join (see {@link LinkKey})
 * @param name names the input in messages and in the store
 * @param document the document read, or null when it could not be read
 * @param article its record, or null when extraction failed
 * @param failure why there is no record, or null
 */
public record ExtractedArticle(long seq, String key, String name, Document document,
    Article article, String failure) {}
