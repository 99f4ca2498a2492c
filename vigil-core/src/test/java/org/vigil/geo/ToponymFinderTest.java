package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finder's parts on real articles: the mentions CoreNLP tagged ({@link MentionReader},
 * with bounds mended by {@link NameBounds}) and the names it left untagged ({@link
 * UntaggedScan}).
 */
class ToponymFinderTest {

  private static List<String> names(StagedArticle a) {
    return a.toponyms.stream().map(t -> t.span().of(a.text)).toList();
  }

  @Test
  void splitsAPlaceFromTheCountryAfterItWhenTheCommaIsLost() {
    StagedArticle a = StagedArticle.fakes("south of the city of Tabqa Syria the Pentagon said");
    assertThat(names(a)).contains("Tabqa", "Syria").doesNotContain("Tabqa Syria");
  }

  @Test
  void splitsPlacesListedWithoutCommas() {
    StagedArticle a = StagedArticle.fakes("Rocket Attacks in Aleppo Daraa");
    assertThat(names(a)).contains("Aleppo", "Daraa").doesNotContain("Aleppo Daraa");
  }

  @Test
  void keepsACityTaggedAsAPersonAsAWeakFind() {
    // "Douma is surrounded by government forces": CoreNLP tags the city a person.
    StagedArticle a = StagedArticle.geoWebNews(17);
    assertThat(a.toponyms.get(a.index("Douma", "Douma is surrounded")).weak()).isTrue();
  }

  @Test
  void findsAnAreaCoreNlpLeftUntaggedAfterACompassWord() {
    // "the last patch of eastern Ghouta still held by insurgents"
    StagedArticle a = StagedArticle.geoWebNews(17);
    assertThat(a.toponyms.get(a.index("Ghouta", "eastern Ghouta still")).weak()).isFalse();
  }

  @Test
  void findsAnArabicNameAfterInThatOnlyItsConsonantsMatch() {
    // Left untagged and tokenised "al", "-", "Hassakeh".
    StagedArticle a = StagedArticle.fakes("police in al-Hassakeh");
    assertThat(names(a)).contains("al-Hassakeh");
  }

  @Test
  void findsNoPlaceInAGroupNamedAfterTheLandItClaims() {
    StagedArticle a = StagedArticle.fakes("At Least 19 Executed by ISIL in Deir Ezour");
    assertThat(names(a)).doesNotContain("Iraq", "Levant").contains("Deir Ezour");
  }
}
