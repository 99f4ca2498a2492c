package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;

/**
 * Every write route refuses a request with no credential, a bad token or a session without its
 * CSRF header, and changes nothing then; a token or a session with its header may write, and
 * the change reaches the audit log. Failed logins are limited.
 */
class SecurityTest {

  private final WebFixture web = WebFixture.get();
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> post(HttpClient client, String url, String body,
      String... headers) throws Exception {
    return send(client, "POST " + url, body, headers);
  }

  /** Sends {@code request} ({@code METHOD url}) with a JSON body. */
  private HttpResponse<String> send(HttpClient client, String request, String body,
      String... headers) throws Exception {
    String[] methodUrl = request.split(" ", 2);
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(methodUrl[1]))
        .header("Content-Type", "application/json")
        .method(methodUrl[0], HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient browserLike() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** A logged-in session; answers its CSRF token. */
  private String login(HttpClient client, String base) throws Exception {
    HttpResponse<String> r = post(client, base + "/api/login", json.createObjectNode()
        .put("name", WebFixture.ANALYST).put("password", WebFixture.PASSWORD).toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json.readTree(r.body()).path("csrf").asText();
  }

  /** Every write route as a request line: {@code POST http://…/api/incidents/7/merge}. */
  private List<String> writeRequests() {
    long id = web.store.summaries(IncidentFilter.ALL).get(0).id();
    List<String> requests = new ArrayList<>();
    for (ApiRoute r : web.server.writeRoutes()) {
      requests.add(r.method().name() + " " + web.url(r.path().replace("{id}", Long.toString(id))));
    }
    return requests;
  }

  @Test
  void everyRouteButLoginThatIsNoReadIsGuarded() {
    List<String> guarded = web.server.writeRoutes().stream()
        .map(r -> r.method() + " " + r.path()).toList();
    List<String> unsafe = web.server.handlers().stream()
        .filter(h -> !h.startsWith("GET ") && !h.equals("POST /api/login")).toList();
    assertThat(guarded).isNotEmpty().containsExactlyInAnyOrderElementsOf(unsafe);
  }

  @Test
  void writesWithoutAValidCredentialAreRefusedAndChangeNothing() throws Exception {
    int changes = web.store.audit(10_000).size();
    HttpClient anonymous = HttpClient.newHttpClient();
    HttpClient session = browserLike();
    String csrf = login(session, web.url(""));
    int watches = web.store.watches().size();
    String body = "{\"from\": 1, \"events\": [\"x\"], \"field\": \"killed\", "
        + "\"verdict\": \"rejected\", \"name\": \"w\", \"reason\": \"test\"}";
    for (String request : writeRequests()) {
      assertThat(send(anonymous, request, body).statusCode()).as("no credential: " + request)
          .isEqualTo(401);
      assertThat(send(anonymous, request, body, "Authorization", "Bearer vgl_forged")
          .statusCode()).as("bad token: " + request).isEqualTo(401);
      assertThat(send(anonymous, request, body, "Authorization", "Basic YTpi").statusCode())
          .as("not a bearer token: " + request).isEqualTo(401);
      assertThat(send(session, request, body).statusCode())
          .as("session, no CSRF header: " + request).isEqualTo(403);
      assertThat(send(session, request, body, Access.CSRF_HEADER, csrf + "x").statusCode())
          .as("session, forged CSRF header: " + request).isEqualTo(403);
    }
    assertThat(web.store.audit(10_000)).hasSize(changes);
    assertThat(web.store.watches()).hasSize(watches);
  }

  @Test
  void aTokenOrASessionWithItsHeaderMayCorrectAndTheAuditLogShowsIt() throws Exception {
    List<IncidentView> two = web.store.summaries(new IncidentFilter("SY", "Aleppo", null, null, null,
        null, null, null, 0)).stream().filter(v -> v.sources() == 1).limit(2).toList();
    HttpResponse<String> merged = post(HttpClient.newHttpClient(),
        web.url("/api/incidents/" + two.get(0).id() + "/merge"),
        "{\"from\": " + two.get(1).id() + ", \"reason\": \"one strike, two reports\"}",
        "Authorization", "Bearer " + web.token);
    assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
    JsonNode incident = json.readTree(merged.body());
    assertThat(incident.path("reports")).hasSize(2);

    HttpClient session = browserLike();
    String csrf = login(session, web.url(""));
    String key = incident.path("reports").get(1).path("event").asText();
    HttpResponse<String> split = post(session,
        web.url("/api/incidents/" + two.get(0).id() + "/split"),
        "{\"events\": [\"" + key + "\"], \"reason\": \"different days after all\"}",
        Access.CSRF_HEADER, csrf);
    assertThat(split.statusCode()).as(split.body()).isEqualTo(200);

    JsonNode audit = json.readTree(web.get("/api/audit?limit=2").body()).path("changes");
    assertThat(audit.get(0).path("action").asText()).isEqualTo("split");
    assertThat(audit.get(0).path("reason").asText()).isEqualTo("different days after all");
    assertThat(audit.get(1).path("action").asText()).isEqualTo("merge");
    assertThat(audit.get(1).path("by").asText()).isEqualTo(WebFixture.ANALYST);
  }

  @Test
  void repeatedFailedLoginsAreRefusedEvenWithTheRightPassword() throws Exception {
    // A server of its own, so that its failures do not lock the other tests out.
    try (WebServer own = WebServer.start(web.store,
        new WebOptions("127.0.0.1", 0, WebOptions.defaultAssets()), "test")) {
      String url = "http://127.0.0.1:" + own.port() + "/api/login";
      HttpClient client = HttpClient.newHttpClient();
      String wrong = "{\"name\": \"analyst\", \"password\": \"guess\"}";
      for (int i = 0; i < 5; i++) {
        assertThat(post(client, url, wrong).statusCode()).isEqualTo(401);
      }
      String right = json.createObjectNode().put("name", WebFixture.ANALYST)
          .put("password", WebFixture.PASSWORD).toString();
      HttpResponse<String> r = post(client, url, right);
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.body()).contains("too many failed logins");
    }
  }
}
