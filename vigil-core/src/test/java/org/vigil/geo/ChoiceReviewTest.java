package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The resolver's sixth stage: the choices it undoes in real articles, and those it keeps. */
class ChoiceReviewTest {

  @Test
  void undoesATownOutsideTheStateTheTextGives() {
    // "CAMP MURRAY, Wash.": cities500 has no Murray in Washington.
    StagedArticle a = StagedArticle.geoWebNews(108);
    int camp = a.index("CAMP MURRAY");
    assertThat(a.chosen[camp].admin1()).isNotEqualTo("WA");
    assertThat(a.reviewed[camp]).isNull();
  }

  @Test
  void undoesATownFarFromTheCountyTheTextGives() {
    // "Rockingham, Northamptonshire": no Rockingham of England is known.
    StagedArticle a = StagedArticle.geoWebNews(177);
    int rockingham = a.index("Rockingham");
    assertThat(a.chosen[rockingham].country()).isNotEqualTo("GB");
    assertThat(a.reviewed[rockingham]).isNull();
  }

  @Test
  void undoesAVillageFarFromTheTownTheTextPutsItBy() {
    // "the Al-Sabura road west of the capital Damascus": the only Sabburah cities500 knows lies
    // in Hama, 200 km north; the road falls back to Damascus
    StagedArticle a = StagedArticle.fakes("the Al-Sabura road west of the capital Damascus");
    int sabura = a.index("Al-Sabura");
    assertThat(a.chosen[sabura].admin1()).isNotEqualTo(a.chosen[a.index("Damascus")].admin1());
    assertThat(a.reviewed[sabura]).isNull();
  }

  @Test
  void keepsACityACommaPutsBesideAnother() {
    // "After Paris, London is the second destination": two cities, not Paris by London
    StagedArticle a = StagedArticle.geoWebNews(43);
    int paris = a.index("Paris");
    assertThat(a.reviewed[paris]).isNotNull();
    assertThat(a.reviewed[paris].country()).isEqualTo("FR");
  }

  @Test
  void undoesANamesakeFarAbroadInACountryTheArticleIsNotAbout() {
    // "between the villages of al-Qajar and al-Zara" near Rastan: Zadar, Croatia, is Zara in
    // Italian.
    StagedArticle a = StagedArticle.fakes("between the villages of al-Qajar and al-Zara");
    int zara = a.index("Zara");
    assertThat(a.chosen[zara].country()).isEqualTo("HR");
    assertThat(a.reviewed[zara]).isNull();
  }

  @Test
  void undoesAVillageFarAwayForANameTheTextCallsADistrict() {
    // "recapture the encircled district of Al Mallah" in Aleppo: not the village of Malah in
    // As-Suwayda, 400 km south.
    StagedArticle a = StagedArticle.fakes("recapture the encircled district of Al Mallah");
    int mallah = a.index("Al Mallah");
    assertThat(a.chosen[mallah]).isNotNull();
    assertThat(a.reviewed[mallah]).isNull();
  }

  @Test
  void undoesAFarTownThatHasAFacilitysNameOnlyAmongItsOthers() {
    // "Washington Square" of a New Orleans report: GeoNames also calls Franklin Square, New
    // York, so, and names a hamlet of Pennsylvania of unknown size so.
    StagedArticle a = StagedArticle.geoWebNews(0);
    int square = a.index("Washington Square");
    assertThat(a.chosen[square].admin1()).isIn("NY", "PA");
    assertThat(a.reviewed[square]).isNull();
  }

  @Test
  void keepsTheChoicesNothingContradicts() {
    StagedArticle a = StagedArticle.afp();
    assertThat(a.reviewed).containsExactly(a.chosen);
  }
}
