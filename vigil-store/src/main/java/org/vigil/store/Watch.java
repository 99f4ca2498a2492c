package org.vigil.store;

import java.time.Instant;

/**
 * A saved filter whose new and changed incidents an analyst follows, as an Atom feed and, when it
 * has a webhook, as signed POSTs to it.
 *
 * @param filter what it watches: country, region, type, least killed and words (no dates)
 * @param webhook where its deliveries go, or null for a feed only
 * @param secret the key of each delivery's HMAC signature, or null with no webhook
 * @param failures deliveries failed since the last one that went through
 * @param nextAttempt when the next delivery may be tried, after a back-off
 */
public record Watch(long id, String owner, String name, IncidentFilter filter, String webhook,
    String secret, Instant created, int failures, Instant nextAttempt, String lastError) {

  /** An incident to deliver: its row in the queue, and the incident. */
  public record Pending(long id, long incident) {}
}
