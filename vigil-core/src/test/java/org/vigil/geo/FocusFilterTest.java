package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Candidates.Match;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.TestGazetteer;

/** The resolver's third stage, on the toponyms of real articles. */
class FocusFilterTest {

  @Test
  void dropsASkeletonMatchOutsideTheArticlesCountries() {
    // "Aleppos Sukkari neighbourhood": Sukkur, Pakistan shares the skeleton of Sukkari.
    StagedArticle a = StagedArticle.fakes("Aleppos Sukkari neighbourhood");
    int sukkari = a.index("Sukkari");
    assertThat(a.found.get(sukkari).entries()).extracting(GazetteerEntry::country)
        .contains("PK");
    assertThat(a.candidates.get(sukkari).entries()).isEmpty();
  }

  @Test
  void keepsASkeletonMatchInTheArticlesCountry() {
    StagedArticle a = StagedArticle.fakes("police in al-Hassakeh");
    int hassakeh = a.index("al-Hassakeh");
    assertThat(a.candidates.get(hassakeh)).isEqualTo(a.found.get(hassakeh));
  }

  @Test
  void dropsAHamletAbroadThatHasTheNameOnlyAmongItsOthers() {
    // GeoNames lists "Amiriyah" among the fifteen names of an Israeli hamlet; the report is
    // about Idlib.
    StagedArticle a = StagedArticle.fakes("attack on the town of Amiriyah");
    int amiriyah = a.index("Amiriyah");
    assertThat(a.found.get(amiriyah).entries()).extracting(GazetteerEntry::country)
        .contains("IL");
    assertThat(a.candidates.get(amiriyah).entries()).extracting(GazetteerEntry::country)
        .doesNotContain("IL");
  }

  @Test
  void readsAGluedNameByItsPartsInTheArticlesCountry() {
    StagedArticle a = StagedArticle.fakes("area of Akhtarin Turkmen Bari and Dabiq");
    Candidates glued = a.candidates.get(a.index("Akhtarin Turkmen Bari"));
    assertThat(glued.match()).isEqualTo(Match.PART);
    assertThat(glued.entries()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.country()).isEqualTo("SY"));
  }

  @Test
  void readsATownPartOnlyInTheCountryTheArticleIsMostAbout() {
    // "CAMP MURRAY, Wash.": the Murrays of the United States, whatever else the report names.
    StagedArticle a = StagedArticle.geoWebNews(108);
    Candidates camp = a.candidates.get(a.index("CAMP MURRAY"));
    assertThat(camp.match()).isEqualTo(Match.PART);
    assertThat(camp.entries()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.name()).isEqualTo("Murray"))
        .allSatisfy(e -> assertThat(e.country()).isEqualTo("US"));
  }

  @Test
  void readsNoPartOfANameInACountryTheArticleNeverNames() {
    // "Qasr" alone is a town of Tajikistan; the article is about Aleppo.
    StagedArticle a = StagedArticle.fakes("neighborhoods of Bustan al-Qasr");
    assertThat(TestGazetteer.gazetteer().lookup("Qasr")).extracting(GazetteerEntry::country)
        .doesNotContain("SY").isNotEmpty();
    assertThat(a.candidates.get(a.index("Bustan al-Qasr")).entries()).isEmpty();
  }
}
