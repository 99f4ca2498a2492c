package org.vigil.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Answers of the read routes kept for a moment, by request: many readers of one view (a shared
 * map link, a wall screen) then cost one query a second, not one each. An answer is at most
 * {@code ttlMillis} old, so what an ingest adds shows within that time. A large answer is kept
 * gzipped too, compressed once rather than for every reader.
 */
final class ResponseCache {

  /** Answers smaller than this are not worth compressing. */
  static final int GZIP_FROM = 1024;

  /** An answer, and its gzip form when it is large enough to have one (else null). */
  record Answer(byte[] body, byte[] gzipped) {}

  private record Entry(long madeAt, Answer answer) {}

  private final long ttlMillis;
  private final int capacity;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, Object> making = new ConcurrentHashMap<>();

  ResponseCache(long ttlMillis, int capacity) {
    this.ttlMillis = ttlMillis;
    this.capacity = capacity;
  }

  /** The answer to {@code key}: a fresh kept one, else {@code make}'s, made once at a time. */
  Answer get(String key, Supplier<byte[]> make) {
    Entry e = entries.get(key);
    if (fresh(e)) {
      return e.answer();
    }
    Object lock = making.computeIfAbsent(key, k -> new Object());
    synchronized (lock) {
      e = entries.get(key);
      if (fresh(e)) {
        return e.answer(); // another reader made it while this one waited
      }
      byte[] body = make.get();
      Answer answer = new Answer(body, body.length < GZIP_FROM ? null : gzip(body));
      if (entries.size() >= capacity) {
        entries.clear(); // rare: many distinct views; dropping all is simpler than LRU
        making.clear();
      }
      entries.put(key, new Entry(System.currentTimeMillis(), answer));
      return answer;
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private boolean fresh(Entry e) {
    return e != null && System.currentTimeMillis() - e.madeAt() < ttlMillis;
  }
}
