package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.model.PlacePrecision.ADMIN1;
import static org.vigil.model.PlacePrecision.COUNTRY;
import static org.vigil.model.PlacePrecision.NEAR_SETTLEMENT;
import static org.vigil.model.PlacePrecision.SETTLEMENT;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.document.Document;
import org.vigil.geo.gazetteer.Distance;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Facts;
import org.vigil.testing.AcledNotes;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

class PlaceExtractorTest {

  private static String afpText;
  private static Facts afp;

  @BeforeAll
  static void extractTheAfpDispatch() {
    afpText = SharedData.read("dev/afp-idlib-2020.txt");
    afp = extract("afp-idlib-2020", afpText);
  }

  private static Facts extract(String name, String text) {
    return extract(Document.ofText(name, text));
  }

  private static Facts extract(Document document) {
    AnnotatedDocument doc = TestPipeline.language().annotate(document);
    Facts facts = new Facts();
    new DatelineExtractor(DatelineOptions.defaults()).extract(doc, facts);
    new PlaceExtractor(TestGazetteer.gazetteer(), PlaceOptions.defaults()).extract(doc, facts);
    return facts;
  }

  private static Place place(String name) {
    Optional<Place> p = afp.list(Facts.PLACES).stream().filter(x -> x.name().equals(name))
        .findFirst();
    assertThat(p).as("place %s among %s", name, afp.list(Facts.PLACES)).isPresent();
    return p.get();
  }

  @Test
  void fallsBackToTheIdlibRegionForTheQahCampThatNoGazetteerHas() {
    Place qah = place("Qah");
    assertThat(qah.precision()).isEqualTo(ADMIN1);
    assertThat(qah.country()).isEqualTo("SY");
    assertThat(qah.admin1()).isEqualTo("Idlib");
    assertThat(qah.geonameId()).isNull();
    assertThat(qah.lat()).isBetween(35.0, 37.0);
  }

  @Test
  void linksTheDatelineToItsPlace() {
    String id = afp.get(Facts.DATELINE_PLACE);
    assertThat(id).isEqualTo(place("Qah").id());
  }

  @Test
  void resolvesAlbuKamalThoughCoreNlpTagsItAsAPerson() {
    Place albuKamal = place("Albu Kamal");
    assertThat(albuKamal.geonameId()).isEqualTo(174448L);
    assertThat(albuKamal.admin1()).isEqualTo("Deir ez-Zor");
    assertThat(albuKamal.country()).isEqualTo("SY");
    assertThat(albuKamal.precision()).isEqualTo(SETTLEMENT);
  }

  @Test
  void resolvesBaghdadToIraqAndAleppoToSyria() {
    assertThat(place("Baghdad").country()).isEqualTo("IQ");
    assertThat(place("Baghdad").admin1()).isEqualTo("Baghdad");
    Place aleppo = place("Aleppo");
    assertThat(aleppo.country()).isEqualTo("SY");
    assertThat(aleppo.admin1()).isEqualTo("Aleppo");
    assertThat(aleppo.mentions()).hasSizeGreaterThan(3);
  }

  @Test
  void marksDemonymsAsMentionsOfTheirCountryThatNameNoScene() {
    // "Syrian" is a mention of Syria, as geoparsing gold counts it, but never a place's name.
    assertThat(afp.list(Facts.PLACES)).extracting(Place::name)
        .doesNotContain("Syrian", "Iranian", "Syrians", "Russian");
    Place syria = place("Syria");
    assertThat(syria.demonyms()).isNotEmpty().allSatisfy(d -> {
      assertThat(syria.mentions()).contains(d);
      assertThat(d.of(afpText)).startsWith("Syrian");
    });
    assertThat(syria.names()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.of(afpText)).isEqualTo("Syria"));
    assertThat(syria.mentions()).isSorted();
    assertThat(afp.list(PlaceExtractor.TOPONYMS)).anyMatch(t ->
        t.toponym().kind() == Toponym.Kind.DEMONYM && t.toponym().text().equals("Syrian")
            && syria.id().equals(t.placeId()));
  }

  /** The places of the FA-KES article holding {@code passage}. */
  private static List<Place> fakesPlaces(String passage) {
    String text = FakesCorpus.texts().stream().filter(t -> t.contains(passage)).findFirst()
        .orElseThrow();
    return extract("fakes", text).list(Facts.PLACES);
  }

  /** The place named {@code name} in the FA-KES article holding {@code passage}. */
  private static Place fakesPlace(String passage, String name) {
    List<Place> places = fakesPlaces(passage);
    return places.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + places));
  }

  @Test
  void readsADistrictFarFromEveryOtherPlaceAsPartOfTheCityNearIt() {
    // "fight back in Aleppo to recapture the encircled district of Al Mallah": not the village
    // of Malah in As-Suwayda, 400 km south, but a part of Aleppo.
    Place mallah = fakesPlace("recapture the encircled district of Al Mallah", "Al Mallah");
    assertThat(mallah.admin1()).isEqualTo("Aleppo");
    assertThat(mallah.precision()).isGreaterThan(SETTLEMENT);
  }

  @Test
  void placesANamesakeFarAbroadInTheRegionTheReportIsAbout() {
    // "between the villages of al-Qajar and al-Zara" near Rastan: not Zadar, Croatia, whose
    // Italian name is Zara, but somewhere in Homs province.
    Place zara = fakesPlace("between the villages of al-Qajar and al-Zara", "Zara");
    assertThat(zara.country()).isEqualTo("SY");
    assertThat(zara.admin1()).isEqualTo("Homs");
    assertThat(zara.precision()).isEqualTo(ADMIN1);
  }

  @Test
  void readsNoPlaceInTheMonthOfRamadan() {
    assertThat(fakesPlaces("the Muslim holy month of Ramadan")).extracting(Place::name)
        .doesNotContain("Ramadan");
  }

  @Test
  void readsNoPlaceInTheSeasonOfANamedUprising() {
    // Spring, Texas has 54,000 people; here it is the Arab Spring.
    assertThat(fakesPlaces("part of the Arab Spring uprisings")).extracting(Place::name)
        .doesNotContain("Spring");
  }

  @Test
  void readsNoPlaceInTheAbbreviatedDayOfAHeaderDate() {
    assertThat(fakesPlaces("Wed 05 Apr 2017 Syria attack symptoms")).extracting(Place::name)
        .doesNotContain("Wed").contains("Syria");
  }

  @Test
  void readsNoPlaceInAWordThatQualifiesThePeopleOfAGroupsName() {
    assertThat(fakesPlaces("Free Syrian Army")).extracting(Place::name)
        .doesNotContain("Free");
  }

  @Test
  void readsNoPlaceInTheSurnameOfAPersonNamedInFullThatCoreNlpLeftUntagged() {
    // "Lin-Manuel Miranda thought he had a migraine ... Miranda's son": no Venezuelan state.
    assertThat(geoPlaces(182)).extracting(Place::name).doesNotContain("Miranda");
  }

  @Test
  void fallsBackToAPlaceOfTheCountryTheReportNamesPlacesInNotOnlyPeople() {
    // A Nigerian priest at St. Peter's Basilica: the report names Rome, and Nigerians only.
    assertThat(geoPlaces(7)).filteredOn(p -> p.name().equals("St. Peter's Basilica"))
        .singleElement().extracting(Place::country).isEqualTo("IT");
  }

  @Test
  void fallsBackToTheRegionNamedFarthestOffBeforeTheCountry() {
    // "she has now moved back to Khayelitsha": no gazetteer has the township, and the report
    // names the Western Cape and Cape Town only paragraphs later.
    Place township = geoPlaces(103).stream().filter(p -> p.name().equals("Khayelitsha"))
        .findFirst().orElseThrow();
    assertThat(township.admin1()).isEqualTo("Western Cape");
    assertThat(township.precision()).isEqualTo(ADMIN1);
  }

  @Test
  void takesNoFarTownThatHasAFacilitysNameOnlyAmongItsOtherNames() {
    // "Washington Square" of a New Orleans report is the square in the city, not Franklin
    // Square, New York, which GeoNames also calls so.
    assertThat(geoPlaces(0)).filteredOn(p -> p.name().equals("Washington Square"))
        .isNotEmpty().allSatisfy(p -> assertThat(p.admin1()).isEqualTo("Louisiana"));
  }

  @Test
  void readsNoVillageInTheWordHillOfALongerName() {
    // "Paddock Hill Bend" at Brands Hatch, Kent: no hamlet called Hill in Gloucestershire.
    assertThat(geoPlaces(177)).extracting(Place::name).doesNotContain("Hill");
    assertThat(geoPlaces(177)).filteredOn(p -> p.name().equals("Paddock Hill Bend"))
        .singleElement().satisfies(p -> assertThat(p.lat()).isBetween(51.0, 51.5));
  }

  @Test
  void readsNoPlaceInAGroupNamedAfterAnArabicUnitWord() {
    assertThat(fakesPlaces("were from the Failaq al-Sham")).extracting(Place::name)
        .doesNotContain("Failaq al-Sham");
  }

  @Test
  void takesNoAdjectiveOfAPeopleOrFaithBeforeASettlementWordForAPlace() {
    assertThat(fakesPlaces("The predominantly Kurdish city")).extracting(Place::name)
        .doesNotContain("Kurdish");
    assertThat(fakesPlaces("in another Alawite neighbourhood")).extracting(Place::name)
        .doesNotContain("Alawite");
    assertThat(fakesPlaces("in a majority-Alawite district")).extracting(Place::name)
        .doesNotContain("majority-Alawite");
  }

  @Test
  void readsNoRegionInALoneCompassWord() {
    // Ghana has a region named "Eastern"; here it begins a misspelt "Eastern Ghouta".
    assertThat(fakesPlaces("Clash in Eastern Gouta")).extracting(Place::country)
        .doesNotContain("GH");
  }

  /** The places of GeoWebNews document {@code n}. */
  private static List<Place> geoPlaces(int n) {
    return extract("geo-" + n, SharedData.read("geo/GeoWebNews/" + n)).list(Facts.PLACES);
  }

  @Test
  void readsNoRegionInACompassWordThatLeadsAnOrganisationsName() {
    // CoreNLP tags "South Florida" an organisation; Cameroon has a region named "South".
    assertThat(geoPlaces(167)).extracting(Place::country).doesNotContain("CM");
    assertThat(geoPlaces(167)).extracting(Place::name).contains("Florida");
  }

  @Test
  void readsNoPlaceInTheWestThatCoreNlpTagsALocation() {
    // "relations between Russia and the West", "Western countries": no region of Ghana.
    assertThat(geoPlaces(126)).extracting(Place::name).doesNotContain("West", "Western");
  }

  @Test
  void readsACityNamedWithTheWordCityAsTheCityNotItsProvince() {
    assertThat(geoPlaces(132)).filteredOn(p -> p.mentions().stream()
        .anyMatch(m -> m.of(SharedData.read("geo/GeoWebNews/132")).equals("Quebec City")))
        .singleElement().satisfies(p -> assertThat(p.precision()).isEqualTo(SETTLEMENT));
  }

  @Test
  void placesAnUnknownNameInTheOnlyRegionTheArticleNamesInItsCountry() {
    // "Guma LGA" lies far from the sentences naming Benue, the one Nigerian state named.
    assertThat(geoPlaces(49)).filteredOn(p -> p.name().equals("Guma LGA")).singleElement()
        .satisfies(p -> assertThat(p.admin1()).isEqualTo("Benue"));
  }

  @Test
  void readsNoContainerInAListOfPlaces() {
    // "After stops in Washington, New York and Boston": no Washington in New York state.
    assertThat(geoPlaces(135)).filteredOn(p -> p.name().equals("Washington"))
        .extracting(Place::admin1).containsOnly("District of Columbia");
  }

  @Test
  void readsTheCountiesOfTheUnitedStates() {
    // A Kentucky report: Daviess and McLean counties, not towns named Daviess or McLean.
    assertThat(geoPlaces(123)).filteredOn(p -> p.name().endsWith(" County"))
        .extracting(Place::admin1).contains("Kentucky").containsOnly("Kentucky");
  }

  @Test
  void readsACountyOfEnglandThatGeoNamesCountsBelowItsFirstLevel() {
    // A touring-car report from Thruxton and Andover: "returns to Hampshire", not Illinois.
    Place hampshire = geoPlaces(97).stream().filter(p -> p.name().equals("Hampshire"))
        .findFirst().orElseThrow();
    assertThat(hampshire.country()).isEqualTo("GB");
    assertThat(hampshire.precision()).isEqualTo(NEAR_SETTLEMENT);
  }

  @Test
  void readsABareCountyOfABritishReportAsTheCountyNotALargerTownAbroad() {
    // "the Kent-based outfit", "Brands Hatch Indy, Kent": not Kent, Washington.
    assertThat(geoPlaces(177)).filteredOn(p -> p.name().equals("Kent")).singleElement()
        .satisfies(p -> {
          assertThat(p.country()).isEqualTo("GB");
          assertThat(p.mentions()).hasSize(3);
        });
  }

  @Test
  void placesATownNamedOutsideTheCountyTheTextGivesInThatCounty() {
    // "Rockingham, Northamptonshire": no Rockingham of England is known, and the county's
    // word outweighs Rockingham, Vermont.
    assertThat(geoPlaces(177)).filteredOn(p -> p.name().equals("Rockingham")).singleElement()
        .satisfies(p -> {
          assertThat(p.country()).isEqualTo("GB");
          assertThat(p.precision()).isGreaterThan(SETTLEMENT);
        });
  }

  @Test
  void readsTheWireAbbreviationsOfCanadianProvinces() {
    // "New Brunswick RCMP say ... in Estey's Bridge, N.B.": the province, not the New Jersey
    // city of the name.
    assertThat(geoPlaces(173)).filteredOn(p -> p.name().equals("New Brunswick"))
        .isNotEmpty().extracting(Place::country).containsOnly("CA");
  }

  @Test
  void readsASurnameAfterThePersonsFullNameAsThePerson() {
    // "councillor Dewly Nelson. Nelson himself started as a critic": no town of Nelson, B.C.
    assertThat(geoPlaces(57)).extracting(Place::name).doesNotContain("Nelson");
    // CoreNLP tags the minister's surname a location once: "Matiangi" is no place in Nairobi.
    assertThat(geoPlaces(91)).extracting(Place::name).doesNotContain("Matiangi");
  }

  @Test
  void readsTheFirstHalfOfACountrysPairedNameAsTheCountryTheReportNames() {
    // A report on Dominica and Trinidad and Tobago: "Trinidad" is no town in Bolivia.
    assertThat(geoPlaces(113)).filteredOn(p -> p.mentions().stream().anyMatch(m ->
        m.of(SharedData.read("geo/GeoWebNews/113")).equals("Trinidad")))
        .extracting(Place::country).containsOnly("TT");
  }

  @Test
  void readsACountyTheTablesListOnlyByItsParts() {
    // "Oulton Park, Cheshire": Cheshire East and Cheshire West and Chester, not Connecticut.
    assertThat(geoPlaces(177)).filteredOn(p -> List.of("Cheshire", "Northamptonshire")
        .contains(p.name())).extracting(Place::country).containsOnly("GB").hasSize(2);
  }

  @Test
  void readsTheCountryOfAnArticleThatNamesOnlyTownsThroughItsLargestTowns() {
    // A football report that names no country: England's Sunderland, Reading and Norwich, not
    // the American towns near the Queens that "Queens Park Rangers" suggested.
    assertThat(geoPlaces(190)).filteredOn(p -> List.of("Sunderland", "Reading", "Norwich City")
        .contains(p.name())).extracting(Place::country).containsOnly("GB").hasSize(3);
  }

  @Test
  void readsTheGhoutaAndTheGolanAsAreasOfTheirGovernorates() {
    Place ghouta = fakesPlace("break into Eastern Ghouta which is controlled", "Eastern Ghouta");
    assertThat(ghouta.admin1()).isEqualTo("Rif Dimashq");
    assertThat(ghouta.precision()).isEqualTo(NEAR_SETTLEMENT);
    assertThat(fakesPlace("Israeli overnight air raids on positions near the Israeli-held Golan",
        "Golan Heights").admin1()).isEqualTo("Quneitra");
  }

  @Test
  void readsNoPartOfANameInACountryTheArticleNeverNames() {
    // "Qasr" alone is a town of Tajikistan; the article is about Aleppo.
    Place bustan = fakesPlace("neighborhoods of Bustan al-Qasr", "Bustan al-Qasr");
    assertThat(bustan.country()).as(bustan.toString()).isEqualTo("SY");
  }

  @Test
  void aNeighbourhoodIsNoProvinceOfAnotherCountry() {
    // "terrorists targeted al-Sulaymaniyah neighborhood with rocket shells" of an Aleppo
    // report: a part of Aleppo, not Iraq's Sulaymaniyah governorate 500 km east.
    Place part = fakesPlace("targeted al-Sulaymaniyah neighborhood", "Sulaymaniyah");
    assertThat(part.country()).as(part.toString()).isEqualTo("SY");
    assertThat(part.admin1()).as(part.toString()).isEqualTo("Aleppo");
  }

  @Test
  void choosesAmongThePartsOfANameGluedFromSeveral() {
    // FA-KES lost the commas of "Akhtarin, Turkmen Bari and Dabiq": Akhtarin is in Aleppo
    // province, the "Bari" of the Turkish report's other places is not.
    Place glued = fakesPlace("area of Akhtarin Turkmen Bari and Dabiq", "Akhtarin Turkmen Bari");
    assertThat(glued.country()).as(glued.toString()).isEqualTo("SY");
  }

  @Test
  void readsPlacesListedWithoutCommasAsOnePlaceEach() {
    // The headline "4 Killed over 43 Injured in Terrorist Rocket Attacks in Aleppo Daraa".
    List<Place> places = fakesPlaces("Rocket Attacks in Aleppo Daraa");
    assertThat(places).extracting(Place::name).contains("Aleppo", "Daraa")
        .doesNotContain("Aleppo Daraa");
    // "the Asia-Pacific region" of a Hanoi report: Asia, not Hanoi for a name it lacks.
    assertThat(geoPlaces(24)).filteredOn(p -> p.name().equals("Asia")).singleElement()
        .extracting(Place::country).isNull();
    // But "U.S. Virgin Islands" is one territory, whose abbreviated country qualifies it.
    assertThat(geoPlaces(18)).extracting(Place::name).doesNotContain("U.S.");
  }

  @Test
  void readsARegionWordThatCoreNlpTookIntoTheNameAsTheRegion() {
    // "the village of Tall Tawil in the Hassakeh province": CoreNLP tags "Hassakeh province"
    // whole; the village, which no gazetteer has, lies in that province.
    Place province = fakesPlace("Tall Tawil in the Hassakeh province", "Hassakeh province");
    assertThat(province.precision()).as(province.toString()).isEqualTo(ADMIN1);
    assertThat(fakesPlace("Tall Tawil in the Hassakeh province", "Tall Tawil").admin1())
        .isEqualTo("Al-Hasakah");
  }

  @Test
  void readsACityThatCoreNlpTagsAsAPersonUnderAnotherOfItsNames() {
    // "Douma is surrounded by government forces": GeoNames calls the city Dūmā.
    assertThat(geoPlaces(17)).filteredOn(p -> p.name().equals("Douma")).singleElement()
        .satisfies(p -> assertThat(p.admin1()).isEqualTo("Rif Dimashq"))
        .satisfies(p -> assertThat(p.mentions()).hasSizeGreaterThanOrEqualTo(4));
  }

  @Test
  void placesACountyNearTheTownsOfTheReportNotNearAPlaceNamedAfterIt() {
    // "a candidates forum in Red Oak ... The Montgomery County Democrats ... at the Montgomery
    // County History Center": the History Center's "Montgomery" must not vouch for the county
    // of Montgomery, Alabama.
    assertThat(geoPlaces(89)).filteredOn(p -> p.name().equals("Montgomery County"))
        .singleElement().extracting(Place::admin1).isEqualTo("Iowa");
  }

  @Test
  void readsTheBareNameOfACountyTheReportNamesInFull() {
    // "told the Suffolk Times ... Suffolk County detectives found a skeleton": Long Island's
    // county, not the Virginia city of Suffolk.
    String text = SharedData.read("geo/GeoWebNews/54");
    assertThat(geoPlaces(54)).filteredOn(p -> p.mentions().stream()
            .anyMatch(m -> m.of(text).equals("Suffolk")))
        .singleElement().satisfies(p -> assertThat(p.admin1()).isEqualTo("New York"))
        .satisfies(p -> assertThat(p.precision()).isEqualTo(NEAR_SETTLEMENT));
  }

  @Test
  void readsAnAreaAfterACompassWordThatCoreNlpLeavesUntagged() {
    // "the last patch of eastern Ghouta still held by insurgents": CoreNLP tags "Ghouta" only
    // where no "eastern" comes before it.
    String text = SharedData.read("geo/GeoWebNews/17");
    assertThat(geoPlaces(17)).filteredOn(p -> p.name().equals("Ghouta")).singleElement()
        .satisfies(p -> assertThat(p.admin1()).isEqualTo("Rif Dimashq"))
        .satisfies(p -> assertThat(p.mentions()).extracting(m -> m.start())
            .contains(text.indexOf("eastern Ghouta still") + "eastern ".length()));
  }

  @Test
  void placesTheWhiteHouseInWashingtonNotInATownThatSharesItsName() {
    // GeoNames lists "White House" among Casablanca's names, and a Tennessee town has it as
    // its own; "the Oval Office" and "the West Wing" are no "West New York".
    String text = SharedData.read("geo/GeoWebNews/118");
    List<Place> seats = geoPlaces(118).stream().filter(p -> p.mentions().stream()
        .anyMatch(m -> m.of(text).matches("White House|Oval Office|West Wing"))).toList();
    assertThat(seats).isNotEmpty().allSatisfy(p -> {
      assertThat(p.admin1()).isEqualTo("District of Columbia");
      assertThat(p.precision()).isEqualTo(NEAR_SETTLEMENT);
    });
  }

  @Test
  void placesTheGolanInSyria() {
    List<Place> places = fakesPlaces("positions near the Israeli-held Golan Heights");
    assertThat(places).filteredOn(p -> p.name().startsWith("Golan")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.admin1()).isEqualTo("Quneitra"));
  }

  @Test
  void readsANameListedBesideAStateAsTheState() {
    // "western states such as California or Washington": the state, not the capital.
    String text = SharedData.read("geo/GeoWebNews/79");
    int at = text.indexOf("California or Washington") + "California or ".length();
    assertThat(geoPlaces(79)).filteredOn(p -> p.mentions().stream()
            .anyMatch(m -> m.start() == at)).singleElement()
        .satisfies(p -> assertThat(p.admin1()).isEqualTo("Washington"))
        .satisfies(p -> assertThat(p.precision()).isEqualTo(ADMIN1));
  }

  @Test
  void matchesNoEnglishNameByItsConsonantsAlone() {
    // "City Hall" of an Atlanta report shares its consonants with Catahoula, Louisiana.
    String text = SharedData.read("geo/GeoWebNews/98");
    assertThat(geoPlaces(98)).filteredOn(p -> p.mentions().stream()
            .anyMatch(m -> m.of(text).equals("City Hall"))).isNotEmpty()
        .allSatisfy(p -> assertThat(p.admin1()).isEqualTo("Georgia"));
  }

  @Test
  void placesNoPersonThatOnlyALocativeWordMadeAPlace() {
    // "and he's wearing a mask", "Pete D'Alessandro, and Eddie Mauro": people after "and"
    // that no gazetteer place matches once fell back to a region of the report's country.
    assertThat(geoPlaces(182)).extracting(Place::name).doesNotContain("he");
    assertThat(geoPlaces(89)).extracting(Place::name).doesNotContain("Eddie Mauro");
  }

  @Test
  void readsAStateAbbreviationOnlyWithItsDot() {
    // "leading up to the joyful Easter Sunday Mass": no "Mass." for Massachusetts.
    assertThat(geoPlaces(7)).extracting(Place::name).doesNotContain("Mass");
  }

  @Test
  void fallsBackToTheStateTheTextGivesWhenNoTownOfTheNameLiesInIt() {
    // "CAMP MURRAY, Wash.": cities500 has no Murray in Washington; Murray, Utah is wrong.
    String text = SharedData.read("geo/GeoWebNews/108");
    assertThat(geoPlaces(108)).filteredOn(p -> p.mentions().stream()
            .anyMatch(m -> m.of(text).equals("CAMP MURRAY"))).singleElement()
        .satisfies(p -> assertThat(p.admin1()).isEqualTo("Washington"))
        .satisfies(p -> assertThat(p.precision()).isEqualTo(ADMIN1));
  }

  @Test
  void readsTheBareNameOfALocalReportsHomeStateAsTheState() {
    // "CAMP MURRAY, Wash. - ... not just Washington communities": the state, not the capital;
    // and "the Georgia National Guard" of a report naming Alaska, Hawaii and Florida is the
    // state, as nothing else of it lies in the Caucasus.
    String text = SharedData.read("geo/GeoWebNews/108");
    List<Place> places = geoPlaces(108);
    assertThat(places).filteredOn(p -> p.mentions().stream()
            .anyMatch(m -> m.of(text).equals("Washington")
                && !text.startsWith("Washington, D.C.", m.start())))
        .isNotEmpty().allSatisfy(p -> assertThat(p.precision()).isEqualTo(ADMIN1))
        .allSatisfy(p -> assertThat(p.admin1()).isEqualTo("Washington"));
    assertThat(places).filteredOn(p -> p.name().equals("Georgia")).singleElement()
        .extracting(Place::country).isEqualTo("US");
  }

  @Test
  void namesNoPlaceForAPeopleThoughTheyCountForTheirCountry() {
    // "Mexicans" are people, not Mexico; "Mexican" still names the country, as GeoWebNews
    // marks it.
    String text = SharedData.read("geo/GeoWebNews/80");
    List<ResolvedToponym> toponyms = extract("geo-80", text).list(PlaceExtractor.TOPONYMS);
    assertThat(toponyms).extracting(t -> t.span().of(text))
        .doesNotContain("Mexicans").contains("Mexican");
    assertThat(extract("geo-80", text).list(Facts.PLACES))
        .filteredOn(p -> p.country() != null && p.country().equals("MX")
            && p.precision() == COUNTRY).singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("Mexico"))
        .satisfies(p -> assertThat(p.demonyms()).extracting(d -> d.of(text))
            .contains("Mexican").doesNotContain("Mexicans"));
  }

  @Test
  void readsATownThatCoreNlpTagsAsAnOrganisationAfterIn() {
    // "the Kurdish enclave of Afrin", "the clashes in Afrin": CoreNLP says organisation.
    String text = SharedData.read("geo/GeoWebNews/1");
    assertThat(geoPlaces(1)).filteredOn(p -> p.name().contains("Afr")).singleElement()
        .satisfies(p -> assertThat(p.mentions()).extracting(m -> m.of(text))
            .containsOnly("Afrin").hasSizeGreaterThanOrEqualTo(3));
  }

  @Test
  void readsACityThatCoreNlpTagsAsAPerson() {
    // CoreNLP tags "Syrias Homs" one person, and "Homs" a person three times more.
    Place homs = fakesPlace("Car bomb in Syrias Homs kills 10", "Homs");
    assertThat(homs.admin1()).isEqualTo("Homs");
    assertThat(homs.mentions()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void readsNoPlaceInTheNameOfTheIslamicStateInIraqAndTheLevant() {
    // Without the group's "Iraq", the report is about Syria, and "Deir Ezour", which CoreNLP
    // tags a person every time, is kept though no other town backs it.
    List<Place> places = fakesPlaces("At Least 19 Executed by ISIL in Deir Ezour");
    assertThat(places).extracting(Place::country).doesNotContain("IQ");
    assertThat(places).filteredOn(p -> p.name().equals("Deir Ezour")).singleElement()
        .extracting(Place::admin1).isEqualTo("Deir ez-Zor");
  }

  @Test
  void takesNoHamletAbroadKnownByOneOfItsOtherNames() {
    // GeoNames lists "Amiriyah" among the fifteen names of an Israeli hamlet; the report is
    // about Idlib.
    Place amiriyah = fakesPlace("attack on the town of Amiriyah", "Amiriyah");
    assertThat(amiriyah.country()).as(amiriyah.toString()).isEqualTo("SY");
  }

  @Test
  void placesAVillageInTheProvinceTheTextNames() {
    Place village = fakesPlace("al-Jaberiyeh village in Hama province", "al-Jaberiyeh");
    assertThat(village.country()).isEqualTo("SY");
    assertThat(village.admin1()).isEqualTo("Hama");
    Place town = fakesPlace("Aqayrabat town in Hama province", "Aqayrabat");
    assertThat(town.admin1()).as(town.toString()).isEqualTo("Hama");
  }

  @Test
  void placesANeighbourhoodInTheCityWhosePossessiveNamesIt() {
    Place sukkari = fakesPlace("Aleppos Sukkari neighbourhood", "Sukkari");
    assertThat(sukkari.country()).isEqualTo("SY");
    assertThat(sukkari.admin1()).isEqualTo("Aleppo");
    assertThat(sukkari.precision()).isLessThanOrEqualTo(ADMIN1);
  }

  @Test
  void readsTheTransliterationsOfDeirEzZorThatCoreNlpMisses() {
    // CoreNLP tags "Deir Ezzor" a person, and leaves "Deir al-Zor" untagged with "al" a
    // proper noun of its own; "Deir" alone is no place.
    Place province = fakesPlace("oil-rich Deir Ezzor province", "Deir Ezzor");
    assertThat(province.admin1()).as(province.toString()).isEqualTo("Deir ez-Zor");
    assertThat(province.precision()).isEqualTo(ADMIN1);
    List<Place> places = fakesPlaces("near the city of Deir al-Zor Syrias SANA");
    assertThat(places).extracting(Place::name).contains("Deir al-Zor").doesNotContain("Deir");
    assertThat(places).filteredOn(p -> p.name().equals("al-Jafra")).singleElement()
        .extracting(Place::admin1).isEqualTo("Deir ez-Zor");
  }

  @Test
  void readsAnArabicNameAfterInThatOnlyItsConsonantsMatch() {
    // Left untagged and tokenised "al", "-", "Hassakeh"; GeoNames spells it Al-Hasakah.
    Place city = fakesPlace("police in al-Hassakeh in north-eastern Syria", "al-Hassakeh");
    assertThat(city.admin1()).as(city.toString()).isEqualTo("Al-Hasakah");
  }

  @Test
  void findsANameWrittenWithAnArabicArticleThatGeoNamesListsWithout() {
    Place tabqa = fakesPlace("northern city of al-Tabqa on Friday", "al-Tabqa");
    assertThat(tabqa.admin1()).as(tabqa.toString()).isEqualTo("Al-Raqqah");
    assertThat(tabqa.precision()).isEqualTo(SETTLEMENT);
  }

  @Test
  void placesAVillageNearTheCityTheTextSaysItLiesBeside() {
    Place urum = fakesPlace("town of Urum al-Kubra west of Aleppo city", "Urum al-Kubra");
    assertThat(urum.country()).isEqualTo("SY");
    assertThat(urum.admin1()).as(urum.toString()).isEqualTo("Aleppo");
  }

  @Test
  void placesAVillageNoGazetteerHasByNoPlaceInAGroupsName() {
    // "The alliance groups rebels with former Al-Qaeda affiliate the Fateh al-Sham Front ...
    // Khan Tuman is near Orum al-Kubrah the town where an attack on aid trucks": the nearest
    // place before the village is the "Sham" of the group's name, read as Damascus.
    Place orum = fakesPlace("Khan Tuman is near Orum al-Kubrah", "Orum al-Kubrah");
    assertThat(orum.country()).isEqualTo("SY");
    assertThat(orum.admin1()).as(orum.toString()).isNotEqualTo("Damascus");
  }

  @Test
  void splitsAPlaceFromTheCountryAfterItWhenTheCommaIsLost() {
    // "mistakenly killed 18 members of the Syrian Democratic Forces south of the city of Tabqa
    // Syria the Pentagon said": CoreNLP tags "Tabqa Syria" as one place, which no gazetteer has.
    List<Place> places = fakesPlaces("south of the city of Tabqa Syria the Pentagon said");
    assertThat(places).filteredOn(p -> p.name().equals("Tabqa")).singleElement()
        .extracting(Place::admin1).isEqualTo("Al-Raqqah");
    assertThat(places).extracting(Place::name).contains("Syria").doesNotContain("Tabqa Syria");
  }

  @Test
  void readsACountryAfterACompassWordAsTheCountry() {
    // "Northern Syria" says the article is about Syria: Tell Abyad, a village GeoNames knows
    // only by other spellings, stays there.
    Place tell = fakesPlace("in Tell Abyad Terroirst Attack in Northern Syria", "Tell Abyad");
    assertThat(tell.country()).as(tell.toString()).isEqualTo("SY");
    assertThat(tell.precision()).isEqualTo(SETTLEMENT);
  }

  @Test
  void countsTheUsLedCoalitionAsAnActorNotAsTheCountryOfTheReport() {
    // "U.S." is written twelve times, mostly as "U.S.-led" or "U.S. officials"; the village
    // the gazetteer lacks is in Syria, where the strikes were.
    Place village = fakesPlace("airstrike on the village of Maaret Harmeh", "Maaret Harmeh");
    assertThat(village.country()).as(village.toString()).isEqualTo("SY");
  }

  /** {@code document} as the same input without a home country, or with {@code country}. */
  private static Document withCountry(Document document, String country) {
    return new Document(document.name(), document.raw(), document.text(), document.source(),
        document.published(), country);
  }

  private static Place named(List<Place> places, String name) {
    return places.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + places));
  }

  @Test
  void readsAnAmbiguousTownInTheSourcesHomeCountry() {
    // Hyderabad is the capital of Telangana in India and the second city of Sindh in Pakistan;
    // the Indian city is the larger, so a bare "Hyderabad" is read there unless the source is
    // Pakistani. This note names no other place.
    Document note = AcledNotes.note("1235PAK");
    assertThat(note.country()).isEqualTo("Pakistan");
    Place home = named(extract(note).list(Facts.PLACES), "Hyderabad");
    assertThat(home.country()).as(home.toString()).isEqualTo("PK");
    assertThat(home.admin1()).isEqualTo("Sindh");
    assertThat(named(extract(withCountry(note, "pk")).list(Facts.PLACES), "Hyderabad"))
        .isEqualTo(home);
    for (String none : new String[] {null, "Atlantis"}) {
      Place bare = named(extract(withCountry(note, none)).list(Facts.PLACES), "Hyderabad");
      assertThat(bare.country()).as("home country %s: %s", none, bare).isEqualTo("IN");
    }
  }

  @Test
  void readsAHomeTownWhoseNameALargerTownAbroadShares() {
    // "the Hyderabad Press club" of Pakistani notes that name no other place of Pakistan: the
    // Indian city is the larger, but its size casts no vote for India against the home prior.
    for (String id : new String[] {"616PAK", "775PAK"}) {
      Place p = named(extract(AcledNotes.note(id)).list(Facts.PLACES), "Hyderabad");
      assertThat(p.admin1()).as(id + ": " + p).isEqualTo("Sindh");
    }
  }

  @Test
  void readsTheVillagesOfIndianLocalNewsThatNoCityTableLists() {
    for (String[] note : new String[][] {{"2883IND", "Gurez", "Jammu and Kashmir"},
        {"317IND", "Maletha", "Uttarakhand"}}) {
      Place p = named(extract(AcledNotes.note(note[0])).list(Facts.PLACES), note[1]);
      assertThat(p.admin1()).as(p.toString()).isEqualTo(note[2]);
      assertThat(p.precision()).as(p.toString()).isEqualTo(PlacePrecision.SETTLEMENT);
    }
  }

  @Test
  void readsNoNamesakeVillageFarFromThePlacesALocalNoteNames() {
    // "Mendhar tehsil of Poonch": the gazetteer's only Mendhar is a post office in Gujarat,
    // 1,400 km away; the note's Mendhar lies by Poonch.
    for (String id : new String[] {"96IND", "2560IND"}) {
      Place p = named(extract(AcledNotes.note(id)).list(Facts.PLACES), "Mendhar");
      assertThat(p.admin1()).as(id + ": " + p).isEqualTo("Jammu and Kashmir");
    }
    // "Kashmir" is the valley, not a village of Himachal Pradesh that has its name.
    Place kashmir = named(extract(AcledNotes.note("169IND")).list(Facts.PLACES), "Kashmir");
    assertThat(kashmir.admin1()).as(kashmir.toString()).isEqualTo("Jammu and Kashmir");
  }

  @Test
  void keepsThePlacesTheTextNamesWhateverTheSourcesHomeCountry() {
    // The dispatch's dateline and names outweigh any home country.
    Facts foreign = extract(Document.ofText("afp", afpText).withDefaultCountry("Bangladesh"));
    assertThat(foreign.list(Facts.PLACES)).isEqualTo(afp.list(Facts.PLACES));
    // A city the text names alone stays where it is, though its country is named nowhere.
    Place dawei = named(extract(withCountry(AcledNotes.note("40MYA"), "TH"))
        .list(Facts.PLACES), "Dawei");
    assertThat(dawei.country()).as(dawei.toString()).isEqualTo("MM");
    // Punjab is a province of India and of Pakistan; "Amritsar, Punjab" says which.
    List<Place> amritsar = extract(withCountry(AcledNotes.note("26IND"), "Pakistan"))
        .list(Facts.PLACES);
    assertThat(named(amritsar, "Amritsar").country()).as(amritsar.toString()).isEqualTo("IN");
    assertThat(named(amritsar, "Punjab").country()).as(amritsar.toString()).isEqualTo("IN");
  }

  @Test
  void aNameReadByItsPartsInALocalNoteIsReadAtHome() {
    // ACLED notes that name no country: "Tirah Valley" of a Pakistani note is no Israeli
    // village, "Sadar upazila" of a Bangladeshi one none in Indonesia.
    for (String[] note : new String[][] {{"337PAK", "Tirah Valley", "PK"},
        {"850BNG", "Sadar upazila", "BD"}}) {
      Place p = named(extract(AcledNotes.note(note[0])).list(Facts.PLACES), note[1]);
      assertThat(p.country()).as(p.toString()).isEqualTo(note[2]);
    }
  }

  @Test
  void aLocalNotesVillageIsNoNamesakeHamletAbroad() {
    // "Kech" is among the names of Ketsch, a German town of 13,000; "Gulshan" among those of
    // Tabas, Iran. A Pakistani and a Bangladeshi note name their own district and suburb, which
    // the gazetteer lacks: they stay at home, however coarse.
    for (String[] note : new String[][] {{"1762PAK", "Kech", "PK"},
        {"184BNG", "Gulshan", "BD"}}) {
      Place p = named(extract(AcledNotes.note(note[0])).list(Facts.PLACES), note[1]);
      assertThat(p.country()).as(p.toString()).isEqualTo(note[2]);
    }
  }

  @Test
  void findsTheDistrictTownsCities500Lacks() {
    // "Myanmar military forces were ambushed ... in Kutkai", "a protest march in North
    // Kashmir's Handwara town": seats of a township and a tehsil that GeoNames lists among its
    // towns of 1,000 but the pinned cities500 lacks
    for (String[] note : new String[][] {{"153MYA", "Kutkai", "23.45,97.93"},
        {"202IND", "Handwara", "34.39,74.28"}}) {
      Place p = named(extract(AcledNotes.note(note[0])).list(Facts.PLACES), note[1]);
      String[] at = note[2].split(",");
      assertThat(Distance.km(p.lat(), p.lon(), Double.parseDouble(at[0]),
          Double.parseDouble(at[1]))).as(p.toString()).isLessThan(25);
    }
  }

  @Test
  void everyMentionSpanCoversItsName() {
    for (Place p : afp.list(Facts.PLACES)) {
      for (var span : p.names()) {
        assertThat(span.of(afpText).toLowerCase()).as(p.name())
            .isEqualTo(p.name().toLowerCase());
      }
    }
    List<ResolvedToponym> toponyms = afp.list(PlaceExtractor.TOPONYMS);
    // The dateline's place is written in capitals ("QAH") and named in title case.
    toponyms.forEach(t -> assertThat(t.span().of(afpText)).isEqualToIgnoringCase(
        t.toponym().text()));
  }
}
