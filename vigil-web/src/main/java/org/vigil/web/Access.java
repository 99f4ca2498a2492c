package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Optional;
import org.vigil.store.Store;

/**
 * Who may write. Reading is public; a write needs an API token ({@code Authorization: Bearer})
 * or a logged-in session whose CSRF token comes back in the {@code X-CSRF-Token} header, which
 * a page of another site cannot read or set. Failed logins are limited per name and address.
 */
final class Access {

  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String USER = "vigil.user";
  private static final String CSRF = "vigil.csrf";

  private final Store store;
  private final LoginLimiter limiter;
  private final ObjectMapper json = new ObjectMapper();

  Access(Store store, LoginLimiter limiter) {
    this.store = store;
    this.limiter = limiter;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(HandlerType.POST, "/api/login",
            "Logs in: answers the user, role and the CSRF token every write must send back",
            List.of(), "{name, password}", false, "application/json", this::login),
        new ApiRoute(HandlerType.POST, "/api/logout", "Ends the session", List.of(), null,
            true, "application/json", ctx -> {
              ctx.req().getSession().invalidate();
              ctx.json(json.createObjectNode().put("loggedOut", true));
            }),
        ApiRoute.get("/api/me", "The logged-in user and the session's CSRF token, or null",
            List.of(), "application/json", this::me));
  }

  private void login(Context ctx) throws Exception {
    JsonNode body = json.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
    String name = body.path("name").asText("");
    String password = body.path("password").asText("");
    String from = ctx.ip();
    if (!limiter.mayTry(name, from)) {
      throw new TooManyRequestsResponse("too many failed logins for this name or address; "
          + "wait and try again");
    }
    Optional<Store.User> user = store.user(name);
    if (user.isEmpty() || !Credentials.passwordMatches(password, user.get().passwordHash())) {
      limiter.failed(name, from);
      throw new UnauthorizedResponse("wrong name or password");
    }
    ctx.req().getSession().invalidate(); // a fresh session id: none fixed by another
    ctx.sessionAttribute(USER, user.get().name());
    ctx.sessionAttribute(CSRF, Credentials.randomString());
    me(ctx);
  }

  private void me(Context ctx) {
    String name = ctx.sessionAttribute(USER);
    ObjectNode out = json.createObjectNode();
    Optional<Store.User> user = name == null ? Optional.empty() : store.user(name);
    if (user.isEmpty()) {
      out.putNull("user");
    } else {
      out.putObject("user").put("name", user.get().name()).put("role", user.get().role());
      out.put("csrf", (String) ctx.sessionAttribute(CSRF));
    }
    ctx.contentType("application/json").result(out.toString());
  }

  /** The user a write comes from; refuses it (401, 403) when it carries no valid credential. */
  Store.User require(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      if (!authorization.startsWith("Bearer ")) {
        throw new UnauthorizedResponse("Authorization must be 'Bearer <token>'");
      }
      return store.userByToken(Credentials.hashToken(authorization.substring(7).trim()))
          .orElseThrow(() -> new UnauthorizedResponse("unknown API token"));
    }
    String name = ctx.sessionAttribute(USER);
    if (name == null) {
      throw new UnauthorizedResponse("log in, or send an API token");
    }
    if (!Credentials.same(ctx.header(CSRF_HEADER), ctx.sessionAttribute(CSRF))) {
      throw new ForbiddenResponse("missing or wrong " + CSRF_HEADER + " header");
    }
    return store.user(name).orElseThrow(() -> new UnauthorizedResponse("no such user now"));
  }
}
