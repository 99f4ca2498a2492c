package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;

/**
 * An analyst's verdict on a field, given through the API: the incident, its export and the
 * audit log show it, and a verdict that is none is refused with the reason.
 */
class ReviewTest {

  private final WebFixture web = WebFixture.get();
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> review(long id, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(web.url("/api/incidents/" + id
                + "/review")))
            .header("Authorization", "Bearer " + web.token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aCorrectedTollIsWhatTheIncidentItsExportAndTheAuditLogShow() throws Exception {
    IncidentView hama = web.store.summaries(new IncidentFilter("SY", "Hama", null, null, null, null,
        1, null, 0)).get(0);
    HttpResponse<String> r = review(hama.id(), """
        {"field": "killed", "verdict": "corrected", "value": {"low": 3, "best": 4, "high": 6},
         "reason": "the hospital's list"}""");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode incident = json.readTree(r.body());
    assertThat(incident.path("killed").path("best").asInt()).isEqualTo(4);
    assertThat(incident.path("reviewed").path("killed").asText()).isEqualTo("corrected");
    JsonNode verdict = incident.path("reviews").get(0);
    assertThat(verdict.path("by").asText()).isEqualTo(WebFixture.ANALYST);
    assertThat(verdict.path("value").path("high").asInt()).isEqualTo(6);

    assertThat(json.readTree(web.get("/api/incidents/" + hama.id()).body())
        .path("reviewed").path("killed").asText()).isEqualTo("corrected");
    String csv = web.get("/api/export?format=csv&country=SY&region=Hama").body();
    assertThat(csv.lines().filter(l -> l.startsWith(hama.id() + ",")))
        .singleElement().asString().contains(",3,4,6,").endsWith(",killed=corrected");
    JsonNode change = json.readTree(web.get("/api/audit?limit=1").body()).path("changes").get(0);
    assertThat(change.path("action").asText()).isEqualTo("review corrected");
    assertThat(change.path("target").asText()).isEqualTo("incident " + hama.id() + " killed");
    assertThat(change.path("reason").asText()).isEqualTo("the hospital's list");
  }

  @Test
  void aVerdictThatIsNoneIsRefusedWithTheReason() throws Exception {
    long id = web.store.summaries(IncidentFilter.ALL).get(0).id();
    int changes = web.store.audit(10_000).size();
    HttpResponse<String> r = review(id, """
        {"field": "killed", "verdict": "corrected", "value": {"best": "many"}, "reason": "r"}""");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("whole number");
    r = review(id, "{\"field\": \"type\", \"verdict\": \"corrected\", \"reason\": \"r\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("needs its value");
    r = review(id, "{\"field\": \"killed\", \"verdict\": \"doubted\", \"reason\": \"r\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("no verdict 'doubted'");
    r = review(id, "{\"field\": \"killed\", \"verdict\": \"confirmed\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("reason");
    assertThat(web.store.audit(10_000)).hasSize(changes);
  }
}
