package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.model.DatePrecision.DAY;
import static org.vigil.model.DatePrecision.WEEK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.StandardPipeline;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.Event;
import org.vigil.model.Event.EventDate;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/**
 * The incident gold of 30 FA-KES articles ({@code dev/fakes-events.jsonl}): the scoring rules
 * of its guide on the gold's own entries, and the whole pipeline against it.
 */
class IncidentGoldEvaluationTest {

  private static final Path GOLD = SharedData.path("dev/fakes-events.jsonl");

  /** The first reported event of the gold article {@code id}. */
  private static JsonNode reported(String id) throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(GOLD)) {
      JsonNode a = json.readTree(line);
      if (a.path("id").asText().equals(id)) {
        for (JsonNode e : a.path("events")) {
          if (e.path("role").asText().equals("reported")) {
            return e;
          }
        }
      }
    }
    throw new AssertionError("no reported event in " + id);
  }

  @Test
  void theGoldIsRecognisedAndQuotesAreNot() throws Exception {
    assertThat(IncidentGoldEvaluation.recognises(GOLD)).isTrue();
    assertThat(IncidentGoldEvaluation.recognises(SharedData.path("quotes/polnear-dev.jsonl")))
        .isFalse();
  }

  @Test
  void aDayIsRightWithinOneDayAndOnlyAtDayPrecision() throws Exception {
    // Idlib market strikes "on Sunday", 2016-06-12
    JsonNode date = reported("1923102956").path("date");
    assertThat(IncidentGoldEvaluation.dateRight(date, new EventDate("2016-06-11", DAY)))
        .isTrue();
    assertThat(IncidentGoldEvaluation.dateRight(date, new EventDate("2016-06-10", DAY)))
        .isFalse();
    // the report's week says less than the day the text gives
    assertThat(IncidentGoldEvaluation.dateRight(date, new EventDate("2016-06-12", WEEK)))
        .isFalse();
  }

  @Test
  void killedIsTheBestFigureOrWithinTheRange() throws Exception {
    // SOHR "at least 12", the LCC 13: best 12, low 12, high 13
    JsonNode killed = reported("1923102956").path("killed");
    assertThat(IncidentGoldEvaluation.killedRight(killed, count(12, 12))).isTrue();
    assertThat(IncidentGoldEvaluation.killedRight(killed, count(13, 13))).isFalse();
    assertThat(IncidentGoldEvaluation.killedRight(killed, null)).isFalse();
    JsonNode none = new ObjectMapper().nullNode();
    assertThat(IncidentGoldEvaluation.killedRight(none, null)).isTrue();
    assertThat(IncidentGoldEvaluation.killedRight(none, count(3, 3))).isFalse();
  }

  @Test
  void perpetratorNamesShareAWordThatIsNotGeneric() {
    assertThat(IncidentGoldEvaluation.shareWord("Russian air force", "Russian warplanes"))
        .isTrue();
    assertThat(IncidentGoldEvaluation.shareWord("Syrian government forces", "Kurdish forces"))
        .isFalse();
  }

  @Test
  void scoresTheDevIncidents() throws Exception {
    Report r = new IncidentGoldEvaluation(StandardPipeline.create(TestPipeline.language(),
        TestGazetteer.gazetteer())).evaluate(GOLD);
    Files.write(Path.of("target", "incident-gold-report.txt"), () -> {
      List<CharSequence> lines = new ArrayList<>();
      r.scores().forEach(s -> lines.add(s.toString()));
      lines.addAll(r.misses());
      return lines.iterator();
    });
    r.scores().forEach(System.out::println);
    // The figures (measured 0.873, 0.873, 2 duplicates, date 0.952, killed 0.871,
    // perpetrator 0.830, alleged 0.922).
    assertThat(r.score("reported event precision").value()).isGreaterThanOrEqualTo(0.85);
    assertThat(r.score("reported event recall").value()).isGreaterThanOrEqualTo(0.85);
    assertThat(r.score("duplicate events").value()).isLessThanOrEqualTo(2);
    assertThat(r.score("incident date right").value()).isGreaterThan(0.93);
    assertThat(r.score("incident killed right").value()).isGreaterThanOrEqualTo(0.85);
    assertThat(r.score("perpetrator right").value()).isGreaterThanOrEqualTo(0.80);
    assertThat(r.score("alleged right").value()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void eachHalfScoresEveryOtherArticleCountedFromZero() throws Exception {
    int[] reported = new int[2];
    List<String> lines = Files.readAllLines(GOLD);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      for (JsonNode e : json.readTree(lines.get(i)).path("events")) {
        reported[i % 2] += e.path("role").asText().equals("reported") ? 1 : 0;
      }
    }
    IncidentGoldEvaluation evaluation = new IncidentGoldEvaluation(StandardPipeline.create(
        TestPipeline.language(), TestGazetteer.gazetteer()));
    Report even = evaluation.evaluate(GOLD, DocumentHalf.EVEN);
    Report odd = evaluation.evaluate(GOLD, DocumentHalf.ODD);
    assertThat(even.gold()).endsWith("(even half)");
    assertThat(even.score("reported event recall").detail())
        .contains("/" + reported[0] + " gold");
    assertThat(odd.score("reported event recall").detail()).contains("/" + reported[1] + " gold");
    assertThat(reported[0]).isPositive();
    assertThat(reported[1]).isPositive();
  }

  private static Event.Count count(Integer best, Integer low) {
    return new Event.Count(best, low, null, Map.of());
  }
}
