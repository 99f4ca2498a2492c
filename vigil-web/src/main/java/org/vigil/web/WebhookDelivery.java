package org.vigil.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.store.IncidentView;
import org.vigil.store.Store;
import org.vigil.store.Watch;
import org.vigil.store.export.IncidentJson;

/**
 * Sends each watch's queued changes to its webhook: a JSON POST of the changed incidents, signed
 * with the watch's secret in {@value #SIGNATURE} ({@code sha256=} and the hex HMAC-SHA256 of the
 * body). A change leaves the queue only when the receiver answered 2xx; a receiver that fails
 * or does not answer is tried again after a back-off that doubles each time. The queue is in the
 * store, so a restart loses nothing.
 */
final class WebhookDelivery implements AutoCloseable {

  static final String SIGNATURE = "X-Vigil-Signature";
  static final String DELIVERY = "X-Vigil-Delivery";

  /** The most incidents one POST carries; the rest follow in the next. */
  static final int BATCH = 50;

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

  private final Store store;
  private final WebOptions.Delivery options;
  private final IncidentJson json = new IncidentJson();
  private final HttpClient http;
  private final ScheduledExecutorService clock;

  WebhookDelivery(Store store, WebOptions.Delivery options) {
    this.store = store;
    this.options = options;
    this.http = HttpClient.newBuilder().connectTimeout(options.timeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "vigil-webhooks");
      t.setDaemon(true);
      return t;
    });
  }

  void start() {
    long every = options.poll().toMillis();
    clock.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
  }

  /** One pass over the watches due now; one failing watch does not hold up the others. */
  void round() {
    try {
      for (Watch w : store.dueWatches(Instant.now())) {
        try {
          deliver(w);
        } catch (RuntimeException e) {
          LOG.warn("watch {}: delivery failed", w.id(), e);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("watch deliveries: cannot read the queue", e);
    }
  }

  private void deliver(Watch w) {
    List<Watch.Pending> batch = store.pending(w.id(), BATCH);
    if (batch.isEmpty()) {
      return;
    }
    Set<Long> ids = new LinkedHashSet<>();
    batch.forEach(p -> ids.add(p.incident()));
    ObjectNode body = json.mapper().createObjectNode();
    body.putObject("watch").put("id", w.id()).put("name", w.name());
    String delivery = w.id() + "-" + batch.get(0).id();
    body.put("delivery", delivery);
    ArrayNode incidents = body.putArray("incidents");
    Set<Long> sent = new LinkedHashSet<>();
    for (long id : ids) {
      // An incident merged since it changed is sent as the one it went into, once.
      store.incident(id).filter(v -> sent.add(v.id()))
          .ifPresent((IncidentView v) -> incidents.add(json.full(v)));
    }
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    String failure;
    try {
      HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(w.webhook()))
              .timeout(options.timeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "Vigil watch")
              .header(DELIVERY, delivery)
              .header(SIGNATURE, "sha256=" + sign(w.secret(), bytes))
              .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
          HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() / 100 == 2) {
        store.delivered(w.id(), batch);
        return;
      }
      failure = "HTTP " + r.statusCode() + " from " + w.webhook();
    } catch (java.io.IOException e) {
      failure = "no answer from " + w.webhook() + ": " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    Instant next = Instant.now().plus(options.backOff(w.failures() + 1));
    LOG.info("watch {}: {}; trying again at {}", w.id(), failure, next);
    store.deliveryFailed(w.id(), failure, next);
  }

  /** The hex HMAC-SHA256 of {@code body} under {@code secret}: what a receiver recomputes. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
    }
  }

  @Override
  public void close() {
    clock.shutdownNow();
  }
}
