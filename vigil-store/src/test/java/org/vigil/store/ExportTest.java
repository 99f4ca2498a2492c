package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.export.IncidentExport;
import org.vigil.store.testing.FakesRecords;
import org.vigil.store.testing.TestStores;

/** Exports read back by the real clients analysts use: GDAL and DuckDB. */
class ExportTest {

  @TempDir static Path dir;

  private static Store store;
  private static List<IncidentView> incidents;

  @BeforeAll
  static void fill() {
    store = Store.open(TestStores.h2(dir.resolve("store")));
    for (int row = 2; row < 82; row++) {
      store.save(store.receive(FakesRecords.document(row)).inputId(), FakesRecords.article(row));
    }
    incidents = store.incidents(IncidentFilter.ALL);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Path export(String format) throws IOException {
    Path out = dir.resolve("incidents." + format.replace("acled-", "acled."));
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      IncidentExport.of(format).write(store, IncidentFilter.ALL, w);
    }
    return out;
  }

  @Test
  void gdalReadsTheGeoJsonWithOnePointPerPlacedIncident() throws Exception {
    Path geojson = export("geojson");
    Process p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", geojson.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    long placed = incidents.stream().filter(v -> v.lat() != null).count();
    assertThat(placed).isGreaterThan(50);
    assertThat(out).contains("Geometry: Point").contains("Feature Count: " + placed)
        .contains("killed_best: Integer").contains("subtype: String");
  }

  @Test
  void duckDbReadsTheAcledCsvWithAcledsColumnsAndTypes() throws Exception {
    Path csv = export("acled-csv");
    Map<String, String> types = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(
          "DESCRIBE SELECT * FROM read_csv('" + csv + "', header = true)")) {
        while (rs.next()) {
          types.put(rs.getString("column_name"), rs.getString("column_type"));
        }
      }
      assertThat(types).containsEntry("event_date", "DATE").containsEntry("year", "BIGINT")
          .containsEntry("latitude", "DOUBLE").containsEntry("longitude", "DOUBLE")
          .containsEntry("fatalities", "BIGINT").containsEntry("time_precision", "BIGINT")
          .containsEntry("geo_precision", "BIGINT").containsEntry("event_type", "VARCHAR")
          .containsKeys("sub_event_type", "actor1", "actor2", "admin1", "location", "source",
              "notes", "country");
      try (ResultSet rs = s.executeQuery("SELECT count(*), sum(fatalities) FROM read_csv('"
          + csv + "', header = true)")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(incidents.size());
        assertThat(rs.getLong(2)).isEqualTo(incidents.stream()
            .mapToLong(v -> v.killed().point() == null ? 0 : v.killed().point()).sum());
      }
    }
  }

  @Test
  void jsonLinesKeepEverySourceWithItsFigureAndSentences() throws Exception {
    List<String> lines = Files.readAllLines(export("jsonl"));
    assertThat(lines).hasSize(incidents.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode richest = null;
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      if (richest == null || n.path("reports").size() > richest.path("reports").size()) {
        richest = n;
      }
    }
    assertThat(richest.path("reports").size()).isGreaterThan(1);
    for (JsonNode r : richest.path("reports")) {
      assertThat(r.path("notes").asText()).isNotBlank();
      assertThat(r.path("linked").asText()).isNotBlank();
      assertThat(r.has("killed")).isTrue();
    }
    List<String> csv = Files.readAllLines(export("csv"));
    assertThat(csv).hasSize(incidents.size() + 1);
    assertThat(csv.get(0)).startsWith("id,date,date_from,date_to,date_precision,type,subtype");
  }
}
