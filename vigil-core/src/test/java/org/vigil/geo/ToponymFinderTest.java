package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
  void readsTheNamesOfAListAnnouncedByAPluralThatLostItsCommas() {
    // CoreNLP tags "Rastan Talbeesah Ter Maaleh" as one place; the gazetteer knows Rastan and
    // Talbeesah (Talbiseh, by its consonants), so what lies after them is a third name.
    StagedArticle a = StagedArticle.fakes("the nearby towns of Rastan Talbeesah Ter Maaleh");
    assertThat(names(a)).contains("Rastan", "Talbeesah", "Ter Maaleh", "Zafarana")
        .doesNotContain("Rastan Talbeesah Ter Maaleh", "Ter");
    // "Sraqb Sarmin" was left untagged: two towns of Idlib, "Sraqb" Saraqib's Arabic spelling.
    StagedArticle b = StagedArticle.fakes("rural cities most notably Sraqb Sarmin");
    assertThat(names(b)).contains("Sraqb", "Sarmin");
  }

  @Test
  void takesEveryMemberOfAListAPluralAnnouncesForAName() {
    // No gazetteer knows either neighbourhood of Aleppo, nor did the tagger tag them.
    StagedArticle a = StagedArticle.fakes("the neighborhoods of al-Furqan and al-Azamiyah");
    assertThat(a.toponyms).filteredOn(t -> t.text().contains("al-"))
        .extracting(Toponym::text, Toponym::cue)
        .contains(tuple("al-Furqan", Toponym.Cue.DISTRICT),
            tuple("al-Azamiyah", Toponym.Cue.DISTRICT));
  }

  @Test
  void splitsAListOnlyWhereTwoOfItsNamesAreKnownInOneCountry() {
    // "the towns of Misraba Ayn Tarma Arbin and Kafr Batna": the gazetteer knows "Tarma" in
    // Peru and "Arbin" in France, no two in Syria, so the run is not cut into those.
    StagedArticle a = StagedArticle.fakes("the towns of Misraba Ayn Tarma Arbin");
    assertThat(names(a)).doesNotContain("Tarma", "Arbin", "Misraba Ayn");
    // "Idlib", "Homs" and "Lattakia" are three governorates, whatever the tagger joined.
    StagedArticle b = StagedArticle.fakes("provinces of Homs Idlib and Lattakia");
    assertThat(names(b)).contains("Homs", "Idlib", "Lattakia").doesNotContain("Homs Idlib");
  }

  @Test
  void endsANameBeforeTheActAHeadlineCapitalises() {
    // "Al-Nusra Spokesman Son 20 Terrorists Killed in Idleb Strikes": CoreNLP tags
    // "Idleb Strikes" as one place.
    StagedArticle a = StagedArticle.fakes("Killed in Idleb Strikes");
    assertThat(names(a)).contains("Idleb").doesNotContain("Idleb Strikes");
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
