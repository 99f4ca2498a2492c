package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;

/** The read API over the FA-KES dev store, answered by the real server over HTTP. */
class ApiTest {

  private final WebFixture web = WebFixture.get();
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = web.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  @Test
  void listsEveryIncidentNewestFirst() throws Exception {
    JsonNode all = ok("/api/incidents");
    int stored = web.store.summaries(IncidentFilter.ALL).size();
    assertThat(all.path("count").asInt()).isEqualTo(stored).isGreaterThan(300);
    List<String> days = new ArrayList<>();
    all.path("incidents").forEach(i -> {
      if (!i.path("date").path("from").isNull()) {
        days.add(i.path("date").path("from").asText());
      }
    });
    assertThat(days).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void aReaderThatTakesGzipGetsTheListGzipped() throws Exception {
    HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(web.url("/api/incidents?country=SY"))).header("Accept-Encoding", "gzip")
            .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    String plain = web.get("/api/incidents?country=SY").body();
    assertThat(zipped.body().length).isLessThan(plain.length() / 4);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
    }
  }

  @Test
  void storiesPlacesAndSearchAreServed() throws Exception {
    JsonNode hits = ok("/api/search?q=barrel+bombs&limit=5");
    assertThat(hits.path("count").asInt()).isEqualTo(5);
    for (JsonNode a : hits.path("articles")) {
      String record = web.store.article(a.path("id").asLong()).orElseThrow().record();
      assertThat(record.toLowerCase()).contains("barrel").contains("bombs");
      assertThat(a.path("passage").asText().toLowerCase()).contains("barrel");
    }
    assertThat(web.get("/api/search").statusCode()).isEqualTo(400);

    long story = web.store.article(hits.path("articles").get(0).path("id").asLong())
        .orElseThrow().storyId();
    JsonNode s = ok("/api/stories/" + story);
    assertThat(s.path("copies").findValues("id")).extracting(JsonNode::asLong)
        .contains(hits.path("articles").get(0).path("id").asLong());
    assertThat(web.get("/api/stories/99999999").statusCode()).isEqualTo(404);

    JsonNode places = ok("/api/places?country=SY&region=Aleppo");
    assertThat(places.path("count").asInt()).isPositive();
    places.path("places").forEach(p -> assertThat(p.path("admin1").asText())
        .isEqualTo("Aleppo"));
    assertThat(places.path("places").get(0).path("incidents").asInt()).isGreaterThanOrEqualTo(
        places.path("places").get(places.path("count").asInt() - 1).path("incidents").asInt());
  }

  @Test
  void theMeansOfAnIncidentAreInItsAnswerAndItsExports() throws Exception {
    List<IncidentView> barrel = new ArrayList<>();
    web.store.eachIncident(IncidentFilter.ALL, v -> {
      if (v.means().contains("barrel bomb")) {
        barrel.add(v);
      }
    });
    assertThat(barrel).as("FA-KES reports barrel bombs").hasSizeGreaterThan(3);
    IncidentView v = barrel.get(0);
    JsonNode incident = ok("/api/incidents/" + v.id());
    assertThat(incident.path("means").toString()).contains("barrel bomb");
    assertThat(incident.path("reports").findValues("means").toString()).contains("barrel bomb");
    String csv = web.get("/api/export?format=csv&country=" + v.country()).body();
    assertThat(csv.lines().filter(l -> l.startsWith(v.id() + ","))).singleElement()
        .asString().contains("barrel bomb");
  }

  @Test
  void filtersByCountryTypeAndToll() throws Exception {
    JsonNode syria = ok("/api/incidents?country=SY&type=Explosions/Remote%20violence&minKilled=10");
    assertThat(syria.path("count").asInt()).isPositive()
        .isLessThan(ok("/api/incidents").path("count").asInt());
    syria.path("incidents").forEach(i -> {
      assertThat(i.path("place").path("country").asText()).isEqualTo("SY");
      assertThat(i.path("type").asText()).isEqualTo("Explosions/Remote violence");
      JsonNode k = i.path("killed");
      assertThat(k.path("best").isNull() ? k.path("low").asInt() : k.path("best").asInt())
          .isGreaterThanOrEqualTo(10);
    });
    JsonNode byIs = ok("/api/incidents?actor=Islamic+State");
    assertThat(byIs.path("count").asInt()).isPositive()
        .isLessThan(ok("/api/incidents?actor=civilians").path("count").asInt());
    JsonNode one = ok("/api/incidents/" + byIs.path("incidents").get(0).path("id").asLong());
    assertThat(one.path("reports").findValues("perpetrators").toString()
        + one.path("reports").findValues("targets")).contains("Islamic State");
  }

  @Test
  void malformedParametersAreRefusedByName() throws Exception {
    HttpResponse<String> badDay = web.get("/api/incidents?from=last-week");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badDay.body()).path("error").asText()).contains("from", "last-week");
    assertThat(web.get("/api/incidents?limit=0").statusCode()).isEqualTo(400);
    assertThat(web.get("/api/incidents?minKilled=many").body()).contains("minKilled");
    assertThat(web.get("/api/timeline?unit=year").statusCode()).isEqualTo(400);
    assertThat(web.get("/api/export?format=xlsx").statusCode()).isEqualTo(400);
    assertThat(web.get("/api/incidents/abc").statusCode()).isEqualTo(400);
    HttpResponse<String> missing = web.get("/api/incidents/99999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("no incident 99999999");
  }

  @Test
  void anIncidentShowsEverySourceWithItsEvidence() throws Exception {
    IncidentView many = web.store.summaries(IncidentFilter.ALL).stream()
        .filter(v -> v.stories() >= 2).findFirst().orElseThrow();
    JsonNode incident = ok("/api/incidents/" + many.id());
    assertThat(incident.path("reports").size()).isEqualTo(many.sources());
    for (JsonNode report : incident.path("reports")) {
      JsonNode record = ok("/api/articles/" + report.path("article").asLong()).path("record");
      JsonNode event = null;
      for (JsonNode e : record.path("events")) {
        if (e.path("id").asText().equals(report.path("articleEvent").asText())) {
          event = e;
        }
      }
      assertThat(event).as("the report's event in its article's record").isNotNull();
      assertThat(event.path("evidence").size()).isPositive();
      assertThat(event.path("type").asText()).isEqualTo(report.path("type").asText());
    }
  }

  @Test
  void timelineCountsEveryDatedIncidentOnce() throws Exception {
    JsonNode months = ok("/api/timeline?unit=month&country=SY");
    int dated = (int) web.store.summaries(new IncidentFilter("SY", null, null, null, null, null, null,
        null, 0)).stream().filter(v -> v.date() != null).count();
    int sum = 0;
    for (JsonNode b : months.path("buckets")) {
      assertThat(b.path("start").asText()).endsWith("-01");
      sum += b.path("incidents").asInt();
    }
    assertThat(sum).isEqualTo(dated);
  }

  @Test
  void exportsAndOutlinesAreServed() throws Exception {
    JsonNode geo = ok("/api/export?format=geojson&country=SY");
    assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.path("features").size()).isPositive();
    JsonNode regions = ok("/api/outlines/regions/SY");
    List<String> names = new ArrayList<>();
    regions.path("features").forEach(f -> names.add(f.path("properties").path("name").asText()));
    assertThat(names).contains("Aleppo", "Idlib", "Damascus");
    assertThat(web.get("/api/outlines/regions/SYR").statusCode()).isEqualTo(400);
    assertThat(ok("/api/outlines/countries").path("objects").has("countries")).isTrue();
  }

  @Test
  void everyAnswerCarriesTheContentPolicy() {
    for (String path : List.of("/", "/incident.html", "/api/incidents?limit=1",
        "/api/incidents/0")) {
      HttpResponse<String> r = web.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValue(WebServer.CONTENT_POLICY);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }
}
