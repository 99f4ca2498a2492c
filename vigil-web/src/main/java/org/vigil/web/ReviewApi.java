package org.vigil.web;

import static org.vigil.web.ApiRoute.Param.path;
import static org.vigil.web.ApiRoute.Param.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.vigil.store.Store;
import org.vigil.store.export.IncidentJson;

/**
 * An analyst's verdicts on an incident's fields, corrections of the linker (merge, split) and
 * the audit log. Each is kept by event key, so it holds through re-extraction and re-linking.
 */
final class ReviewApi {

  /** Set by the server before a write route runs: the user it comes from. */
  static final String USER = "vigil.writer";

  private final Store store;
  private final IncidentJson incidentJson = new IncidentJson();
  private final ObjectMapper json = incidentJson.mapper();

  ReviewApi(Store store) {
    this.store = store;
  }

  List<ApiRoute> routes() {
    List<ApiRoute.Param> id = List.of(path("id", "integer", "incident id"));
    return List.of(
        new ApiRoute(HandlerType.POST, "/api/incidents/{id}/review",
            "Confirms, corrects or rejects one field of this incident; recorded in the audit log",
            id, "{field: type|date|place|killed|injured, verdict: confirmed|corrected|rejected, "
                + "value (a correction's, as GET gives the field), reason}",
            true, "application/json", this::review),
        new ApiRoute(HandlerType.POST, "/api/incidents/{id}/merge",
            "Merges incident 'from' into this one; recorded in the audit log", id,
            "{from, reason}", true, "application/json", this::merge),
        new ApiRoute(HandlerType.POST, "/api/incidents/{id}/split",
            "Moves the named events of this incident into a new one; recorded in the audit log",
            id, "{events: [event key…], reason}", true, "application/json", this::split),
        ApiRoute.get("/api/audit", "The newest changes: who, when, what it was and became, why",
            List.of(query("limit", "integer", "at most this many (default 100)")),
            "application/json", this::audit));
  }

  private void review(Context ctx) throws Exception {
    JsonNode body = body(ctx);
    JsonNode value = body.path("value");
    String verdict = body.path("verdict").asText("");
    try {
      send(ctx, incidentJson.full(store.review(RequestFilter.pathId(ctx),
          body.path("field").asText(""), verdict,
          verdict.equals("corrected") && value.isObject() ? value.toString() : null,
          user(ctx).name(), reason(body))));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  private void merge(Context ctx) throws Exception {
    JsonNode body = body(ctx);
    if (!body.path("from").canConvertToLong()) {
      throw new BadRequest("the body must name the incident to merge in: {\"from\": id, …}");
    }
    send(ctx, incidentJson.full(store.merge(RequestFilter.pathId(ctx),
        body.path("from").asLong(), user(ctx).name(), reason(body))));
  }

  private void split(Context ctx) throws Exception {
    JsonNode body = body(ctx);
    List<String> keys = new ArrayList<>();
    body.path("events").forEach(k -> keys.add(k.asText()));
    if (keys.isEmpty()) {
      throw new BadRequest("the body must list the event keys to split off: {\"events\": […]}");
    }
    send(ctx, incidentJson.full(
        store.split(RequestFilter.pathId(ctx), keys, user(ctx).name(), reason(body))));
  }

  private void audit(Context ctx) throws Exception {
    int limit = RequestFilter.integer(ctx, "limit", 100);
    if (limit < 1 || limit > 10_000) {
      throw new BadRequest("limit must be from 1 to 10000, not " + limit);
    }
    ArrayNode out = json.createArrayNode();
    for (Store.AuditEntry e : store.audit(limit)) {
      out.addObject().put("id", e.id()).put("by", e.by()).put("at", e.at().toString())
          .put("action", e.action()).put("target", e.target()).put("before", e.oldValue())
          .put("after", e.newValue()).put("reason", e.reason());
    }
    send(ctx, json.createObjectNode().set("changes", out));
  }

  private JsonNode body(Context ctx) {
    try {
      return json.readTree(ctx.body());
    } catch (Exception e) {
      throw new BadRequest("the body must be JSON: " + e.getMessage());
    }
  }

  private static String reason(JsonNode body) {
    String reason = body.path("reason").asText("").strip();
    if (reason.isEmpty()) {
      throw new BadRequest("a correction needs a reason, for the audit log");
    }
    return reason;
  }

  private static Store.User user(Context ctx) {
    return ctx.attribute(USER);
  }

  private void send(Context ctx, Object body) throws Exception {
    ctx.contentType("application/json").result(json.writeValueAsBytes(body));
  }
}
