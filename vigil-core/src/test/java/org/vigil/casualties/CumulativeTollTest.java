package org.vigil.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.testing.SharedData;

/** Tolls over days or months of a campaign, on sentences of the dev data. */
class CumulativeTollTest {

  private static final String FAKES = SharedData.read("fakes/fakes-dev.csv");

  private final CumulativeToll toll = new CumulativeToll();

  /** The sentence of the dev data holding {@code phrase}, cut at full stops. */
  private static String sentenceWith(String phrase) {
    int at = FAKES.indexOf(phrase);
    assertThat(at).as("dev data holds %s", phrase).isGreaterThanOrEqualTo(0);
    int start = Math.max(FAKES.lastIndexOf(". ", at) + 2, FAKES.lastIndexOf('\n', at) + 1);
    int end = FAKES.indexOf('.', at + phrase.length());
    return FAKES.substring(start, end < 0 ? FAKES.length() : end);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Since Tuesday heavy artillery fire",
      "since the Syrian army backed by Russian jets began an offensive",
      "in recent days killing at least 57",
      "In this month alone 466 patients",
      "two-week-old battle for Zabadani",
      "66 journalists killed in 2014",
      "between May 2011 and August 2013",
      "Regime bombardment of Eastern Ghouta in the last two weeks has killed",
      "The battle in Latakia has killed some 300 fighters"})
  void periodTolls(String phrase) {
    assertThat(toll.period(sentenceWith(phrase))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "killed at least 22 civilians on Monday",
      "88 dead in two days of clashes",
      "In August last year another car bomb killed at least 27 people",
      "regime bombardment on rebel-held Eastern Ghouta region has killed eight civilians"})
  void incidentTolls(String phrase) {
    assertThat(toll.period(sentenceWith(phrase))).isFalse();
  }
}
