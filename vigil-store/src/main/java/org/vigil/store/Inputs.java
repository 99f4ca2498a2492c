package org.vigil.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.vigil.document.Document;
import org.vigil.model.Source;

/** The input table: every input kept verbatim, found again by its hash; and failures. */
final class Inputs {

  /** An input as stored: its row id and whether this call added it. */
  record Received(long id, boolean added) {}

  Received receive(Handle h, Document d) {
    String hash = InputHash.of(d);
    Optional<Long> known = h.createQuery("SELECT id FROM input WHERE input_hash = :hash")
        .bind("hash", hash).mapTo(Long.class).findOne();
    if (known.isPresent()) {
      return new Received(known.get(), false);
    }
    long id = h.createUpdate("""
            INSERT INTO input (input_hash, name, source_id, url, title, published, country, raw,
                               text, text_hash, received_at)
            VALUES (:hash, :name, :sourceId, :url, :title, :published, :country, :raw, :text,
                    :textHash, :at)""")
        .bind("hash", hash)
        .bind("name", clip(d.name(), 4000))
        .bind("sourceId", clip(d.source().id(), 1000))
        .bind("url", clip(d.source().url(), 4000))
        .bind("title", clip(d.source().title(), 4000))
        .bind("published", d.published())
        .bind("country", clip(d.country(), 100))
        .bind("raw", d.raw())
        .bind("text", d.text())
        .bind("textHash", InputHash.ofText(d.text()))
        .bind("at", Instant.now())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return new Received(id, true);
  }

  /** The stored input {@code id} as a document to extract. */
  Document document(Handle h, long id) {
    return h.createQuery("""
            SELECT name, raw, text, source_id, url, title, published, country
            FROM input WHERE id = :id""")
        .bind("id", id)
        .map((rs, ctx) -> new Document(rs.getString("name"), rs.getBytes("raw"),
            rs.getString("text"), new Source(rs.getString("source_id"), rs.getString("url"),
                null, rs.getString("title")), rs.getString("published"),
            rs.getString("country")))
        .findOne()
        .orElseThrow(() -> new StoreException("no input " + id + " in the store"));
  }

  /** Whether input {@code id} has a record written by extractor {@code version}. */
  boolean extracted(Handle h, long id, String version) {
    return h.createQuery("SELECT COUNT(*) FROM article WHERE input_id = :id AND version = :v")
        .bind("id", id).bind("v", version).mapTo(Integer.class).one() > 0;
  }

  /**
   * Inputs with no record at all, after {@code afterId}, in order: what a run that stopped
   * between storing and extracting left behind.
   */
  List<Long> unextracted(Handle h, long afterId, int limit) {
    return h.createQuery("""
            SELECT i.id FROM input i
            WHERE i.id > :after AND NOT EXISTS (SELECT 1 FROM article a WHERE a.input_id = i.id)
            ORDER BY i.id""")
        .bind("after", afterId).setMaxRows(limit).mapTo(Long.class).list();
  }

  void fail(Handle h, String input, Long inputId, String reason) {
    h.createUpdate("""
            INSERT INTO failure (input_name, input_id, reason, failed_at)
            VALUES (:name, :id, :reason, :at)""")
        .bind("name", clip(input, 4000))
        .bind("id", inputId)
        .bind("reason", clip(reason, 4000))
        .bind("at", Instant.now())
        .execute();
  }

  static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /** The newest records of the inputs whose title or text hold every word, newest first. */
  List<Store.ArticleRef> search(Handle h, List<String> words, int limit) {
    StringBuilder sql = new StringBuilder("""
        SELECT a.id, a.agency, i.name, i.url, i.title, i.published, i.text FROM input i
        JOIN article a ON a.input_id = i.id
          AND a.id = (SELECT MAX(b.id) FROM article b WHERE b.input_id = i.id)
        WHERE TRUE""");
    for (int w = 0; w < words.size(); w++) {
      sql.append(" AND (LOWER(i.text) LIKE :w").append(w).append(" OR LOWER(i.title) LIKE :w")
          .append(w).append(')');
    }
    sql.append(" ORDER BY i.published DESC NULLS LAST, a.id DESC");
    var q = h.createQuery(sql.toString());
    for (int w = 0; w < words.size(); w++) {
      q.bind("w" + w, "%" + likeEscaped(words.get(w)) + "%");
    }
    return q.setMaxRows(limit)
        .map((rs, ctx) -> new Store.ArticleRef(rs.getLong("id"), rs.getString("name"),
            rs.getString("url"), rs.getString("title"), rs.getString("published"),
            rs.getString("agency"), passage(rs.getString("text"), words.get(0))))
        .list();
  }

  /** A word as a LIKE pattern matches it literally: its % and _ escaped (the default \\). */
  private static String likeEscaped(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** About 200 characters of {@code text} around the first {@code word}. */
  static String passage(String text, String word) {
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(word);
    if (at < 0) {
      at = 0;
    }
    int from = Math.max(0, at - 80);
    int to = Math.min(text.length(), at + word.length() + 120);
    return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
        + (to < text.length() ? "…" : "");
  }
}
