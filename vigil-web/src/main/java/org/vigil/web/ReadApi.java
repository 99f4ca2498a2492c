package org.vigil.web;

import static org.vigil.web.ApiRoute.Param.path;
import static org.vigil.web.ApiRoute.Param.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;
import org.vigil.store.Store;
import org.vigil.store.StoredArticle;
import org.vigil.store.export.IncidentExport;
import org.vigil.store.export.IncidentJson;

/**
 * The API's read routes: incidents, their timeline and places, articles, stories, search,
 * exports, map outlines.
 */
final class ReadApi {

  private static final String JSON = "application/json";

  private final Store store;
  private final Outlines outlines;
  private final IncidentJson incidentJson = new IncidentJson();
  private final ObjectMapper json = incidentJson.mapper();
  /** Many readers of one view cost one query a second; an ingest shows within a second. */
  private final ResponseCache cache = new ResponseCache(1000, 512);

  ReadApi(Store store, Outlines outlines) {
    this.store = store;
    this.outlines = outlines;
  }

  List<ApiRoute> routes() {
    List<ApiRoute.Param> timelineParams = new ArrayList<>(RequestFilter.PARAMS);
    timelineParams.add(query("unit", "string", "bucket size (default day)")
        .oneOf("day", "week", "month"));
    List<ApiRoute.Param> exportParams = new ArrayList<>(RequestFilter.PARAMS);
    exportParams.add(0, query("format", "string", "the export's format")
        .oneOf("jsonl", "csv", "acled-csv", "geojson"));
    return List.of(
        ApiRoute.get("/api/incidents",
            "Incidents matching the filter, newest first: summaries without their reports",
            RequestFilter.PARAMS, JSON, this::incidents),
        ApiRoute.get("/api/incidents/{id}",
            "One incident with every source report, its own figures and why it was linked",
            List.of(path("id", "integer", "incident id")), JSON, this::incident),
        ApiRoute.get("/api/timeline",
            "Incidents and deaths per day, week or month for the filter",
            timelineParams, JSON, this::timeline),
        ApiRoute.get("/api/articles/{id}",
            "One stored article: where it came from and its record with every evidence span",
            List.of(path("id", "integer", "article id")), JSON, this::article),
        ApiRoute.get("/api/stories/{id}",
            "One story: the copies of one text (each outlet that carried it) and its incidents",
            List.of(path("id", "integer", "story id")), JSON, this::story),
        ApiRoute.get("/api/places",
            "The places of the filtered incidents: how many there, how many killed, when",
            RequestFilter.PARAMS, JSON, this::places),
        ApiRoute.get("/api/search",
            "Articles whose title or text hold every word, newest first, with a passage",
            List.of(query("q", "string", "the words"),
                query("limit", "integer", "at most this many (default 50, most 500)")),
            JSON, this::search),
        ApiRoute.get("/api/export",
            "The filtered incidents in an export format, as a download",
            exportParams, "text/plain", this::export),
        ApiRoute.get("/api/counts",
            "How much the store holds: inputs, articles, stories, events, incidents, failures",
            List.of(), JSON, this::counts),
        ApiRoute.get("/api/outlines/countries",
            "Country outlines (Natural Earth 1:50m) as TopoJSON",
            List.of(), JSON, ctx -> ctx.contentType(JSON).result(outlines.countries())),
        ApiRoute.get("/api/outlines/regions/{country}",
            "First-level region outlines of one country (Natural Earth 1:10m, simplified)",
            List.of(path("country", "string", "ISO 3166 alpha-2 code")), JSON,
            ctx -> ctx.contentType(JSON).result(outlines.regions(ctx.pathParam("country")))));
  }

  private void incidents(Context ctx) {
    IncidentFilter filter = RequestFilter.of(ctx);
    sendCached(ctx, () -> {
      List<IncidentView> found = store.summaries(filter);
      ObjectNode out = json.createObjectNode().put("count", found.size());
      var list = out.putArray("incidents");
      found.forEach(v -> list.add(incidentJson.summary(v)));
      return out;
    });
  }

  private void incident(Context ctx) {
    long id = RequestFilter.pathId(ctx);
    IncidentView v = store.incident(id)
        .orElseThrow(() -> new NotFoundResponse("no incident " + id));
    send(ctx, incidentJson.full(v));
  }

  private void timeline(Context ctx) {
    Timeline.Unit unit = Timeline.Unit.of(ctx.queryParam("unit"));
    IncidentFilter filter = RequestFilter.of(ctx);
    sendCached(ctx, () -> {
      ObjectNode out = json.createObjectNode().put("unit", unit.name().toLowerCase(Locale.ROOT));
      var buckets = out.putArray("buckets");
      for (Timeline.Bucket b : Timeline.of(store.summaries(filter), unit)) {
        buckets.addObject().put("start", b.start().toString()).put("incidents", b.incidents())
            .put("killed", b.killed());
      }
      return out;
    });
  }

  private void article(Context ctx) {
    long id = RequestFilter.pathId(ctx);
    StoredArticle a = store.article(id)
        .orElseThrow(() -> new NotFoundResponse("no article " + id));
    ObjectNode out = json.createObjectNode().put("id", a.id()).put("newer", a.newer())
        .put("story", a.storyId()).put("input", a.input()).put("url", a.url())
        .put("title", a.title()).put("published", a.published()).put("version", a.version());
    try {
      out.set("record", json.readTree(a.record()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored record of article " + id + " is not JSON", e);
    }
    send(ctx, out);
  }

  private void export(Context ctx) throws IOException {
    String given = ctx.queryParam("format");
    if (given == null) {
      throw new BadRequest("format is required: jsonl, csv, acled-csv or geojson");
    }
    String format = given.toLowerCase(Locale.ROOT);
    IncidentExport export;
    try {
      export = IncidentExport.of(format);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    IncidentFilter filter = RequestFilter.of(ctx);
    String suffix = switch (format) {
      case "geojson" -> ".geojson";
      case "jsonl" -> ".jsonl";
      default -> ".csv";
    };
    ctx.contentType(format.endsWith("csv") ? "text/csv; charset=utf-8"
        : format.equals("geojson") ? "application/geo+json" : "application/x-ndjson");
    ctx.header("Content-Disposition", "attachment; filename=\"vigil-incidents" + suffix + "\"");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      export.write(store, filter, out);
    }
  }

  private void story(Context ctx) {
    long id = RequestFilter.pathId(ctx);
    Store.StoryView story = store.story(id)
        .orElseThrow(() -> new NotFoundResponse("no story " + id));
    ObjectNode out = json.createObjectNode().put("id", story.id())
        .put("firstDay", story.firstDay() == null ? null : story.firstDay().toString());
    story.copies().forEach(a -> out.withArray("copies").add(article(a)));
    story.incidents().forEach(out.withArray("incidents")::add);
    send(ctx, out);
  }

  private void places(Context ctx) {
    IncidentFilter filter = RequestFilter.of(ctx);
    sendCached(ctx, () -> {
      List<Store.PlaceSummary> found = store.places(filter);
      ObjectNode out = json.createObjectNode().put("count", found.size());
      var list = out.putArray("places");
      for (Store.PlaceSummary p : found) {
        list.addObject().put("name", p.name()).put("country", p.country())
            .put("admin1", p.admin1()).put("lat", p.lat()).put("lon", p.lon())
            .put("incidents", p.incidents()).put("killed", p.killed())
            .put("first", p.first() == null ? null : p.first().toString())
            .put("last", p.last() == null ? null : p.last().toString());
      }
      return out;
    });
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequest("q must give the words to search for");
    }
    if (q.length() > 500) {
      throw new BadRequest("q is at most 500 characters");
    }
    int limit = RequestFilter.integer(ctx, "limit", 50);
    if (limit < 1 || limit > 500) {
      throw new BadRequest("limit must be from 1 to 500, not " + limit);
    }
    sendCached(ctx, () -> {
      List<Store.ArticleRef> found = store.search(q, limit);
      ObjectNode out = json.createObjectNode().put("count", found.size());
      found.forEach(a -> out.withArray("articles").add(article(a)));
      return out;
    });
  }

  private ObjectNode article(Store.ArticleRef a) {
    return json.createObjectNode().put("id", a.id()).put("input", a.input())
        .put("url", a.url()).put("title", a.title()).put("published", a.published())
        .put("agency", a.agency()).put("passage", a.passage());
  }

  private void counts(Context ctx) {
    Store.Counts c = store.counts();
    send(ctx, json.createObjectNode().put("inputs", c.inputs()).put("articles", c.articles())
        .put("stories", c.stories()).put("events", c.events()).put("incidents", c.incidents())
        .put("failures", c.failures()));
  }

  /**
   * Sends the answer kept for this path and query, else {@code make}'s, keeping it; gzipped as
   * kept to a reader that takes gzip (a browser does), so the server does not compress it again.
   */
  private void sendCached(Context ctx, Supplier<Object> make) {
    String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    ResponseCache.Answer answer = cache.get(key, () -> {
      try {
        return json.writeValueAsBytes(make.get());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    });
    ctx.contentType(JSON).header("Vary", "Accept-Encoding");
    String accepted = ctx.header("Accept-Encoding");
    if (answer.gzipped() != null && accepted != null && accepted.contains("gzip")) {
      ctx.header("Content-Encoding", "gzip").result(answer.gzipped());
    } else {
      ctx.result(answer.body());
    }
  }

  private void send(Context ctx, Object body) {
    try {
      ctx.contentType(JSON).result(json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
