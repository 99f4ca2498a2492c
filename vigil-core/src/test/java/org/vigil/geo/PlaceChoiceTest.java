package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.document.Document;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;
import org.vigil.testing.AcledNotes;

/** The resolver's fifth stage: the places it chooses for the names of real articles. */
class PlaceChoiceTest {

  @Test
  void choosesTheStateForANameListedBesideAState() {
    // "western states such as California or Washington": the state, not the capital.
    String passage = "California or Washington";
    StagedArticle a = StagedArticle.geoWebNews(79);
    assertThat(a.chosen[a.index("Washington", passage)])
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.ADMIN1))
        .satisfies(e -> assertThat(e.admin1()).isEqualTo("WA"));
  }

  @Test
  void choosesTheDatelinesStateForItsBareName() {
    // "CAMP MURRAY, Wash. - ... not just Washington communities"
    StagedArticle a = StagedArticle.geoWebNews(108);
    assertThat(a.chosen[a.index("Washington")])
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.ADMIN1))
        .satisfies(e -> assertThat(e.admin1()).isEqualTo("WA"));
  }

  @Test
  void choosesTheStateForTheNameOfACountryNothingElseOfTheArticleIsIn() {
    // "the Georgia National Guard" of a report that names Alaska, Hawaii and Florida.
    StagedArticle a = StagedArticle.geoWebNews(108);
    assertThat(a.chosen[a.index("Georgia")].country()).isEqualTo("US");
  }

  @Test
  void choosesTheCountyInTheStateTheArticleNamesElsewhere() {
    StagedArticle a = StagedArticle.geoWebNews(123);
    assertThat(a.chosen[a.index("Daviess County")].admin1()).isEqualTo("KY");
  }

  @Test
  void choosesNoCountyNearAPlaceThatOnlyALongerNameOfItsOwnSuggests() {
    // The "Montgomery" of "Montgomery County History Center" must not vouch for the county of
    // Montgomery, Alabama: the report is about Red Oak, Iowa.
    StagedArticle a = StagedArticle.geoWebNews(89);
    assertThat(a.chosen[a.index("Montgomery County")].admin1()).isEqualTo("IA");
  }

  @Test
  void choosesAnAmbiguousTownInTheSourcesHomeCountry() {
    // Hyderabad of India is the larger; the note is from Pakistan.
    StagedArticle a = StagedArticle.of(AcledNotes.note("1235PAK"));
    assertThat(a.chosen[a.index("Hyderabad")].country()).isEqualTo("PK");
  }

  @Test
  void choosesTheRegionOfTheCountryThatAPlaceInsideItSaysWhateverTheHomeCountry() {
    // "Amritsar, Punjab" of a note read as if from Pakistan: India's Punjab.
    Document note = AcledNotes.note("26IND");
    StagedArticle a = StagedArticle.of(new Document(note.name(), note.raw(), note.text(),
        note.source(), note.published(), "Pakistan"));
    GazetteerEntry punjab = a.chosen[a.index("Punjab")];
    assertThat(punjab.country()).isEqualTo("IN");
  }
}
