package org.vigil.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared calendar: names in order, short forms numbered as their months. */
class CalendarWordsTest {

  @Test
  void monthsAndWeekdaysInCalendarOrder() {
    assertThat(CalendarWords.months()).hasSize(12).startsWith("january").endsWith("december");
    assertThat(CalendarWords.weekdays()).hasSize(7).startsWith("monday").endsWith("sunday");
  }

  @Test
  void shortFormsGiveTheirMonth() {
    assertThat(CalendarWords.monthNumber("sept")).isEqualTo(9);
    assertThat(CalendarWords.monthNumber("may")).isEqualTo(5);
    assertThat(CalendarWords.monthNumber("december")).isEqualTo(12);
    assertThat(CalendarWords.monthNumber("maybe")).isZero();
    assertThat(CalendarWords.weekdayShortForms()).contains("thurs", "tue");
    assertThat(CalendarWords.islamicNames()).contains("ramadan", "eid");
  }
}
