package org.vigil.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.document.ReaderOptions;
import org.vigil.store.Store;
import org.vigil.store.testing.FakesRecords;
import org.vigil.store.testing.TestStores;

/** Feeds served on loopback by a real HTTP server, polled while one of them keeps failing. */
class FeedFollowerTest {

  @TempDir Path dir;

  private HttpServer server;
  private final List<String> items = Collections.synchronizedList(new ArrayList<>());
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private int brokenHits;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/news.rss", x -> reply(x, 200, rss()));
    server.createContext("/broken.rss", x -> {
      brokenHits++;
      reply(x, 500, "internal error");
    });
    server.createContext("/garbage.rss", x -> reply(x, 200, "<html>this is no feed"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(com.sun.net.httpserver.HttpExchange x, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** An RSS feed of the items published so far, each an FA-KES report. */
  private String rss() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
        + "<title>Wire</title>");
    synchronized (items) {
      for (String row : items) {
        String text = FakesRecords.document(Integer.parseInt(row)).text()
            .replace("&", "&amp;").replace("<", "&lt;");
        b.append("<item><title>Report ").append(row).append("</title><link>http://wire/")
            .append(row).append("</link><guid>http://wire/").append(row)
            .append("</guid><description>").append(text).append("</description></item>");
      }
    }
    return b.append("</channel></rss>").toString();
  }

  @Test
  void newItemsAreIngestedWithinAnIntervalWhileFailingFeedsBackOff() throws Exception {
    items.add("6");
    Duration interval = Duration.ofSeconds(2);
    try (Store store = Store.open(TestStores.h2(dir.resolve("store")))) {
      Ingestor ingestor = new Ingestor(store, FakesRecords.pipeline(), 2,
          ReaderOptions.defaults());
      FeedFollower follower = new FeedFollower(ingestor,
          List.of(url("/broken.rss"), url("/garbage.rss"), url("/news.rss")), "SY", interval,
          IngestListener.SILENT, log::add);
      AtomicBoolean running = new AtomicBoolean(true);
      Thread t = new Thread(() -> {
        try {
          follower.run(running::get);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      t.start();
      waitFor(() -> store.counts().articles() == 1, Duration.ofSeconds(60));
      items.add("374");
      long published = System.nanoTime();
      waitFor(() -> store.counts().articles() == 2, Duration.ofSeconds(60));
      double seconds = (System.nanoTime() - published) / 1e9;
      Thread.sleep(interval.toMillis() * 3);
      running.set(false);
      t.join();

      assertThat(seconds).as("seconds until a new item was stored").isLessThan(
          interval.toSeconds() + 10);
      assertThat(store.counts().inputs()).isEqualTo(2);
      assertThat(store.document(2).country()).isEqualTo("SY");
      assertThat(log).anyMatch(l -> l.contains("/broken.rss: HTTP 500; trying again in 4 s"));
      assertThat(log).anyMatch(l -> l.contains("/garbage.rss: not an RSS or Atom feed"));
      assertThat(log).anyMatch(l -> l.contains("/news.rss: 1 new item(s)"));
      // Backing off, the broken feed was asked less often than the good one.
      assertThat(brokenHits).isBetween(1, 3);
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier done, Duration limit)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not done within " + limit);
      }
      Thread.sleep(100);
    }
  }
}
