package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testing.SharedData;

/** The store's commands, end to end on real reports: ingest, query, export, incident. */
class StoreCommandsTest {

  @TempDir Path dir;

  @Test
  void ingestQueryExportAndCorrectAnIncident() throws Exception {
    String db = dir.resolve("store").toString();
    Path feed = dir.resolve("feed.jsonl");
    // Rows 2, 13 and 277 of FA-KES tell the Khan Sheikhoun attack; one line is broken.
    StringBuilder lines = new StringBuilder();
    var fakes = org.vigil.testing.FakesCorpus.texts();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (int row : new int[] {2, 13, 277}) {
      lines.append(json.writeValueAsString(java.util.Map.of("id", "row" + row, "text",
          fakes.get(row - 2), "url", "https://news.example/" + row))).append('\n');
    }
    lines.append("{broken\n");
    Files.writeString(feed, lines.toString());

    CommandRun ingest = CommandRun.vigil("ingest", feed.toString(), "--db", db, "--country",
        "SY");
    assertThat(ingest.code()).as(ingest.err()).isEqualTo(1);
    assertThat(ingest.err()).contains("read 3 input(s), 3 new; extracted 3")
        .contains("failed: " + feed + ":4: not a JSON object");
    CommandRun again = CommandRun.vigil("ingest", feed.toString(), "--db", db);
    assertThat(again.err()).contains("read 3 input(s), 0 new; extracted 0");

    CommandRun query = CommandRun.vigil("query", "--db", db, "--type", "Chemical weapon",
        "--min-killed", "50");
    assertThat(query.code()).isZero();
    Matcher row = Pattern.compile("(?m)^(\\d+)\\s+2017-04-0\\d\\s+Khan Sheikhoun, Idlib.*"
        + "3 \\(3 stories\\)$").matcher(query.out());
    assertThat(row.find()).as(query.out()).isTrue();
    String id = row.group(1);

    CommandRun show = CommandRun.vigil("incident", "show", id, "--db", db);
    Matcher event = Pattern.compile("- event (\\S+) ").matcher(show.out());
    assertThat(event.find()).as(show.out()).isTrue();
    String firstEvent = event.group(1);
    CommandRun split = CommandRun.vigil("incident", "split", id, firstEvent, "--db", db,
        "--user", "tester", "--reason", "checking a split");
    assertThat(split.code()).as(split.err()).isZero();
    Matcher made = Pattern.compile("split off as incident (\\d+)").matcher(split.out());
    assertThat(made.find()).isTrue();
    CommandRun merge = CommandRun.vigil("incident", "merge", id, made.group(1), "--db", db,
        "--user", "tester", "--reason", "it was one attack");
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merge.out()).contains("3 source(s), 3 stories").contains(firstEvent);
    CommandRun review = CommandRun.vigil("incident", "review", id, "killed", "corrected",
        "--value", "{\"best\": 89}", "--db", db, "--user", "tester", "--reason", "WHO count");
    assertThat(review.code()).as(review.err()).isZero();
    assertThat(review.out()).contains("killed 89 ")
        .contains("killed corrected by tester on ").contains("to {\"best\": 89}: WHO count");
    CommandRun wrong = CommandRun.vigil("incident", "review", id, "killed", "corrected",
        "--value", "{\"best\": -1}", "--db", db, "--reason", "typo");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("whole number");

    Path geojson = dir.resolve("incidents.geojson");
    CommandRun export = CommandRun.vigil("export", "--db", db, "--format", "geojson", "--out",
        geojson.toString(), "--country", "SY");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(Files.readString(geojson)).startsWith("{\"type\":\"FeatureCollection\"")
        .contains("\"Khan Sheikhoun\"").contains("\"reviewed\":\"killed=corrected\"");
    CommandRun bad = CommandRun.vigil("export", "--db", db, "--format", "xlsx");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("no export format 'xlsx'");
  }
}
