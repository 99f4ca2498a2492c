package org.vigil.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of the read routes kept for a moment, by request: many readers of one view (a shared
 * map link, a wall screen) then cost one query a second, not one each. An answer is at most
 * {@code ttlMillis} old, so what an ingest adds shows within that time.
 */
final class ResponseCache {

  private record Entry(long madeAt, byte[] body) {}

  private final long ttlMillis;
  private final int capacity;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, Object> making = new ConcurrentHashMap<>();

  ResponseCache(long ttlMillis, int capacity) {
    this.ttlMillis = ttlMillis;
    this.capacity = capacity;
  }

  /** The answer to {@code key}: a fresh kept one, else {@code make}'s, made once at a time. */
  byte[] get(String key, Supplier<byte[]> make) {
    Entry e = entries.get(key);
    if (fresh(e)) {
      return e.body();
    }
    Object lock = making.computeIfAbsent(key, k -> new Object());
    synchronized (lock) {
      e = entries.get(key);
      if (fresh(e)) {
        return e.body(); // another reader made it while this one waited
      }
      byte[] body = make.get();
      if (entries.size() >= capacity) {
        entries.clear(); // rare: many distinct views; dropping all is simpler than LRU
        making.clear();
      }
      entries.put(key, new Entry(System.currentTimeMillis(), body));
      return body;
    }
  }

  private boolean fresh(Entry e) {
    return e != null && System.currentTimeMillis() - e.madeAt() < ttlMillis;
  }
}
