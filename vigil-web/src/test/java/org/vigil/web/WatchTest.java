package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;
import org.vigil.store.Store;
import org.vigil.store.Watch;
import org.vigil.store.testing.FakesRecords;
import org.vigil.store.testing.TestStores;

/**
 * Watches: a webhook on loopback gets every incident that changed and matches, signed, after a
 * failing receiver was retried; a feed reader reads the Atom feed; the API saves and removes
 * watches.
 */
class WatchTest {

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  /** One POST the receiver got: when, its headers and body, and what it answered. */
  record Received(long at, String delivery, String signature, byte[] body, int answered) {}

  @Test
  void aWebhookGetsEveryMatchingChangeSignedAndRetriedUntilTheReceiverTakesIt(
      @TempDir Path dir) throws Exception {
    List<Received> got = Collections.synchronizedList(new ArrayList<>());
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      // The receiver is down for its first request.
      int status = got.isEmpty() ? 503 : 204;
      got.add(new Received(System.nanoTime(),
          exchange.getRequestHeaders().getFirst(WebhookDelivery.DELIVERY),
          exchange.getRequestHeaders().getFirst(WebhookDelivery.SIGNATURE), body, status));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
    String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    IncidentFilter deadly = new IncidentFilter("SY", null, null, null, null, null, 10, null, 0);
    try (Store store = Store.open(TestStores.h2(dir.resolve("store")))) {
      for (int row = 2; row < 40; row++) {
        store.save(store.receive(FakesRecords.document(row)).inputId(),
            FakesRecords.article(row));
      }
      Watch watch = store.addWatch("analyst", "Syria, 10 or more killed", deadly, hook,
          "the secret");
      Set<Long> touched = new LinkedHashSet<>();
      for (int row = 40; row < 120; row++) {
        touched.addAll(store.save(store.receive(FakesRecords.document(row)).inputId(),
            FakesRecords.article(row)).incidents());
      }
      Set<Long> expected = new LinkedHashSet<>();
      for (long id : touched) {
        IncidentView v = store.incident(id).orElseThrow();
        if ("SY".equals(v.country()) && v.killed().point() != null
            && v.killed().point() >= 10) {
          expected.add(v.id());
        }
      }
      assertThat(expected).hasSizeGreaterThan(WebhookDelivery.BATCH / 5);

      WebOptions.Delivery fast = new WebOptions.Delivery(Duration.ofMillis(100),
          Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(2));
      try (WebServer server = WebServer.start(store,
          new WebOptions("127.0.0.1", 0, WebOptions.defaultAssets(), fast), "test")) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!store.pending(watch.id(), 1).isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
      }
      assertThat(store.pending(watch.id(), 1)).as("queue left").isEmpty();
      assertThat(store.watch(watch.id()).orElseThrow().failures()).isZero();

      assertThat(got).hasSizeGreaterThanOrEqualTo(2);
      Received failed = got.get(0);
      Received retried = got.get(1);
      assertThat(failed.answered()).isEqualTo(503);
      assertThat(retried.delivery()).as("a retry is the same delivery").isEqualTo(
          failed.delivery());
      assertThat(Duration.ofNanos(retried.at() - failed.at())).isGreaterThanOrEqualTo(
          Duration.ofMillis(500));
      Set<Long> delivered = new LinkedHashSet<>();
      for (Received r : got) {
        assertThat(r.signature()).isEqualTo("sha256=" + WebhookDelivery.sign("the secret",
            r.body()));
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("watch").path("id").asLong()).isEqualTo(watch.id());
        for (JsonNode incident : body.path("incidents")) {
          assertThat(incident.path("place").path("country").asText()).isEqualTo("SY");
          assertThat(incident.path("reports").size()).isPositive();
          if (r.answered() == 204) {
            delivered.add(incident.path("id").asLong());
          }
        }
      }
      assertThat(delivered).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void aFeedReaderReadsAWatchsIncidentsNewestChangeFirst() throws Exception {
    WebFixture web = WebFixture.get();
    Watch watch = web.store.addWatch(WebFixture.ANALYST, "Aleppo <&> \"feed\"",
        new IncidentFilter("SY", "Aleppo", null, null, null, null, null, null, 0), null, null);
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
            URI.create(web.url("/api/watches/" + watch.id() + "/atom"))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/atom+xml");
    SyndFeed feed = new SyndFeedInput().build(
        new XmlReader(new ByteArrayInputStream(r.body())));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("Vigil watch: Aleppo <&> \"feed\"");
    List<SyndEntry> entries = feed.getEntries();
    assertThat(entries).hasSizeBetween(2, WatchApi.FEED_SIZE);
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).getUpdatedDate())
          .isBeforeOrEqualTo(entries.get(i - 1).getUpdatedDate());
    }
    SyndEntry first = entries.get(0);
    long id = Long.parseLong(first.getLink().replaceFirst(".*id=", ""));
    IncidentView v = web.store.incident(id).orElseThrow();
    assertThat(v.admin1()).isEqualTo("Aleppo");
    assertThat(first.getTitle()).isEqualTo(AtomFeed.title(v));
    web.store.removeWatch(watch.id(), WebFixture.ANALYST);
  }

  @Test
  void theApiSavesAWatchAnswersItsSecretOnceAndRemovesIt() throws Exception {
    WebFixture web = WebFixture.get();
    HttpResponse<String> bad = send(web, "POST", "/api/watches",
        "{\"name\": \"x\", \"webhook\": \"file:///etc/passwd\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("http or https");
    assertThat(send(web, "POST", "/api/watches", "{\"name\": \"x\", \"country\": \"Syria\"}")
        .statusCode()).isEqualTo(400);

    HttpResponse<String> made = send(web, "POST", "/api/watches", """
        {"name": "Idlib strikes", "country": "sy", "region": "Idlib", "type": "Air/drone strike",
         "minKilled": 5, "webhook": "http://127.0.0.1:9/hook"}""");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode watch = json.readTree(made.body());
    assertThat(watch.path("secret").asText()).startsWith("whs_").hasSizeGreaterThan(40);
    assertThat(watch.path("filter").path("country").asText()).isEqualTo("SY");
    long id = watch.path("id").asLong();

    String list = web.get("/api/watches").body();
    JsonNode listed = json.readTree(list).path("watches");
    assertThat(listed.findValues("id")).extracting(JsonNode::asLong).contains(id);
    assertThat(list).as("no secret, no address").doesNotContain(watch.path("secret").asText())
        .doesNotContain("127.0.0.1:9");

    HttpResponse<String> removed = send(web, "DELETE", "/api/watches/" + id, "");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(web.store.watch(id)).isEmpty();
    assertThat(web.store.audit(1).get(0).action()).isEqualTo("unwatch");
    assertThat(send(web, "DELETE", "/api/watches/" + id, "").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> send(WebFixture web, String method, String path, String body)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(web.url(path)))
            .header("Authorization", "Bearer " + web.token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
