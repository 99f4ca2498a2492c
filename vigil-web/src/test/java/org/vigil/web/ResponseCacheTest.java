package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

  @Test
  void keepsAnAnswerForItsTimeThenMakesItAgain() throws Exception {
    ResponseCache cache = new ResponseCache(200, 10);
    AtomicInteger made = new AtomicInteger();
    ResponseCache.Answer first =
        cache.get("/a", () -> new byte[] {(byte) made.incrementAndGet()});
    ResponseCache.Answer again =
        cache.get("/a", () -> new byte[] {(byte) made.incrementAndGet()});
    assertThat(again).isSameAs(first);
    assertThat(made).hasValue(1);
    cache.get("/b", () -> new byte[] {(byte) made.incrementAndGet()});
    assertThat(made).as("another view is its own answer").hasValue(2);
    Thread.sleep(250);
    assertThat(cache.get("/a", () -> new byte[] {(byte) made.incrementAndGet()}).body())
        .containsExactly(3);
  }

  @Test
  void aLargeAnswerIsKeptGzippedTooAndASmallOneIsNot() throws Exception {
    ResponseCache cache = new ResponseCache(60_000, 3);
    byte[] large = "{\"incident\": 1}, ".repeat(500).getBytes(StandardCharsets.UTF_8);
    ResponseCache.Answer a = cache.get("/large", () -> large);
    assertThat(a.gzipped()).hasSizeLessThan(large.length / 10);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(a.gzipped()))) {
      assertThat(in.readAllBytes()).isEqualTo(large);
    }
    assertThat(cache.get("/small", () -> new byte[] {1, 2, 3}).gzipped()).isNull();
  }

  @Test
  void aFullCacheStillKeepsTheNewestView() {
    ResponseCache cache = new ResponseCache(60_000, 3);
    AtomicInteger made = new AtomicInteger();
    for (int i = 0; i < 10; i++) {
      cache.get("/" + i, () -> new byte[] {(byte) made.incrementAndGet()});
    }
    cache.get("/9", () -> new byte[] {(byte) made.incrementAndGet()});
    assertThat(made).as("the newest view is still kept").hasValue(10);
  }
}
