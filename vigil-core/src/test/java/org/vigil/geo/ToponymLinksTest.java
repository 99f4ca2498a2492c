package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The resolver's fourth stage: the links the text of real articles makes between names. */
class ToponymLinksTest {

  @Test
  void readsTheCountryInBracketsOfADatelineAsItsContainer() {
    StagedArticle a = StagedArticle.afp();
    assertThat(a.links.container()[a.index("QAH")]).isEqualTo(a.index("Syria"));
  }

  @Test
  void readsTheProvinceAfterAVillageAsItsContainer() {
    String passage = "al-Jaberiyeh village in Hama province";
    StagedArticle a = StagedArticle.fakes(passage);
    assertThat(a.links.container()[a.index("al-Jaberiyeh", passage)])
        .isEqualTo(a.index("Hama", passage));
  }

  @Test
  void readsTheCityAVillageLiesBesideAsItsContainer() {
    String passage = "town of Urum al-Kubra west of Aleppo city";
    StagedArticle a = StagedArticle.fakes(passage);
    assertThat(a.links.container()[a.index("Urum al-Kubra", passage)])
        .isEqualTo(a.index("Aleppo", passage));
  }

  @Test
  void readsTheCityWhosePossessiveNamesANeighbourhoodAsItsContainer() {
    String passage = "Aleppos Sukkari neighbourhood";
    StagedArticle a = StagedArticle.fakes(passage);
    assertThat(a.links.container()[a.index("Sukkari", passage)])
        .isEqualTo(a.index("Aleppos", passage));
  }

  @Test
  void readsNoContainerInAListOfPlaces() {
    // "After stops in Washington, New York and Boston"
    String passage = "Washington, New York and Boston";
    StagedArticle a = StagedArticle.geoWebNews(135);
    int washington = a.index("Washington", passage);
    assertThat(a.links.container()[washington]).isEqualTo(-1);
    assertThat(a.links.siblings()[washington]).containsExactly(a.index("New York", passage));
  }

  @Test
  void listsTheNamesOfAnAlternative() {
    String passage = "California or Washington";
    StagedArticle a = StagedArticle.geoWebNews(79);
    assertThat(a.links.siblings()[a.index("California", passage)])
        .containsExactly(a.index("Washington", passage));
  }

  @Test
  void relatesANameToTheLongerNamesThatHoldIt() {
    // "The Montgomery County Democrats ... at the Montgomery County History Center"
    StagedArticle a = StagedArticle.geoWebNews(89);
    assertThat(a.links.kin()[a.index("Montgomery County")]
        .get(a.index("Montgomery County History Center"))).isTrue();
  }
}
