package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event.EventDate;
import org.vigil.testing.SharedData;

/** Date agreement at the gold's precision, on the dev gold's own event dates. */
class GoldEventScoringTest {

  private static JsonNode goldDate(int event) throws Exception {
    JsonNode gold = new ObjectMapper().readTree(
        SharedData.path("dev/afp-idlib-2020.gold.json").toFile());
    return gold.path("events").get(event).path("date");
  }

  @Test
  void aDayAgreesWithItsMonthButAWeekDoesNotAgreeWithADay() throws Exception {
    JsonNode november = goldDate(1); // 2019-11, month
    assertThat(GoldEventScoring.dateAgrees(november, new EventDate("2019-11-20", "day")))
        .isTrue();
    assertThat(GoldEventScoring.dateAgrees(november, new EventDate("2019", "year"))).isFalse();
    JsonNode january3 = goldDate(0); // 2020-01-03, day
    assertThat(GoldEventScoring.dateAgrees(january3, new EventDate("2020-01-10", "week")))
        .isFalse();
    assertThat(GoldEventScoring.dateAgrees(january3, new EventDate("2020-01-03", "day")))
        .isTrue();
  }

  @Test
  void alternativesAreAccepted() throws Exception {
    JsonNode end2015 = goldDate(2); // 2015-12, alternatives 2015-Q4 and 2015
    assertThat(GoldEventScoring.dateAgrees(end2015, new EventDate("2015", "year"))).isTrue();
    assertThat(GoldEventScoring.dateAgrees(end2015, new EventDate("2015-Q4", "quarter")))
        .isTrue();
    assertThat(GoldEventScoring.dateAgrees(end2015, new EventDate("2016", "year"))).isFalse();
  }

  @Test
  void governorateSpellingsFold() {
    assertThat(GovernorateNames.key("Idleb")).isEqualTo(GovernorateNames.key("Idlib"));
    assertThat(GovernorateNames.key("deir ezzor")).isEqualTo(GovernorateNames.key("Deir ez-Zor"));
    assertThat(GovernorateNames.key("hasakeh")).isEqualTo(GovernorateNames.key("Al-Hasakah"));
    assertThat(GovernorateNames.key("damascus")).isEqualTo(GovernorateNames.key("Rif Dimashq"));
  }
}
