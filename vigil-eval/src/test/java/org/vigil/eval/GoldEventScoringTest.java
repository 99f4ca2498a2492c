package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.model.DatePrecision.DAY;
import static org.vigil.model.DatePrecision.QUARTER;
import static org.vigil.model.DatePrecision.WEEK;
import static org.vigil.model.DatePrecision.YEAR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.StandardPipeline;
import org.vigil.document.Document;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.Article;
import org.vigil.model.Event.EventDate;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/**
 * The dev article's events scored against its gold, and date agreement at the gold's precision,
 * on the gold's own event dates.
 */
class GoldEventScoringTest {

  @Test
  void findsTheThreeRequiredEventsOfTheDevArticle() throws Exception {
    Pipeline pipeline =
        StandardPipeline.create(TestPipeline.language(), TestGazetteer.gazetteer());
    Article afp = pipeline.extract(
        Document.ofText("test", SharedData.read("dev/afp-idlib-2020.txt")));
    JsonNode gold = new ObjectMapper().readTree(
        SharedData.path("dev/afp-idlib-2020.gold.json").toFile());
    List<Score> scores = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    new GoldEventScoring().score(gold, afp, scores, misses);
    assertThat(scores.get(0).value()).as("recall; misses %s", misses).isEqualTo(1.0);
    assertThat(scores.get(1).value()).as("precision; misses %s", misses).isEqualTo(1.0);
    assertThat(scores.get(2).value()).as("killed; misses %s", misses).isEqualTo(1.0);
    assertThat(scores.get(3).value()).as("injured; misses %s", misses).isEqualTo(1.0);
  }

  private static JsonNode goldDate(int event) throws Exception {
    JsonNode gold = new ObjectMapper().readTree(
        SharedData.path("dev/afp-idlib-2020.gold.json").toFile());
    return gold.path("events").get(event).path("date");
  }

  @Test
  void aDayAgreesWithItsMonthButAWeekDoesNotAgreeWithADay() throws Exception {
    JsonNode november = goldDate(1); // 2019-11, month
    assertThat(GoldEventScoring.dateAgrees(november, new EventDate("2019-11-20", DAY)))
        .isTrue();
    assertThat(GoldEventScoring.dateAgrees(november, new EventDate("2019", YEAR))).isFalse();
    JsonNode january3 = goldDate(0); // 2020-01-03, day
    assertThat(GoldEventScoring.dateAgrees(january3, new EventDate("2020-01-10", WEEK)))
        .isFalse();
    assertThat(GoldEventScoring.dateAgrees(january3, new EventDate("2020-01-03", DAY)))
        .isTrue();
  }

  @Test
  void alternativesAreAccepted() throws Exception {
    JsonNode end2015 = goldDate(2); // 2015-12, alternatives 2015-Q4 and 2015
    assertThat(GoldEventScoring.dateAgrees(end2015, new EventDate("2015", YEAR))).isTrue();
    assertThat(GoldEventScoring.dateAgrees(end2015, new EventDate("2015-Q4", QUARTER)))
        .isTrue();
    assertThat(GoldEventScoring.dateAgrees(end2015, new EventDate("2016", YEAR))).isFalse();
  }

  @Test
  void governorateSpellingsFold() {
    assertThat(GovernorateNames.key("Idleb")).isEqualTo(GovernorateNames.key("Idlib"));
    assertThat(GovernorateNames.key("deir ezzor")).isEqualTo(GovernorateNames.key("Deir ez-Zor"));
    assertThat(GovernorateNames.key("hasakeh")).isEqualTo(GovernorateNames.key("Al-Hasakah"));
    assertThat(GovernorateNames.key("damascus")).isEqualTo(GovernorateNames.key("Rif Dimashq"));
  }
}
