package org.vigil.web;

import static org.vigil.web.ApiRoute.Param.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.vigil.store.IncidentFilter;
import org.vigil.store.Store;
import org.vigil.store.Watch;

/**
 * Watches: saved filters (country, region, type, actor, least killed, words) whose new and changed
 * incidents are an Atom feed and, with a webhook, signed POSTs ({@link WebhookDelivery}).
 * Anyone may read a feed; saving or removing a watch is a write.
 */
final class WatchApi {

  /** How many incidents a feed lists, most recently changed first. */
  static final int FEED_SIZE = 50;

  private final Store store;
  private final ObjectMapper json = new ObjectMapper();

  WatchApi(Store store) {
    this.store = store;
  }

  List<ApiRoute> routes() {
    List<ApiRoute.Param> id = List.of(path("id", "integer", "watch id"));
    return List.of(
        ApiRoute.get("/api/watches", "Every watch: its name, owner, filter and delivery state",
            List.of(), "application/json", this::list),
        new ApiRoute(HandlerType.POST, "/api/watches",
            "Saves a watch; with a webhook, answers the secret its deliveries are signed with",
            List.of(), "{name, country, region, type, actor, minKilled, text, webhook}", true,
            "application/json", this::add),
        new ApiRoute(HandlerType.DELETE, "/api/watches/{id}",
            "Removes a watch of one's own (an admin: any) and its undelivered changes", id, null,
            true, "application/json", this::remove),
        ApiRoute.get("/api/watches/{id}/atom",
            "The watch's incidents as an Atom feed, most recently changed first", id,
            "application/atom+xml", this::feed));
  }

  private void list(Context ctx) throws Exception {
    ArrayNode out = json.createArrayNode();
    store.watches().forEach(w -> out.add(describe(w)));
    ctx.contentType("application/json").result(json.writeValueAsBytes(
        json.createObjectNode().set("watches", out)));
  }

  private void add(Context ctx) throws Exception {
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (Exception e) {
      throw new BadRequest("the body must be JSON: " + e.getMessage());
    }
    String name = text(body, "name");
    if (name == null || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw new BadRequest("a watch needs a name of at most 200 characters");
    }
    String country = text(body, "country");
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw new BadRequest("country is a two-letter ISO code, not '" + country + "'");
    }
    Integer minKilled = null;
    if (body.hasNonNull("minKilled")) {
      if (!body.get("minKilled").canConvertToInt() || body.get("minKilled").asInt() < 0) {
        throw new BadRequest("minKilled must be a whole number ≥ 0");
      }
      minKilled = body.get("minKilled").asInt();
    }
    String webhook = text(body, "webhook");
    if (webhook != null) {
      checkWebhook(webhook);
    }
    String secret = webhook == null ? null : "whs_" + Credentials.randomString();
    Watch w = store.addWatch(((Store.User) ctx.attribute(ReviewApi.USER)).name(), name,
        new IncidentFilter(country, text(body, "region"), text(body, "type"), text(body, "actor"), null, null,
            minKilled, text(body, "text"), 0),
        webhook, secret);
    ObjectNode out = describe(w);
    out.put("webhook", webhook);
    out.put("secret", secret);
    ctx.status(201).contentType("application/json").result(json.writeValueAsBytes(out));
  }

  private static void checkWebhook(String webhook) {
    try {
      URI u = URI.create(webhook);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        throw new BadRequest("a webhook is an http or https address, not '" + webhook + "'");
      }
    } catch (IllegalArgumentException e) {
      throw new BadRequest("a webhook is an http or https address, not '" + webhook + "'");
    }
  }

  private void remove(Context ctx) {
    long id = RequestFilter.pathId(ctx);
    Watch w = store.watch(id).orElseThrow(() -> new NotFoundResponse("no watch " + id));
    Store.User user = ctx.attribute(ReviewApi.USER);
    if (!w.owner().equals(user.name()) && !user.role().equals("admin")) {
      throw new ForbiddenResponse("watch " + id + " is " + w.owner() + "'s");
    }
    store.removeWatch(id, user.name());
    ctx.json(json.createObjectNode().put("removed", id));
  }

  private void feed(Context ctx) {
    long id = RequestFilter.pathId(ctx);
    Watch w = store.watch(id).orElseThrow(() -> new NotFoundResponse("no watch " + id));
    String base = ctx.scheme() + "://" + ctx.host();
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(AtomFeed.of(w, store.recent(w.filter(), FEED_SIZE), base));
  }

  /** A watch as anyone may see it: not where it delivers, nor its secret. */
  private ObjectNode describe(Watch w) {
    ObjectNode n = json.createObjectNode();
    n.put("id", w.id());
    n.put("name", w.name());
    n.put("owner", w.owner());
    IncidentFilter f = w.filter();
    n.putObject("filter").put("country", f.country()).put("region", f.region())
        .put("type", f.type()).put("actor", f.actor()).put("minKilled", f.minKilled()).put("text", f.text());
    n.put("delivers", w.webhook() != null);
    n.put("failures", w.failures());
    n.put("created", w.created().toString());
    n.put("feed", "/api/watches/" + w.id() + "/atom");
    return n;
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
  }
}
