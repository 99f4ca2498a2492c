package org.vigil.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Records as JSON: a record read back into the model writes the same JSON again, and a value
 * no record writes is refused, naming it.
 */
class ArticleJsonTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void goldenRecordsReadBackWriteTheSameJson() throws IOException {
    List<Path> goldens;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      goldens = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(goldens).isNotEmpty();
    for (Path golden : goldens) {
      JsonNode record = json.readTree(golden.toFile());
      Article article = json.treeToValue(record, Article.class);
      JsonNode again = json.readTree(new ArticleJson().line(article));
      // the golden copies leave the extractor's version out
      ((ObjectNode) again.get("extractor")).remove("version");
      assertThat(again).as("%s read and written again", golden).isEqualTo(record);
    }
  }

  @Test
  void typesAreWrittenByTheirAcledLabels() throws IOException {
    assertThat(json.writeValueAsString(EventType.EXPLOSIONS))
        .isEqualTo("\"Explosions/Remote violence\"");
    assertThat(json.writeValueAsString(SubEventType.AIR_DRONE_STRIKE))
        .isEqualTo("\"Air/drone strike\"");
    assertThat(json.readValue("\"Violence against civilians\"", EventType.class))
        .isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(json.readValue("\"Shelling/artillery/missile attack\"", SubEventType.class))
        .isEqualTo(SubEventType.SHELLING);
  }

  @Test
  void datePrecisionsAreWrittenByTheirWords() throws IOException {
    assertThat(json.writeValueAsString(new Event.EventDate("2019-11", DatePrecision.MONTH)))
        .isEqualTo("{\"value\":\"2019-11\",\"precision\":\"month\"}");
    assertThat(json.readValue("{\"value\":\"2015-Q4\",\"precision\":\"quarter\"}",
        Event.EventDate.class)).isEqualTo(new Event.EventDate("2015-Q4", DatePrecision.QUARTER));
  }

  @Test
  void aCountKeepsItsSourcesOnlyWhereTheyDisagree() throws IOException {
    Event.Count agreed = new Event.Count(3, 3, 3, java.util.Map.of());
    assertThat(json.writeValueAsString(agreed)).doesNotContain("sources");
    Event.Count disputed = new Event.Count(3, 1, 3, java.util.Map.of(), List.of(
        new Event.SourcedFigure(1, "Syrian state media", new Span(10, 20)),
        new Event.SourcedFigure(3, "Syrian Observatory for Human Rights", new Span(40, 45))));
    String written = json.writeValueAsString(disputed);
    assertThat(json.readTree(written).get("sources").get(1).get("source").asText())
        .isEqualTo("Syrian Observatory for Human Rights");
    assertThat(json.readValue(written, Event.Count.class)).isEqualTo(disputed);
    assertThat(json.readValue("{\"best\":2,\"low\":2,\"high\":2}", Event.Count.class)
        .sources()).isEmpty();
  }

  @Test
  void placePrecisionsAreWrittenByTheirCodes() throws IOException {
    assertThat(json.writeValueAsString(PlacePrecision.NEAR_SETTLEMENT)).isEqualTo("2");
    assertThat(json.readValue("4", PlacePrecision.class)).isEqualTo(PlacePrecision.COUNTRY);
    assertThat(json.readValue("null", PlacePrecision.class)).isNull();
  }

  @Test
  void aValueNoRecordWritesIsRefusedByName() {
    assertThatThrownBy(() -> json.readValue("\"battles\"", EventType.class))
        .hasMessageContaining("no ACLED event type 'battles'");
    assertThatThrownBy(() -> json.readValue("\"Airstrike\"", SubEventType.class))
        .hasMessageContaining("no ACLED sub-event type 'Airstrike'");
    assertThatThrownBy(() -> json.readValue("{\"value\":\"2019\",\"precision\":\"years\"}",
        Event.EventDate.class)).hasMessageContaining("no date precision 'years'");
    assertThatThrownBy(() -> json.readValue("5", PlacePrecision.class))
        .hasMessageContaining("no place precision 5");
  }
}
