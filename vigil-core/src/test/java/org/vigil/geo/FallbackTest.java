package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.TestGazetteer;

/** The resolver's last stage: the places that real articles' unknown names fall back to. */
class FallbackTest {
  private final Fallback fallback =
      new Fallback(TestGazetteer.gazetteer(), PlaceOptions.defaults());

  /** The fallback of the toponym of {@code a} at {@code i}, after every stage before. */
  private GazetteerEntry fallbackOf(StagedArticle a, int i) {
    return fallback.place(a.toponyms, a.reviewed, a.links.container()[i], i, a.doc,
        a.focus.prior());
  }

  @Test
  void fallsBackToTheRegionNamedNearestInTheCountryTheDatelineGives() {
    // "QAH (Syria) (AFP)": the camp no gazetteer has is in Idlib province, named nearby.
    StagedArticle a = StagedArticle.afp();
    assertThat(fallbackOf(a, a.index("QAH")))
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.ADMIN1))
        .satisfies(e -> assertThat(e.name()).isEqualTo("Idlib"));
  }

  @Test
  void fallsBackToTheProvinceTheTextPutsAVillageIn() {
    String passage = "al-Jaberiyeh village in Hama province";
    StagedArticle a = StagedArticle.fakes(passage);
    assertThat(fallbackOf(a, a.index("al-Jaberiyeh", passage)))
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.ADMIN1))
        .satisfies(e -> assertThat(e.name()).isEqualTo("Hama"));
  }

  @Test
  void fallsBackToTheTownNamedNearestForANeighbourhood() {
    // "... in Aleppo city. Later two more people were reported killed ... in a similar terrorist
    // rocket attack that hit al-Jamiliyeh neighborhood in the city. Quneitra Another woman
    // ...": the neighbourhood is Aleppo's, not in the province whose heading follows
    String passage = "al-Jamiliyeh neighborhood in the city. Quneitra";
    StagedArticle a = StagedArticle.fakes(passage);
    assertThat(fallbackOf(a, a.index("Jamiliyeh", passage)))
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.SETTLEMENT))
        .satisfies(e -> assertThat(e.name()).isEqualTo("Aleppo"));
  }

  @Test
  void fallsBackToTheStateTheTextGivesForATownReviewUndid() {
    StagedArticle a = StagedArticle.geoWebNews(108);
    assertThat(fallbackOf(a, a.index("CAMP MURRAY")))
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.ADMIN1))
        .satisfies(e -> assertThat(e.admin1()).isEqualTo("WA"));
  }

  @Test
  void fallsBackToTheRegionNamedFarthestOffBeforeTheCountry() {
    // "she has now moved back to Khayelitsha": the report names the Western Cape and Cape Town
    // only paragraphs later.
    StagedArticle a = StagedArticle.geoWebNews(103);
    assertThat(fallbackOf(a, a.index("Khayelitsha")).name()).isEqualTo("Western Cape");
  }

  @Test
  void fallsBackToAPlaceOfTheCountryTheArticleNamesPlacesInNotOnlyPeople() {
    // A Nigerian priest at St. Peter's Basilica: the report names Rome, and Nigerians only.
    StagedArticle a = StagedArticle.geoWebNews(7);
    assertThat(fallbackOf(a, a.index("St. Peter's Basilica")).country()).isEqualTo("IT");
  }

  @Test
  void fallsBackPastThePlaceInAGroupsName() {
    // "former Al-Qaeda affiliate the Fateh al-Sham Front ... Khan Tuman is near Orum al-Kubrah":
    // the "Sham" of the group's name is no Damascus.
    StagedArticle a = StagedArticle.fakes("Khan Tuman is near Orum al-Kubrah");
    assertThat(fallbackOf(a, a.index("Orum al-Kubrah")))
        .satisfies(e -> assertThat(e.country()).isEqualTo("SY"))
        .satisfies(e -> assertThat(e.name()).isNotEqualTo("Damascus"));
  }
}
