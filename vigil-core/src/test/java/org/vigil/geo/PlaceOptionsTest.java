package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.tables.CalendarWords;

/** The default stop names: the shared calendar's words and the geo table's. */
class PlaceOptionsTest {

  @Test
  void calendarWordsAreNoPlaces() {
    PlaceOptions options = PlaceOptions.defaults();
    assertThat(options.stopNames()).containsAll(CalendarWords.months())
        .containsAll(CalendarWords.monthShortForms()).containsAll(CalendarWords.weekdays())
        .containsAll(CalendarWords.weekdayShortForms())
        .containsAll(CalendarWords.islamicNames());
  }

  @Test
  void titlesDirectionsAndArabicFirstWordsAreNoPlacesAlone() {
    assertThat(PlaceOptions.defaults().stopNames())
        .contains("general", "god", "west", "hope", "winter", "deir", "tal")
        .doesNotContain("syria", "aleppo", "ghouta");
  }
}
