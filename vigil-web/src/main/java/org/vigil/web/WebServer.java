package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.session.SessionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.store.Store;
import org.vigil.store.StoreException;

/**
 * {@code vigil serve}: one process serving the REST API, its OpenAPI document and the pages,
 * over one store. The pages and their libraries are static files; every figure they show comes
 * from the API. Nothing is loaded from another host.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /**
   * Pages run only their own scripts: a hostile article's markup, were it ever put into a page,
   * could not run. Leaflet sets styles from script, which style-src does not restrict.
   */
  static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' data:; "
      + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
      + "frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final WebhookDelivery webhooks;
  private final List<String> handlers;
  private final List<ApiRoute> routes;

  private WebServer(Javalin app, WebhookDelivery webhooks, List<String> handlers,
      List<ApiRoute> routes) {
    this.app = app;
    this.webhooks = webhooks;
    this.handlers = handlers;
    this.routes = routes;
  }

  /** Starts serving {@code store} and delivering its watches; stops with {@link #close()}. */
  public static WebServer start(Store store, WebOptions options, String version) {
    options.requireAssets();
    Access access = new Access(store,
        new LoginLimiter(5, Duration.ofMinutes(15).toMillis(), Clock.systemUTC()));
    List<ApiRoute> routes = routes(store, options, access, version);
    List<String> handlers = new CopyOnWriteArrayList<>();
    Javalin app = Javalin.create(config -> configure(config, options, handlers));
    app.before(WebServer::secureHeaders);
    for (ApiRoute r : routes) {
      // Every write route is guarded here, so none can forget to be.
      app.addHttpHandler(r.method(), r.path(), !r.writes() ? r.handler() : ctx -> {
        ctx.attribute(ReviewApi.USER, access.require(ctx));
        r.handler().handle(ctx);
      });
    }
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "the server failed to answer: " + e.getMessage());
    });
    app.start(options.host(), options.port());
    WebhookDelivery webhooks = new WebhookDelivery(store, options.delivery());
    webhooks.start();
    return new WebServer(app, webhooks, handlers, List.copyOf(routes));
  }

  /** Every route of the API, the OpenAPI document's own last. */
  private static List<ApiRoute> routes(Store store, WebOptions options, Access access,
      String version) {
    List<ApiRoute> routes = new ArrayList<>(
        new ReadApi(store, new Outlines(options.assets())).routes());
    routes.addAll(new ReviewApi(store).routes());
    routes.addAll(new WatchApi(store).routes());
    routes.addAll(access.routes());
    // The document lists itself, so it is written once every route, its own too, is known.
    AtomicReference<byte[]> openApi = new AtomicReference<>();
    routes.add(ApiRoute.get("/api/openapi.json", "This document: every route of the API",
        List.of(), "application/json",
        ctx -> ctx.contentType("application/json").result(openApi.get())));
    openApi.set(json(OpenApiDocument.of(routes, version)));
    return routes;
  }

  /** Sessions, static pages and libraries, and the record of every handler added. */
  private static void configure(JavalinConfig config, WebOptions options,
      List<String> handlers) {
    config.showJavalinBanner = false;
    config.events(events -> events.handlerAdded(h -> {
      if (h.getHttpMethod().isHttpMethod()) {
        handlers.add(h.getHttpMethod() + " " + h.getPath());
      }
    }));
    config.http.defaultContentType = "application/json";
    config.jetty.modifyServletContextHandler(context -> {
      SessionHandler sessions = context.getSessionHandler();
      sessions.setHttpOnly(true);
      sessions.setSameSite(HttpCookie.SameSite.STRICT);
      sessions.setMaxInactiveInterval((int) Duration.ofHours(8).toSeconds());
    });
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/org/vigil/web/ui";
      files.location = Location.CLASSPATH;
    });
    config.staticFiles.add(files -> {
      files.hostedPath = "/lib";
      files.directory = options.assets().resolve("lib").toAbsolutePath().toString();
      files.location = Location.EXTERNAL;
    });
  }

  private static void secureHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json")
        .result(json(new ObjectMapper().createObjectNode().put("error", message)));
  }

  private static byte[] json(Object value) {
    try {
      return new ObjectMapper().writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The port it listens on (the one chosen when asked for 0). */
  public int port() {
    return app.port();
  }

  /** The routes that change the store, each guarded by {@link Access#require}. */
  List<ApiRoute> writeRoutes() {
    return routes.stream().filter(ApiRoute::writes).toList();
  }

  /** Every HTTP handler the server has, as Javalin registered it: {@code GET /api/…}. */
  List<String> handlers() {
    return List.copyOf(handlers);
  }

  @Override
  public void close() {
    webhooks.close();
    app.stop();
  }
}
