package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testing.AcledNotes;
import org.vigil.testing.SharedData;

class ExtractCommandTest {

  private final ObjectMapper json = new ObjectMapper();
  private final String article = SharedData.read("dev/afp-idlib-2020.txt");

  @TempDir Path dir;

  private List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        records.add(json.readTree(line));
      }
    }
    return records;
  }

  @Test
  void badInputsAreNamedAndTheRestOfTheBatchIsWritten() throws IOException {
    Files.writeString(dir.resolve("1-good.txt"), article);
    Files.writeString(dir.resolve("2-empty.txt"), "");
    Files.write(dir.resolve("3-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
    Files.write(dir.resolve("4-latin1.txt"), "Assad's forces shelled Ma\u00e2rrat on Sunday."
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("5-good.html"), "<p>" + article.replace("\n\n", "<p>"));

    CommandRun run = CommandRun.vigil("extract", dir.toString(), "--threads", "2");

    assertThat(run.code()).as("exit code when some inputs failed").isEqualTo(1);
    List<JsonNode> records = lines(run.out());
    assertThat(records).hasSize(2);
    assertThat(records.get(0).path("text").asText()).isEqualTo(article);
    assertThat(records.get(1).path("dateline").path("agency").asText()).isEqualTo("AFP");
    assertThat(run.err())
        .contains(dir.resolve("2-empty.txt") + ": empty")
        .contains(dir.resolve("3-binary.txt") + ": binary data")
        .contains(dir.resolve("4-latin1.txt") + ": not valid UTF-8")
        .contains("extracted 2 of 5 input(s)");
  }

  @Test
  void jsonLinesKeepTheirIdUrlTitleAndOrder() throws IOException {
    StringBuilder feed = new StringBuilder();
    String[] paragraphs = article.split("\n\n");
    for (int i = 0; i < 8; i++) {
      var rec = json.createObjectNode().put("id", "doc-" + i).put("url", "http://example.org/" + i)
          .put("title", "Title " + i).put("text", paragraphs[3 + i]);
      feed.append(json.writeValueAsString(rec)).append('\n');
    }
    Path in = Files.writeString(dir.resolve("feed.jsonl"), feed);
    Path out = dir.resolve("records.jsonl");

    CommandRun run = CommandRun.vigil("extract", in.toString(), "--out", out.toString(), "--threads", "2");

    assertThat(run.code()).isZero();
    List<JsonNode> records = lines(Files.readString(out));
    assertThat(records).extracting(r -> r.path("source").path("id").asText())
        .containsExactly("doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6", "doc-7");
    assertThat(records.get(5).path("source").path("url").asText())
        .isEqualTo("http://example.org/5");
    assertThat(records.get(5).path("source").path("title").asText()).isEqualTo("Title 5");
    assertThat(records.get(5).path("text").asText()).isEqualTo(paragraphs[8]);
    assertThat(Files.exists(dir.resolve("records.jsonl.partial"))).isFalse();
  }

  @Test
  void jsonFormatWritesAnArrayOfRecords() throws IOException {
    Path in = Files.writeString(dir.resolve("idlib.txt"), article);
    CommandRun run = CommandRun.vigil("extract", in.toString(), "--format", "json");
    JsonNode records = json.readTree(run.out());
    assertThat(records.isArray()).isTrue();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).path("id").asText()).hasSize(64);
  }

  /** The country of the place {@code name} of {@code record}. */
  private static String countryOf(JsonNode record, String name) {
    for (JsonNode p : record.path("places")) {
      if (p.path("name").asText().equals(name)) {
        return p.path("country").asText();
      }
    }
    throw new AssertionError(name + " not among " + record.path("places"));
  }

  @Test
  void theCountryOptionIsTheHomeOfEveryInputThatGivesNone() throws IOException {
    // A note naming only Hyderabad, which is read as the larger, Indian city unless the
    // source's home country says Pakistan.
    String note = AcledNotes.note("1235PAK").text();
    Path in = Files.writeString(dir.resolve("feed.jsonl"),
        json.writeValueAsString(json.createObjectNode().put("id", "bare").put("text", note))
            + "\n" + json.writeValueAsString(json.createObjectNode().put("id", "own")
            .put("country", "IN").put("text", note)) + "\n");

    CommandRun run = CommandRun.vigil("extract", in.toString(), "--country", "Pakistan");

    assertThat(run.code()).isZero();
    List<JsonNode> records = lines(run.out());
    assertThat(countryOf(records.get(0), "Hyderabad")).isEqualTo("PK");
    assertThat(countryOf(records.get(1), "Hyderabad")).as("the input's own").isEqualTo("IN");

    CommandRun unknown = CommandRun.vigil("extract", in.toString(), "--country", "Atlantis");
    assertThat(unknown.code()).isZero();
    assertThat(unknown.err()).contains("--country Atlantis: no country the gazetteer knows");
    assertThat(countryOf(lines(unknown.out()).get(0), "Hyderabad")).isEqualTo("IN");
  }

  @Test
  void missingInputIsAnErrorNotACrash() {
    CommandRun run = CommandRun.vigil("extract", dir.resolve("absent.txt").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("absent.txt: no such file");
  }
}
