package org.vigil.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Needs the fetched gazetteer: run {@code scripts/fetch-gazetteer.sh} first. */
class GeoNamesGazetteerTest {

  private static GeoNamesGazetteer gazetteer;

  @BeforeAll
  static void load() throws IOException {
    GazetteerStore store = GazetteerStore.located();
    store.load(); // builds the index on the first run
    gazetteer = store.load(); // and reads it back
  }

  /** The index read back holds every place of the packaged sources (its speed: vigil bench). */
  @Test
  void loadsTheWholeIndex() {
    assertThat(gazetteer.size()).isGreaterThan(190_000);
  }

  @Test
  void findsAlbuKamalUnderEveryTransliteration() {
    for (String spelling : List.of("Albu Kamal", "Abu Kamal", "Al-Bukamal", "Abu Kemal")) {
      assertThat(ids(gazetteer.lookup(spelling)).contains(174448L)
          || ids(gazetteer.lookupLoose(spelling)).contains(174448L)).as(spelling).isTrue();
    }
  }

  @Test
  void findsDeirEzZorSpellingsByTheirSkeleton() {
    for (String spelling : List.of("Deir ez-Zor", "Deir al-Zour", "Deir Ezzor", "Dayr az Zawr")) {
      assertThat(ids(gazetteer.lookupLoose(spelling))).as(spelling).contains(170794L);
    }
  }

  @Test
  void findsMaarratAlNumanWithOrWithoutTheTOfItsFirstWord() {
    // "some Idlib rural cities most notably Sraqb Sarmin and Maara Al-Numan": the feminine
    // ending of Ma'arrat is written with its t before the next word, or without
    for (String spelling : List.of("Maara Al-Numan", "Maarat al-Numan", "Maarrat al-Nu'man")) {
      assertThat(ids(gazetteer.lookup(spelling)).contains(167611L)
          || ids(gazetteer.lookupLoose(spelling)).contains(167611L)).as(spelling).isTrue();
    }
  }

  @Test
  void findsSpellingVariantsOnlyOfNamesWrittenWithoutVowels() {
    // "Anfield" of a Liverpool report shares its consonants with Enfield, and "Portroe" of
    // a Tipperary one with Portree: English names are spelled one way.
    assertThat(gazetteer.lookupLoose("Anfield")).noneMatch(e -> e.name().equals("Enfield"));
    assertThat(gazetteer.lookupLoose("Portroe")).isEmpty();
    assertThat(gazetteer.lookupLoose("Hassakeh")).extracting(GazetteerEntry::level)
        .contains(Level.ADMIN1);
  }

  @Test
  void readsTheSovietUnionAsRussia() {
    assertThat(gazetteer.lookup("Soviet Union")).singleElement()
        .satisfies(e -> assertThat(e.country()).isEqualTo("RU"))
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.COUNTRY));
  }

  @Test
  void findsTheCountryAnInputNamesByCodeOrName() {
    for (String hint : List.of("SY", "sy", "Syria", " Syria ")) {
      assertThat(gazetteer.countryNamed(hint)).as(hint).get()
          .extracting(GazetteerEntry::country).isEqualTo("SY");
    }
    // ACLED's country names
    for (String name : List.of("India", "Pakistan", "Bangladesh", "Nepal", "Myanmar",
        "Thailand", "Cambodia", "Sri Lanka", "Vietnam", "Laos")) {
      assertThat(gazetteer.countryNamed(name)).as(name).get()
          .extracting(GazetteerEntry::level).isEqualTo(Level.COUNTRY);
    }
    // A name that is also a country's region is the country: Georgia, not the US state.
    assertThat(gazetteer.countryNamed("Georgia")).get()
        .extracting(GazetteerEntry::country).isEqualTo("GE");
    assertThat(gazetteer.countryNamed("Idlib")).isEmpty();
    assertThat(gazetteer.countryNamed("XQ")).isEmpty();
  }

  @Test
  void readsNoSpellingIntoASyllableBySyllableRomanisation() {
    // Diyarbakır's "di ya ba ke er" loses "er" as an Arabic article and reads "dbk": Dabiq.
    assertThat(gazetteer.lookupLoose("Dabiq")).noneMatch(e -> e.name().equals("Diyarbakır"));
    assertThat(ids(gazetteer.lookupLoose("Dabeq"))).doesNotContain(316541L);
  }

  @Test
  void findsANameWithoutTheArabicArticleItIsWrittenWith() {
    // GeoNames lists "Tabqa" and "At Tabqah"; reports write "al-Tabqa".
    assertThat(ids(gazetteer.lookup("al-Tabqa"))).contains(172374L);
  }

  @Test
  void findsASaintUnderEitherSpelling() {
    // The county table writes "St. Croix County"; Wisconsin's papers write "Saint Croix".
    assertThat(gazetteer.lookup("Saint Croix County")).extracting(GazetteerEntry::admin1)
        .containsExactly("WI");
    assertThat(gazetteer.lookup("St Lucia")).extracting(GazetteerEntry::level)
        .contains(Level.COUNTRY);
  }

  @Test
  void namesNoRegionByAPlainWordLeftOfItsName() {
    // "Free State" without "State" is the "Free" of "Free Trade Agreement".
    assertThat(gazetteer.lookup("Free State")).extracting(GazetteerEntry::country)
        .contains("ZA");
    assertThat(gazetteer.lookup("Free")).extracting(GazetteerEntry::level)
        .doesNotContain(Level.ADMIN1);
  }

  @Test
  void knowsTheCountryAbbreviationsNewsWrites() {
    for (String[] a : new String[][] {{"T&T", "TT"}, {"KSA", "SA"}, {"PRC", "CN"},
        {"ROK", "KR"}, {"DRC", "CD"}}) {
      assertThat(gazetteer.lookup(a[0])).as(a[0]).filteredOn(e -> e.level() == Level.COUNTRY)
          .extracting(GazetteerEntry::country).containsExactly(a[1]);
    }
  }

  @Test
  void knowsTheTerritoriesAndRegionsNewsNamesThatTheTablesLack() {
    assertThat(gazetteer.lookup("West Bank")).singleElement()
        .satisfies(e -> assertThat(e.country()).isEqualTo("PS"))
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.ADMIN1));
    assertThat(gazetteer.lookup("Gaza Strip")).extracting(GazetteerEntry::country)
        .containsExactly("PS");
    assertThat(gazetteer.lookup("Mideast")).extracting(GazetteerEntry::name)
        .contains("Middle East");
    assertThat(gazetteer.lookup("Korean Peninsula")).singleElement()
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.REGION));
    assertThat(gazetteer.lookup("South Waziristan Agency")).singleElement()
        .satisfies(e -> assertThat(e.admin1()).isEqualTo("03"))
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.DISTRICT));
    assertThat(gazetteer.lookup("Eastern Ghouta")).extracting(GazetteerEntry::country)
        .containsExactly("SY");
    assertThat(gazetteer.lookup("Niger Delta")).extracting(GazetteerEntry::country)
        .containsExactly("NG");
    // A territory has no first-level code: no town of Palestine takes it as its region.
    assertThat(gazetteer.admin1Name("PS", "")).isEmpty();
  }

  @Test
  void knowsIndiasVillagesAndDistrictsFromItsPostOffices() {
    // Villages and districts of Indian local news that cities500 lacks.
    assertThat(gazetteer.lookup("Gurez")).anySatisfy(e -> {
      assertThat(e.country()).isEqualTo("IN");
      assertThat(e.level()).isEqualTo(Level.SETTLEMENT);
      assertThat(gazetteer.admin1Name(e.country(), e.admin1())).contains("Jammu and Kashmir");
    });
    assertThat(gazetteer.lookup("Wayanad")).anySatisfy(e -> {
      assertThat(e.level()).isEqualTo(Level.DISTRICT);
      assertThat(gazetteer.admin1Name(e.country(), e.admin1())).contains("Kerala");
    });
    // A district named for its seat is the seat, not a second place: Thrissur is one town.
    assertThat(gazetteer.lookup("Thrissur")).singleElement()
        .satisfies(e -> assertThat(e.level()).isEqualTo(Level.SETTLEMENT));
    // No village is taken twice for a post office beside the town cities500 has.
    assertThat(gazetteer.lookup("Srinagar")).filteredOn(e -> e.admin1().equals("12"))
        .hasSize(1);
  }

  @Test
  void namesARegionCalledByADirectionOnlyWithTheWordRegion() {
    assertThat(gazetteer.lookup("Western")).noneMatch(e -> e.level() == Level.ADMIN1);
    assertThat(gazetteer.lookup("West")).noneMatch(e -> e.level() == Level.ADMIN1);
    assertThat(gazetteer.lookup("Western Region")).anyMatch(e -> e.country().equals("GH"));
    // Two words are a name: South Africa's North West province.
    assertThat(gazetteer.lookup("North West")).anyMatch(e -> e.country().equals("ZA"));
  }

  @Test
  void placesAStateAwayFromTheCityThatTheRegionTableGivesAsItsPoint() {
    GazetteerEntry state = gazetteer.lookup("New York").stream()
        .filter(e -> e.level() == Level.ADMIN1).findFirst().orElseThrow();
    GazetteerEntry city = gazetteer.lookup("New York City").get(0);
    assertThat(Distance.km(state.lat(), state.lon(), city.lat(), city.lon())).isGreaterThan(100);
  }

  @Test
  void readsLatinAmericanAsTheRegionNotTheUnitedStates() {
    assertThat(gazetteer.demonym("Latin American")).hasValueSatisfying(
        e -> assertThat(e.name()).isEqualTo("Latin America"));
  }

  @Test
  void readsNoSeaInAColourOrAPeople() {
    assertThat(gazetteer.lookup("Red")).noneMatch(e -> e.level() == Level.REGION);
    assertThat(gazetteer.lookup("Indian")).noneMatch(e -> e.level() == Level.REGION);
    assertThat(gazetteer.lookup("Atlantic")).anyMatch(e -> e.name().equals("Atlantic Ocean"));
  }

  @Test
  void namesFirstLevelRegionsByGeoNamesCode() {
    assertThat(gazetteer.admin1Name("SY", "12")).isEqualTo("Idlib");
    assertThat(gazetteer.admin1Name("SY", "07")).isEqualTo("Deir ez-Zor");
    assertThat(gazetteer.admin1Name("SY", "09")).isEqualTo("Aleppo");
    assertThat(gazetteer.admin1Name("IQ", "07")).isEqualTo("Baghdad");
    assertThat(gazetteer.lookup("Idlib").stream().map(GazetteerEntry::level))
        .contains(Level.ADMIN1, Level.SETTLEMENT);
  }

  @Test
  void namesFirstLevelRegionsTheRegionTableListsTownsBelow() {
    // The table lists England's towns by county and Île-de-France's by department.
    assertThat(gazetteer.admin1Name("GB", "ENG")).isEqualTo("England");
    assertThat(gazetteer.admin1Name("GB", "NIR")).isEqualTo("Northern Ireland");
    assertThat(gazetteer.admin1Name("FR", "11")).isEqualTo("Île-de-France");
    assertThat(gazetteer.admin1Name("IT", "15")).isEqualTo("Sicily");
    GazetteerEntry kent = gazetteer.lookup("Kent").stream()
        .filter(e -> e.level() == Level.DISTRICT).findFirst().orElseThrow();
    assertThat(kent.country()).isEqualTo("GB");
    assertThat(kent.admin1()).isEqualTo("ENG");
    assertThat(kent.lat()).isBetween(50.9, 51.5);
    assertThat(kent.lon()).isBetween(0.0, 1.5);
  }

  @Test
  void namesFirstLevelRegionsWhoseTownsTheTwoTablesDoNotShare() {
    // The region table's towns of these regions match none of cities500's by name and place.
    assertThat(gazetteer.admin1Name("AE", "05")).isEqualTo("Ras Al Khaimah");
    assertThat(gazetteer.admin1Name("LB", "10")).isEqualTo("Akkar");
    assertThat(gazetteer.admin1Name("ID", "04")).isEqualTo("DKI Jakarta");
    // Papua New Guinea's Gulf Province is no "Gulf" alone, which news uses for the Persian Gulf.
    assertThat(gazetteer.lookup("Gulf")).noneMatch(e -> e.country().equals("PG"));
  }

  @Test
  void holdsTheWholeOfARegionTheTablesListOnlyByItsCompassParts() {
    GazetteerEntry kordofan = gazetteer.lookup("Kordofan").stream()
        .filter(e -> e.level() == Level.ADMIN1).findFirst().orElseThrow();
    assertThat(kordofan.country()).isEqualTo("SD");
    assertThat(kordofan.lat()).isBetween(10.0, 15.0);
    for (String county : List.of("Cheshire", "Yorkshire")) {
      assertThat(gazetteer.lookup(county)).as(county).anyMatch(e -> e.country().equals("GB")
          && e.level() == Level.DISTRICT && e.admin1().equals("ENG"));
    }
    // No whole where the name is a country's or a kind of region's: North and South Holland,
    // Fiji's Central and Eastern Divisions.
    assertThat(gazetteer.lookup("Holland")).noneMatch(e -> e.level() == Level.DISTRICT
        || e.level() == Level.ADMIN1);
    assertThat(gazetteer.lookup("Division")).noneMatch(e -> e.country().equals("FJ"));
  }

  @Test
  void placesARegionAmongItsOwnTownsWhereTheRegionTableStraysFarAway() {
    // Older region tables put Free State at Wichita (37.7, -97.3) and Helmand at Baltimore
    GazetteerEntry freeState = gazetteer.lookup("Free State").stream()
        .filter(e -> e.level() == Level.ADMIN1).findFirst().orElseThrow();
    assertThat(freeState.country()).isEqualTo("ZA");
    assertThat(freeState.lat()).isBetween(-31.0, -26.0);
    assertThat(freeState.lon()).isBetween(24.0, 30.0);
    GazetteerEntry helmand = gazetteer.lookup("Helmand").stream()
        .filter(e -> e.level() == Level.ADMIN1).findFirst().orElseThrow();
    assertThat(helmand.lat()).isBetween(29.0, 33.0);
    assertThat(helmand.lon()).isBetween(62.0, 66.0);
  }

  @Test
  void readsTheWireAbbreviationsOfStatesAndProvinces() {
    for (String[] abbreviation : List.of(new String[] {"Calif.", "US"},
        new String[] {"B.C.", "CA"}, new String[] {"N.B.", "CA"})) {
      assertThat(gazetteer.lookup(abbreviation[0])).as(abbreviation[0]).anyMatch(e ->
          e.level() == Level.ADMIN1 && e.country().equals(abbreviation[1]));
    }
  }

  @Test
  void namesNoRegionByItsDirectionAlone() {
    // "Eastern Ghouta", "Western Europe": Saudi Arabia's Eastern Province is "Eastern Province"
    assertThat(gazetteer.lookup("Eastern")).noneMatch(e -> e.country().equals("SA"));
    assertThat(gazetteer.lookup("Eastern Province")).anyMatch(e -> e.country().equals("SA")
        && e.level() == Level.ADMIN1);
  }

  @Test
  void readsDemonymsAndCapitalAbbreviationsButNotLowerCaseWords() {
    assertThat(gazetteer.demonym("Syrian")).map(GazetteerEntry::country).hasValue("SY");
    assertThat(gazetteer.demonym("European")).map(GazetteerEntry::name).hasValue("Europe");
    assertThat(gazetteer.lookup("US")).extracting(GazetteerEntry::country).contains("US");
    assertThat(gazetteer.lookup("us")).extracting(GazetteerEntry::country).doesNotContain("US");
  }

  private static List<Long> ids(List<GazetteerEntry> entries) {
    return entries.stream().map(GazetteerEntry::geonameId).toList();
  }

}
