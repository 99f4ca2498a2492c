package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.geo.Candidates.Match;
import org.vigil.geo.gazetteer.Level;

/** The resolver's first stage, on the toponyms of real articles. */
class CandidateLookupTest {

  @Test
  void widensABareNameByTheCountyTheArticleNamesInFull() {
    // "told the Suffolk Times ... Suffolk County detectives found a skeleton"
    StagedArticle a = StagedArticle.geoWebNews(54);
    Candidates suffolk = a.found.get(a.index("Suffolk"));
    assertThat(suffolk.match()).isEqualTo(Match.NAME);
    assertThat(suffolk.entries()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("Suffolk County");
      assertThat(e.admin1()).isEqualTo("NY");
    });
  }

  @Test
  void widensTheFirstHalfOfAPairedNameToItsCountry() {
    // A report on Dominica and Trinidad and Tobago that also writes "Trinidad".
    StagedArticle a = StagedArticle.geoWebNews(113);
    assertThat(a.found.get(a.index("Trinidad")).entries())
        .anySatisfy(e -> {
          assertThat(e.level()).isEqualTo(Level.COUNTRY);
          assertThat(e.country()).isEqualTo("TT");
        });
  }

  @Test
  void offersOnlyTheCityForANameEndingInTheWordCity() {
    StagedArticle a = StagedArticle.geoWebNews(132);
    assertThat(a.found.get(a.index("Quebec City")).entries()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.level()).isEqualTo(Level.SETTLEMENT));
  }

  @Test
  void offersTheCountryOfANameAfterACompassWord() {
    StagedArticle a = StagedArticle.fakes("Attack in Northern Syria");
    assertThat(a.found.get(a.index("Northern Syria")).entries()).singleElement()
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.COUNTRY))
        .satisfies(e -> assertThat(e.country()).isEqualTo("SY"));
  }

  @Test
  void findsATransliterationByItsConsonantSkeleton() {
    // "police in al-Hassakeh": GeoNames writes Al-Hasakah.
    StagedArticle a = StagedArticle.fakes("police in al-Hassakeh");
    Candidates hassakeh = a.found.get(a.index("al-Hassakeh"));
    assertThat(hassakeh.match()).isEqualTo(Match.SKELETON);
    assertThat(hassakeh.entries()).extracting(e -> e.country()).containsOnly("SY");
  }

  @Test
  void triesNoSkeletonForANameWithAWordForAKindOfPlace() {
    // "City Hall" of an Atlanta report shares its consonants with Catahoula, Louisiana.
    StagedArticle a = StagedArticle.geoWebNews(98);
    Candidates hall = a.found.get(a.index("City Hall"));
    assertThat(hall.match()).isEqualTo(Match.NAME);
    assertThat(hall.entries()).isEmpty();
  }

  @Test
  void leavesANameTheGazetteerLacksEvenBySkeletonToItsParts() {
    // FA-KES lost the commas of "Akhtarin, Turkmen Bari and Dabiq".
    StagedArticle a = StagedArticle.fakes("area of Akhtarin Turkmen Bari and Dabiq");
    Candidates glued = a.found.get(a.index("Akhtarin Turkmen Bari"));
    assertThat(glued.match()).isEqualTo(Match.NONE);
    assertThat(glued.entries()).isEmpty();
  }
}
