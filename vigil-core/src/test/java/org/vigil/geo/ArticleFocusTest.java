package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.testing.AcledNotes;

/** The resolver's second stage: the countries of real articles. */
class ArticleFocusTest {

  @Test
  void weighsTheCountryOfTheDatelineMost() {
    // "QAH (Syria) (AFP)", and a dispatch that names Iran, Russia and Iraq too.
    ArticleFocus focus = StagedArticle.afp().focus;
    assertThat(focus.named().top()).isEqualTo(focus.named().of("SY"));
    assertThat(focus.named().of("SY")).isGreaterThanOrEqualTo(3.0);
    assertThat(focus.named().of("IR")).isPositive().isLessThan(focus.named().top());
  }

  @Test
  void countsACountryThatDescribesTheActorsAsHalfAName() {
    // "U.S." is written a dozen times, mostly as "U.S.-led" or "U.S. officials"; the strikes
    // were in Syria.
    StagedArticle a = StagedArticle.fakes("airstrike on the village of Maaret Harmeh");
    long written = a.toponyms.stream().filter(t -> t.text().equals("U.S.")).count();
    assertThat(a.focus.named().of("US")).isLessThan(written);
    assertThat(a.focus.named().top()).isEqualTo(a.focus.named().of("SY"));
  }

  @Test
  void countsTheCountryOfTheClearlyLargestPlaceOfASharedName() {
    // A football report that names no country: Sunderland of England over the Massachusetts
    // town of 4,000.
    ArticleFocus focus = StagedArticle.geoWebNews(190).focus;
    assertThat(focus.named().of("GB")).isPositive().isEqualTo(focus.named().top());
  }

  @Test
  void weighsTheSourcesHomeCountryInThePriorOnly() {
    StagedArticle a = StagedArticle.of(AcledNotes.note("1235PAK"));
    assertThat(a.focus.home()).isEqualTo("PK");
    assertThat(a.focus.prior().of("PK")).isEqualTo(a.focus.named().of("PK") + 1);
    assertThat(a.focus.prior().of("IN")).isEqualTo(a.focus.named().of("IN"));
  }

  @Test
  void hasNoHomeCountryWhereTheInputGivesNone() {
    ArticleFocus focus = StagedArticle.afp().focus;
    assertThat(focus.home()).isNull();
    assertThat(focus.prior()).isEqualTo(focus.named());
  }
}
