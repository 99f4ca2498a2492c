package org.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.ArticleJson;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.TestPipeline;

/**
 * The records of the bundled samples, compared whole with checked-in copies, so any change to
 * what Vigil writes shows up as a diff to review. Regenerate on purpose only, with
 * {@code -Dvigil.golden.update=true}, and read the diff before committing it.
 */
class GoldenRecordTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private final Pipeline pipeline =
      StandardPipeline.create(TestPipeline.language(), TestGazetteer.gazetteer());
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void sampleRecordsMatchTheirGoldenCopies() throws IOException {
    boolean update = Boolean.getBoolean("vigil.golden.update");
    List<ReadOutcome> samples = new DocumentReader(ReaderOptions.defaults())
        .readAll(List.of(SAMPLES.toString()));
    assertThat(samples).hasSize(4).allMatch(o -> o instanceof ReadOutcome.Read);
    for (ReadOutcome o : samples) {
      ReadOutcome.Read read = (ReadOutcome.Read) o;
      JsonNode record = json.readTree(new ArticleJson().line(pipeline.extract(read.document())));
      // The version changes with every release; everything else must be reviewed.
      ((ObjectNode) record.get("extractor")).remove("version");
      Path golden = GOLDEN.resolve(fileName(read.input()));
      if (update) {
        Files.writeString(golden,
            json.writerWithDefaultPrettyPrinter().writeValueAsString(record) + "\n",
            StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(golden)).as("golden copy %s (run with -Dvigil.golden.update=true)",
          golden).isTrue();
      assertThat(json.writerWithDefaultPrettyPrinter().writeValueAsString(record))
          .as("record of %s against %s", read.input(), golden)
          .isEqualTo(json.writerWithDefaultPrettyPrinter()
              .writeValueAsString(json.readTree(golden.toFile())));
    }
  }

  /** "../samples/feed.jsonl:2#sample-002" becomes "feed.jsonl-2-sample-002.json". */
  private static String fileName(String input) {
    String name = input.substring(input.lastIndexOf('/') + 1);
    return name.replaceAll("[^A-Za-z0-9.\\-]+", "-").toLowerCase(Locale.ROOT) + ".json";
  }
}
