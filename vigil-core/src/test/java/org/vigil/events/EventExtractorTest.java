package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.model.DatePrecision.DAY;
import static org.vigil.model.DatePrecision.MONTH;
import static org.vigil.testing.EvidenceAssert.assertCovers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.StandardPipeline;
import org.vigil.document.Document;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Event.Actor;
import org.vigil.model.EventType;
import org.vigil.model.Place;
import org.vigil.model.SubEventType;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.AcledNotes;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/** Events of real reports, read with the whole standard pipeline before the extractor. */
class EventExtractorTest {

  private static Pipeline pipeline;
  private static Article afp;

  @BeforeAll
  static void extractDevArticle() {
    pipeline = StandardPipeline.create(TestPipeline.language(), TestGazetteer.gazetteer());
    afp = extract(SharedData.read("dev/afp-idlib-2020.txt"));
  }

  private static Article extract(String text) {
    return pipeline.extract(Document.ofText("test", text));
  }

  /** The place event {@code e} points to: one, or none. */
  private static List<Place> placeOf(Article a, Event e) {
    return a.places().stream().filter(p -> p.id().equals(e.place())).toList();
  }

  private static String placeName(Article a, Event e) {
    return placeOf(a, e).stream().map(Place::name).findFirst().orElse(null);
  }

  private static Event withTrigger(Article a, String trigger) {
    return a.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event triggered by " + trigger + " in "
            + a.events()));
  }

  @Test
  void droneStrikeInBaghdadIsDatedByTheLaterMentionOfItsDay() {
    Event e = withTrigger(afp, "drone strike");
    assertThat(e.subtype()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
    assertThat(e.date()).isEqualTo(new Event.EventDate("2020-01-03", DAY));
    assertThat(placeName(afp, e)).isEqualTo("Baghdad");
    // US forces in Iraq are external forces there
    assertThat(e.perpetrators())
        .containsExactly(new Actor("US forces", "External/Other forces", false));
    assertThat(e.killed().best()).isEqualTo(1);
  }

  @Test
  void novemberMissileStrikeAndTheStrikeTwoMonthsAgoAreOneEvent() {
    Event e = withTrigger(afp, "missile strike");
    assertThat(e.subtype()).isEqualTo(SubEventType.SHELLING);
    assertThat(e.date()).isEqualTo(new Event.EventDate("2019-11", MONTH));
    assertThat(placeName(afp, e)).isEqualTo("Qah");
    assertThat(e.killed().best()).isEqualTo(3);
    assertThat(e.injured().best()).isEqualTo(2);
    assertThat(afp.events().stream().filter(x -> x.date().value().equals("2019-11"))).hasSize(1);
  }

  @Test
  void rocketFireIsBlamedNotAttributed() {
    Event e = withTrigger(afp, "rocket fire");
    assertThat(placeName(afp, e)).isEqualTo("Aleppo");
    assertThat(e.date().value()).startsWith("2015");
    assertThat(e.perpetrators())
        .containsExactly(new Actor("Iran-backed militias", "Political militias", true));
    assertThat(e.killed().best()).isEqualTo(1);
    assertThat(e.killed().categories()).containsEntry("children", 1);
    assertCovers(afp.text(), e.trigger().span(), "rocket fire");
  }

  @Test
  void figuresOfSourcesThatDisagreeAreEachKeptAndSpanned() {
    // "with regime media saying one person had been killed ... The Observatory said that the
    // attack targeted a checkpoint and gave a death toll of three": the monitor's figure is
    // the best, the party's the low end
    Article a = extract(FakesCorpus.textContaining("Another bomb attack was also reported"));
    Event e = withEvidence(a, "one person had been killed");
    assertThat(placeName(a, e)).isEqualTo("Al-Sabura");
    assertThat(List.of(e.killed().best(), e.killed().low(), e.killed().high()))
        .containsExactly(3, 1, 3);
    assertThat(e.killed().sources()).extracting(Event.SourcedFigure::source,
        Event.SourcedFigure::value).containsExactly(
            tuple("Syrian state media", 1),
            tuple("Syrian Observatory for Human Rights", 3));
    assertCovers(a.text(), e.killed().sources().get(1).span(), "three");
  }

  @Test
  void figuresOfOneSourceAreNotADisagreement() {
    // "at least 21 civilians ... a monitoring group says. The so-called Syrian Observatory for
    // Human Rights said Monday that at least 15 people were killed ... in a northern district of
    // Manbij": the whole and a part, one monitor; neither is a second source's count
    Article a = extract(FakesCorpus.textContaining("21 Civilians Killed in US-Led Coalition"));
    assertThat(a.events()).allMatch(e -> e.killed() == null || e.killed().sources().isEmpty());
  }

  @Test
  void celebrationsWithSweetsAreNoEvent() {
    assertThat(afp.events()).noneMatch(e -> e.type() == EventType.PROTESTS);
    assertThat(afp.events()).noneMatch(e -> e.evidence().stream()
        .anyMatch(s -> s.of(afp.text()).contains("sweets")));
  }

  @Test
  void bombBlastCountsKilledAndInjured() {
    Article a = extract(FakesCorpus.textStartingWith("Aleppo bomb blast kills six"));
    Event main = a.events().get(0);
    assertThat(main.subtype()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE);
    assertThat(main.killed().best()).isEqualTo(6);
    assertThat(main.injured().best()).isEqualTo(32);
    assertThat(placeName(a, main)).isEqualTo("Aleppo");
  }

  @Test
  void anAttackInATownAndInItsNeighbourhoodIsOneIncident() {
    // "killed at least 16 civilians ... in Syrias Hasakeh city", then "a suicide bomber ...
    // in the Salihiah neighbourhood of Hasakeh city": one suicide bombing.
    Article a = extract(FakesCorpus.textStartingWith("Published July 5 2016 A motorcycle"));
    List<Event> sixteen = a.events().stream()
        .filter(e -> e.killed() != null && Integer.valueOf(16).equals(e.killed().best()))
        .toList();
    assertThat(sixteen).singleElement().extracting(Event::subtype)
        .isEqualTo(SubEventType.SUICIDE_BOMB);
  }

  @Test
  void strikesTheTextDeniesAreNoEvent() {
    Article a = extract(FakesCorpus.textStartingWith("Syria air strike on jihadist camp"));
    int denied = a.text().indexOf("no US strikes so far");
    assertThat(denied).isPositive();
    assertThat(a.events()).noneMatch(e -> e.evidence().stream()
        .anyMatch(s -> s.start() >= denied && s.start() < denied + 20));
    // So the strike on Tibni is not drawn to "protests from Damascus" after the denied one.
    Event main = MainIncident.of(a.events());
    assertThat(placeOf(a, main)).singleElement()
        .extracting(Place::admin1).isEqualTo("Deir ez-Zor");
  }

  @Test
  void anotherTriggerOfTheSentenceSaysWhereWhenTheMainOneNamesOnlyTheCountry() {
    // "Syria air raids kill 20 ... in air strikes... targeting an IS training base in Raqa"
    Article a = extract(FakesCorpus.textStartingWith("Syria air raids kill 20 Islamic State"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(20);
    assertThat(placeName(a, main)).isEqualTo("Raqa");
  }

  @Test
  void whoTheDeadWereJoinsTheIncidentThatCountedThem() {
    // "Syrian air strikes kill 70 people ... the air force conducted 60 strikes on the Eastern
    // Ghouta district ... Twelve children and 11 fighters were among the dead": the children
    // are of the 70, not of a second incident made of the 60 strikes.
    Article a = extract(FakesCorpus.textStartingWith("Syrian air strikes kill 70 people"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(70);
    assertThat(main.killed().categories()).containsEntry("children", 12);
  }

  @Test
  void theDeadListedByKindGiveWayToTheTollThatCountsMore() {
    // "Five children and four medical staff killed by regime airstrikes on a hospital ... was
    // destroyed by airstrikes over the weekend that killed 13 people MSF said ... Among the
    // dead were four staff and five children": 13 dead, of whom five children
    Article a = extract(FakesCorpus.textContaining("Five children and four medical staff"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(13);
    assertThat(main.killed().categories()).containsEntry("children", 5);
  }

  @Test
  void aForeignCountryBeforeTheStrikesStrikesAndIsNoScene() {
    // "22 dead in heavy U.S. raids on IS Syria stronghold. Six civilians including a child
    // were among at least 22 people killed in U.S. air strikes": the second sentence's place
    // was the U.S., so it stood as a second incident, and the first kept no children.
    Article a = extract(FakesCorpus.textStartingWith("Sun 05 Jul 2015 22 dead in heavy U.S."));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(22);
    assertThat(main.killed().categories()).containsEntry("children", 1);
    assertThat(a.events()).allSatisfy(e -> assertThat(placeOf(a, e))
        .extracting(Place::country).doesNotContain("US"));
  }

  @Test
  void oneTollToldTwiceInOneCountryIsOneIncident() {
    // "At least four people were killed and 11 others were injured in airstrikes ... four
    // civilians were killed and seven others injured in an airstrike which hit the Sermin
    // district": the second telling says where; the first named only the country.
    Article a = extract(FakesCorpus.textStartingWith("Published April 29 2017 At least four"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(4);
    assertThat(placeOf(a, main)).singleElement().extracting(Place::admin1).isEqualTo("Idlib");
  }

  @Test
  void aSentenceOfFiguresAloneGivesTheIncidentThePlaceItNames() {
    // "Units of the army ... killed 15 ISIS terrorists ... in al-Reshdia neighborhood ... in
    // the Deir Ezzor city": no trigger word, so its figures join the incident before, which
    // had only a drone shot down "near al-Habbari field".
    Article a = extract(FakesCorpus.textStartingWith("11 June 2016 The army advances"));
    Event fifteen = a.events().stream()
        .filter(e -> e.killed() != null && Integer.valueOf(15).equals(e.killed().best()))
        .findFirst().orElseThrow();
    assertThat(placeOf(a, fifteen)).singleElement()
        .extracting(Place::admin1).isEqualTo("Deir ez-Zor");
  }

  @Test
  void theProtestsAWarBeganWithAreBackgroundNotAnIncident() {
    // "The Syrian conflict began when the Baath regime ... responded with military force to
    // peaceful protests demanding democratic reforms during the Arab Spring"
    Article origin = extract(FakesCorpus.textStartingWith(
        "Date of publication 3 April 2017 At least 22 civilians"));
    assertThat(origin.events()).noneMatch(e -> e.type() == EventType.PROTESTS);
    assertThat(origin.events()).anyMatch(e -> e.subtype() == SubEventType.AIR_DRONE_STRIKE);
    // "In Lebanon some 200 Kurdish nationals staged a demonstration in downtown Beirut": one
    Article today = extract(FakesCorpus.textStartingWith(
        "Published July 5 2015 U.S.-led coalition aircraft"));
    assertThat(today.events()).filteredOn(e -> e.type() == EventType.PROTESTS).singleElement()
        .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("demonstration"));
  }

  @Test
  void theMeansTheTextNamesAreKeptWithTheirWords() {
    // "killed on Sunday when Syrian army helicopters dropped barrel bombs on the northern city
    // of Aleppo"
    Article raid = extract(FakesCorpus.textStartingWith(
        "December 16 2013 Death toll in Syrian bombing raid on Aleppo"));
    Event main = MainIncident.of(raid.events());
    assertThat(main.means()).extracting(Event.Means::name).contains("barrel bomb");
    // ... and who dropped them, named after "when"
    assertThat(main.perpetrators()).extracting(Actor::name)
        .contains("Syrian government forces");
    assertThat(main.means()).allSatisfy(m -> assertThat(m.span().of(raid.text()).toLowerCase())
        .startsWith(m.name().substring(0, 3).toLowerCase()));
    // "ISIS terrorists detonated two car bombs in al-Villat al-Homr neighborhood"
    Article bombs = extract(FakesCorpus.textStartingWith(
        "10 July 2015 Three civilians killed in rocket attack in Aleppo"));
    assertThat(bombs.events()).anySatisfy(e -> assertThat(e.means())
        .extracting(Event.Means::name).containsExactly("car bomb"));
    assertThat(bombs.events()).anySatisfy(e -> assertThat(e.means())
        .extracting(Event.Means::name).contains("rocket"));
  }

  @Test
  void aHelicopterShotDownIsNoAirStrike() {
    // "A Russian Mi-8 military transport helicopter was shot down from the ground in Idlib
    // province": the aircraft was hit; it struck no one.
    Article a = extract(FakesCorpus.textStartingWith(
        "01-08-2016 5 Killed as Russian Military Chopper Shot down"));
    assertThat(a.events()).noneMatch(e -> e.subtype() == SubEventType.AIR_DRONE_STRIKE);
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.subtype()).isEqualTo(SubEventType.ARMED_CLASH);
      assertThat(e.killed().best()).isEqualTo(5);
      assertThat(e.means()).extracting(Event.Means::name).containsExactly("helicopter");
    });
    assertThat(a.events()).as("the Russians lost the helicopter; they did not down it")
        .allSatisfy(e -> assertThat(e.perpetrators()).extracting(Actor::name)
            .noneMatch(n -> n.startsWith("Russian")));
  }

  @Test
  void aNeighbourhoodOfTheReportsCityIsNoNamesakeAbroad() {
    // "terrorists targeted al-Sulaymaniyah neighborhood with rocket shells killing three
    // persons", after "Three civilians were killed ... in terrorist attacks with shells ... on
    // Aleppo residential neighborhoods": the Aleppo district, not the Iraqi city, so one
    // incident.
    Article a = extract(FakesCorpus.textStartingWith(
        "12 November 2016 Three civilians killed 12 others injured"));
    assertThat(a.events()).filteredOn(e -> e.role() == Event.Role.REPORTED
        && e.killed() != null && Integer.valueOf(3).equals(e.killed().best())).singleElement()
        .satisfies(e -> assertThat(placeOf(a, e)).singleElement()
            .extracting(Place::country).isEqualTo("SY"));
  }

  @Test
  void aTollCountedOverWeeksIsATotalNotTheReportsIncident() {
    // "ISIL kills 700 people from Syrian tribe" / "has executed 700 members of a tribe ...
    // during the past two weeks" / "300 men were executed in one day in the town of Ghraneij"
    Article a = extract(FakesCorpus.textStartingWith(
        "Sun Aug 17 2014 ISIL kills 700 people from Syrian tribe"));
    assertThat(a.events()).anySatisfy(e -> {
      assertThat(e.role()).isEqualTo(Event.Role.AGGREGATE);
      assertThat(e.killed().best()).isEqualTo(700);
    });
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(300);
  }

  @Test
  void anotherActTheSentenceLeavesUndatedIsOfTheDayTheReportToldLast() {
    // "Terrorist groups fired several rocket shells on ... Aleppo city on Saturday ...
    // Another rocket shell that fell in al-Hamadaniyeh neighborhood left 5 civilians dead and
    // 47 others injured. Terrorist shelling attacks in Aleppo city on Friday killed two
    // children": the further shell is Saturday's, by the same hands, and not Friday's.
    Article a = extract(FakesCorpus.textStartingWith("04-06-2016 40 Civilians Killed"));
    Event another = a.events().stream()
        .filter(e -> "al-Hamadaniyeh".equals(placeName(a, e))).findFirst().orElseThrow();
    assertThat(another.date()).isEqualTo(new Event.EventDate("2016-06-04", DAY));
    assertThat(another.killed().best()).isEqualTo(5);
    assertThat(another.perpetrators()).extracting(Actor::category).containsExactly(
        "Rebel groups");
    assertThat(a.events()).filteredOn(e -> e.date().equals(
        new Event.EventDate("2016-06-03", DAY))).singleElement()
        .extracting(e -> e.killed().best()).isEqualTo(2);
  }

  @Test
  void shotsFiredOnOtherNeighbourhoodsAreAnAttackOfTheirOwn() {
    // "terrorists targeted al-Sulaymaniyah neighborhood with rocket shells killing three
    // persons and injuring 9 others ... Later the source said that three persons were injured
    // by explosive shots fired by terrorists on the neighborhoods of al-Furqan and
    // al-Azamiyah": two acts, the second's wounded its own.
    Article a = extract(FakesCorpus.textStartingWith("12 November 2016 Three civilians"));
    Event shots = withEvidence(a, "shots");
    assertThat(shots.subtype()).isEqualTo(SubEventType.ATTACK);
    assertThat(placeName(a, shots)).isEqualTo("al-Furqan");
    assertThat(shots.injured().best()).isEqualTo(3);
    assertThat(shots.perpetrators()).extracting(Actor::category).containsExactly("Rebel groups");
    Event shelling = withEvidence(a, "rocket shells");
    assertThat(shelling.killed().best()).isEqualTo(3);
  }

  @Test
  void moreDeadInAnotherTownAreAStrikeThere() {
    // "The highest toll was in Douma the largest town in the Eastern Ghouta region where raids
    // killed 16 civilians ... A witness at the town hospital said ... Five more civilians were
    // killed in the town of Sabqa": Douma is the raids' town, the region its container;
    // Sabqa's dead are a strike of their own, though the gazetteer lacks Sabqa and puts it at
    // the region's centre, near Douma.
    Article a = extract(FakesCorpus.textContaining("where raids killed 16 civilians"));
    assertThat(a.events()).filteredOn(e -> e.subtype() == SubEventType.AIR_DRONE_STRIKE)
        .extracting(e -> placeName(a, e), e -> e.killed() == null ? null : e.killed().best())
        .contains(tuple("Douma", 16), tuple("Sabqa", 5), tuple("Harasta", 1));
    // "and one in the town of Harasta": 16 + 5 + 1 are the 22 the report led with, on Monday
    assertThat(withEvidence(a, "killed at least 22").role()).isEqualTo(Event.Role.AGGREGATE);
    assertThat(a.events()).filteredOn(e -> e.role() == Event.Role.REPORTED
        && e.subtype() == SubEventType.AIR_DRONE_STRIKE)
        .extracting(Event::date).containsOnly(new Event.EventDate("2017-04-03", DAY));
    Event sabqa = a.events().stream().filter(e -> "Sabqa".equals(placeName(a, e)))
        .findFirst().orElseThrow();
    assertThat(sabqa.perpetrators()).extracting(Actor::category).containsExactly("State forces");
  }

  @Test
  void aTownStormedWhenItsMenWereKilledIsATakingOfItsOwn() {
    // "300 men were executed in one day in the town of Ghraneij ... when ISIL stormed the town
    // earlier this week": the killing and the taking of the town are two acts of one day
    Article a = extract(FakesCorpus.textContaining("when ISIL stormed the town"));
    Event taking = a.events().stream()
        .filter(e -> e.subtype() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY)
        .findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
    assertThat(placeName(a, taking)).isEqualTo("Ghraneij");
    assertThat(taking.killed()).as("the dead are the executions'").isNull();
    assertThat(taking.perpetrators()).extracting(Actor::name).containsExactly("Islamic State");
    Event executions = withEvidence(a, "300 men were executed");
    assertThat(executions.subtype()).isEqualTo(SubEventType.ATTACK);
    assertThat(executions.killed().best()).isEqualTo(300);
    assertThat(placeName(a, executions)).isEqualTo("Ghraneij");
  }

  @Test
  void aVideoShotSomewhereTellsOfNoShooting() {
    // "A video purportedly shot in the Kafr Batna neighborhood showed a room filled with more
    // than 90 bodies": the gas attack's dead, filmed, not an attack at Kafr Batna
    Article a = extract(FakesCorpus.textContaining("purportedly shot in the Kafr Batna"));
    assertThat(a.events()).extracting(e -> e.trigger().text()).doesNotContain("shot");
    assertThat(a.events()).extracting(Event::subtype).contains(SubEventType.CHEMICAL_WEAPON);
  }

  @Test
  void aPartOfAnActToldWithItsDayHappenedThatDay() {
    // "... targeted with rocket shells several residential neighborhoods in Aleppo city on
    // Monday. ... three of the shells fell in al-Sulaimaniyeh neighborhood claiming the lives
    // of 3 children": Monday's, though its sentence names no day (the report is of Tuesday)
    Article a = extract(FakesCorpus.textContaining("three of the shells fell in al-Sulaimaniyeh"));
    Event part = a.events().stream().filter(e -> "al-Sulaimaniyeh".equals(placeName(a, e)))
        .findFirst().orElseThrow();
    assertThat(part.date()).isEqualTo(new Event.EventDate("2016-04-04", DAY));
  }

  @Test
  void forcesAdvancingOnATownAreFightingForIt() {
    // "The Kurdish forces have continued their advance on the town of Azaz in Northern Aleppo
    // province": a battle at Azaz, not only the shelling the report recalls after it
    Article a = extract(FakesCorpus.textContaining("continued their advance on the town of Azaz"));
    assertThat(a.events()).filteredOn(e -> e.subtype() == SubEventType.ARMED_CLASH)
        .extracting(e -> placeName(a, e)).contains("Azaz");
  }

  @Test
  void eachTownOfAListTheStrikesHitIsAnIncidentOfItsOwn() {
    // "At least 13 civilians were killed ... in airstrikes ... on the town of Alghantou on
    // Friday. Airstrikes also targeted the nearby towns of Rastan Talbeesah Ter Maaleh and
    // Zafarana." The towns lie a few kilometres apart, but the text names them apart, though
    // it lost the commas between the first three.
    Article a = extract(FakesCorpus.textStartingWith(
        "Saturday 20 August 2016 Syrian Coalition Urges"));
    List<Event> strikes = a.events().stream()
        .filter(e -> e.subtype() == SubEventType.AIR_DRONE_STRIKE).toList();
    assertThat(strikes).extracting(e -> placeName(a, e))
        .containsExactlyInAnyOrder("Alghantou", "Rastan", "Talbeesah", "Ter Maaleh", "Zafarana");
    Event zafarana = strikes.stream().filter(e -> "Zafarana".equals(placeName(a, e)))
        .findFirst().orElseThrow();
    assertThat(zafarana.killed()).as("the toll was Alghantou's").isNull();
    // "also targeted": the same hands as "airstrikes by regime and Russian fighter jets"
    assertThat(zafarana.perpetrators()).extracting(Actor::category).contains("State forces");
    // ... and at the time that sentence gave, Friday
    assertThat(zafarana.date()).isEqualTo(new Event.EventDate("2016-08-19", DAY));
    assertThat(strikes.stream().filter(e -> "Alghantou".equals(placeName(a, e))).findFirst()
        .orElseThrow().killed().best()).isEqualTo(13);
  }

  @Test
  void aPlaceTheTextGivesOnlyAnOlderIncidentIsNoSceneOfTodays() {
    // "Victims of a suspected chemical attack in Syria ... said the rebels had used the same
    // chemical weapons in Aleppo last year ... guidance to overwhelmed health workers in Idlib"
    Article a = extract(FakesCorpus.textStartingWith("Wed 05 Apr 2017 Syria attack symptoms"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(70);
    assertThat(placeOf(a, main)).singleElement().extracting(Place::admin1).isEqualTo("Idlib");
  }

  @Test
  void theAttackReferredBackToIsTheBlastThoughTheVictimsWereEnteringAnotherCountry() {
    // "The blast on Sunday night struck the Atme border crossing between Turkey and the
    // northern Syrian province of Idlib ... The attack killed 32 rebels as they were entering
    // Turkey the Britain-based Observatory said"
    Article a = extract(FakesCorpus.textStartingWith("More than 30 Syrian rebels killed in IS"));
    assertThat(a.events()).noneMatch(e -> e.killed() != null
        && Integer.valueOf(32).equals(e.killed().best())
        && e.subtype() != SubEventType.SUICIDE_BOMB);
    Event main = MainIncident.of(a.events());
    assertThat(main.subtype()).isEqualTo(SubEventType.SUICIDE_BOMB);
    assertThat(placeOf(a, main)).singleElement().extracting(Place::admin1).isEqualTo("Idlib");
  }

  @Test
  void aCountryThatActsOrSpeaksDoesNotMakeTheReportAboutItself() {
    // "did not say what the US might do in response ... He said the US stood with its global
    // allies ... A US official said ... took many US officials by surprise": ten mentions of
    // the US against six of Syria, where "At least 72 people died in the town of Khan
    // Sheikhoun"; the attack was placed in Washington, where the president spoke.
    Article a = extract(FakesCorpus.textStartingWith("Wednesday 5 April 2017 Blaming Assad"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(72);
    assertThat(placeOf(a, main)).singleElement().extracting(Place::admin1).isEqualTo("Idlib");
  }

  @Test
  void aCountryThatStrikesDoesNotMakeTheReportAboutItself() {
    // "US Coalition Warplanes Kill Tens of Civilians in Syrias Aleppo ... the US airstrikes
    // had destroyed more bridges ... the US pounded several strategic bridges": counted as
    // places, the US outweighed Syria, and Aleppo was no scene of the report's country.
    Article a = extract(FakesCorpus.textStartingWith("Thu Oct 6 2016 US Coalition Warplanes"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(60);
    assertThat(placeOf(a, main)).singleElement().extracting(Place::admin1).isEqualTo("Aleppo");
  }

  @Test
  void theHeadlinesOfRelatedReportsAtTheEndOfThePageAreNoIncidents() {
    // "... 91 Related US Mistakes Lack of Aid Led to Humanitarian Catastrophe in Raqqa - Moscow
    // ... US-Led Coalition Airstrikes Near Raqqa Killed at Least 84 Civilians ..."
    Article a = extract(FakesCorpus.textStartingWith("02.10.2017Get short URL 191"));
    int related = a.text().indexOf("91 Related");
    assertThat(related).isPositive();
    assertThat(a.events()).noneMatch(e -> e.evidence().stream()
        .anyMatch(s -> s.start() > related));
    Event main = MainIncident.of(a.events());
    assertThat(placeOf(a, main)).singleElement()
        .extracting(Place::admin1).isEqualTo("Deir ez-Zor");
  }

  @Test
  void aPhotoCaptionRunIntoTheLeadDoesNotPlaceTheLeadsIncident() {
    // "... after warplanes attacked a street in Aleppo Syria (AP photo) BEIRUT Air strikes on
    // a market in Syrias Al Qaeda-held city of Idlib killed at least 21 civilians Sunday": one
    // sentence to the tagger, where the caption's warplanes took the 21 to Aleppo.
    Article a = extract(FakesCorpus.textStartingWith("Last updated at Jun 132016 In this photo"));
    Event lead = a.events().stream()
        .filter(e -> e.killed() != null && Integer.valueOf(21).equals(e.killed().best()))
        .findFirst().orElseThrow();
    assertThat(placeOf(a, lead)).singleElement().extracting(Place::admin1).isEqualTo("Idlib");
  }

  /** The event whose evidence covers the first occurrence of {@code words} in the text. */
  private static Event withEvidence(Article a, String words) {
    int at = a.text().indexOf(words);
    assertThat(at).as(words).isNotNegative();
    return a.events().stream().filter(e -> e.evidence().stream()
        .anyMatch(s -> s.start() <= at && s.end() > at)).findFirst()
        .orElseThrow(() -> new AssertionError("no event's evidence covers " + words));
  }

  @Test
  void anIncidentTheReportSaysItCameAfterKeepsItsEventButNotItsToll() {
    // "Suicide bombers ... in the central Syrian province of Hama on Friday killing at least 18
    // ... Fridays attack came after a double car bombing claimed by Al-Qaeda killed at least
    // 100 people on Tuesday in a majority-Alawite district of the central city of Homs"
    Article a = extract(FakesCorpus.textStartingWith("11 children among 18 dead in Syria"));
    Event main = MainIncident.of(a.events());
    // state media gave 18 dead, the Observatory "at least 15": the monitor's is the best
    assertThat(List.of(main.killed().best(), main.killed().high())).containsExactly(15, 18);
    assertThat(placeOf(a, main)).singleElement().extracting(Place::admin1).isEqualTo("Hama");
    Event homs = withEvidence(a, "100 people");
    assertThat(homs.killed()).isNull();
    assertThat(placeName(a, homs)).isEqualTo("Homs");
  }

  @Test
  void anIncidentDatedMonthsBeforeTheReportIsNotItsToll() {
    // Of 2 May 2017: "At least 24 people were killed on Tuesday in a Daesh attack near a
    // refugee camp", then "Human Rights Watch said 64 people died from exposure to nerve agents
    // after warplanes attacked ... eastern Hama on December 11 and December 12"
    Article a = extract(FakesCorpus.textStartingWith("2 May 2017 At least 24 people"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(24);
    assertThat(placeOf(a, main)).singleElement()
        .extracting(Place::admin1).isEqualTo("Al-Hasakah");
    Event december = withEvidence(a, "64 people died");
    assertThat(december.date()).isEqualTo(new Event.EventDate("2016-12-11", DAY));
    assertThat(december.killed()).isNull();
  }

  @Test
  void aHeadlineThatAddsUpTheIncidentsIsNoIncidentsToll() {
    // "6 citizens killed 22 injured in terrorist attacks with shells in Damascus Aleppo and
    // Idleb", then "al-Salyhiah neighborhood killing a woman" and "Death toll from terrorist
    // rocket attacks on residential neighborhoods in Aleppo city rose to 5 killed"
    Article a = extract(FakesCorpus.textStartingWith("18 November 2016 6 citizens killed 22"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(5);
    assertThat(placeOf(a, main)).singleElement().extracting(Place::admin1).isEqualTo("Aleppo");
    assertThat(withEvidence(a, "6 citizens killed").killed()).isNull();
  }

  @Test
  void anIncidentTheTextPlacesInACountryStaysThere() {
    // "an August 21 chemical attack in Syria", in a report of what Washington and Paris say
    Article a = extract(FakesCorpus.textStartingWith("September 8 2013 U.S. leaves door open"));
    Event main = MainIncident.of(a.events());
    assertThat(main.subtype()).isEqualTo(SubEventType.CHEMICAL_WEAPON);
    assertThat(placeOf(a, main)).singleElement()
        .extracting(Place::country).isEqualTo("SY");
  }

  @Test
  void aCountryInALegalAsideOrInAListTiesNoIncident() {
    // "killed 35 Daesh (outlawed in Russia) militants near in northern Syria"
    Article a = extract(FakesCorpus.textStartingWith("16.04.2017(updated 1723 16.04.2017)"));
    Event main = MainIncident.of(a.events());
    assertThat(placeOf(a, main))
        .extracting(Place::country).doesNotContain("RU");
  }

  @Test
  void warTotalsAreNotIncidents() {
    Article a = extract(FakesCorpus.textStartingWith(
        "Date of publication 26 October 2016 Warplanes either Russia"));
    assertThat(a.events()).allMatch(e -> e.killed() == null
        || e.killed().low() != null && e.killed().low() < 1000);
  }

  @Test
  void aTieBetweenGovernoratesGoesToTheCountryTheArticleIsAbout() {
    // Damascus once, Brussels (where ministers met) once: the report is about Syria.
    Article a = extract(FakesCorpus.textStartingWith(
        "August 21 2013 Saudi Arabia calls for emergency U.N. Council meeting on Syria"));
    assertThat(placeName(a, MainIncident.of(a.events()))).isEqualTo("Damascus");
  }

  @Test
  void tollsSinceTuesdayAreNotTheIncidentOfAReportThatStatesOne() {
    Article a = extract(FakesCorpus.textStartingWith(
        "Date of publication 20 November 2017 Syrian regime forces have continued bombardment"));
    assertThat(a.events()).extracting(e -> e.killed() == null ? null : e.killed().low())
        .doesNotContain(66, 16).contains(8);
  }

  @Test
  void aTollTheNextSentenceCountsOverFifteenDaysIsNoIncident() {
    // "At least 327 people have also been killed in clashes in the neighbouring province of
    // Aleppo. SOHR said 76 children and 41 women were among those killed in clashes over the
    // last 15 days."
    Article a = extract(FakesCorpus.textStartingWith("15 Aug 2016 A suicide attack near the"));
    assertThat(a.events()).extracting(e -> e.killed() == null ? null : e.killed().low())
        .doesNotContain(327);
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(15);
    assertThat(placeOf(a, main)).singleElement().extracting(Place::admin1).isEqualTo("Idlib");
  }

  @Test
  void aTollSinceSaturdayStandsForTheIncidentWhenTheReportStatesNoOther() {
    Article a = extract(FakesCorpus.textStartingWith(
        "Syria fighting kills 132 Islamic State fighters Monitor"));
    assertThat(a.events()).anyMatch(e -> e.killed() != null
        && Integer.valueOf(132).equals(e.killed().low()));
  }

  @Test
  void aStrikeLastMonthIsNotTodaysThoughTheReportsWeekReachesIntoIt() {
    Article a = extract(FakesCorpus.textStartingWith(
        "Sat Aug 6 2016 At Least 40 Civilians Killed in US Warplanes Bombardments in Manbij"));
    Event headline = a.events().get(0);
    assertThat(headline.killed().best()).isEqualTo(40);
    assertThat(headline.date().value()).startsWith("2016-08");
    assertThat(a.events()).anyMatch(e -> e != headline
        && e.date().equals(new Event.EventDate("2016-07", MONTH)));
  }

  @Test
  void airStrikesUnderConsiderationAreNotTheIncident() {
    // "the attack in which more than 1400 are estimated to have been killed and they are
    // considering air strikes": the 1400 died in the (chemical) attack, not in air strikes
    Article a = extract(FakesCorpus.textStartingWith(
        "September 8 2013 U.S. leaves door open to new U.N. vote on Syria"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().low()).isEqualTo(1400);
    assertThat(main.subtype()).isEqualTo(SubEventType.CHEMICAL_WEAPON);
  }

  @Test
  void evidenceSpansLieInTheText() {
    for (Event e : afp.events()) {
      assertThat(e.evidence()).isNotEmpty()
          .allMatch(s -> s.end() <= afp.text().length());
      assertCovers(afp.text(), e.trigger().span(), e.trigger().text());
    }
  }

  @Test
  void aLeadReportedAWeekLaterIsStillTheNewsAndOlderIncidentsAreRecalled() {
    // MSF's findings on the attack of 25 March, published on 2 April; "the battle" of 2016
    Article a = extract(FakesCorpus.textStartingWith("Posted on April 2 2017 by Youssef Diab"));
    Event main = MainIncident.of(a.events());
    assertThat(main.role()).isEqualTo(Event.Role.REPORTED);
    assertThat(main.date()).isEqualTo(new Event.EventDate("2017-03-25", DAY));
    assertThat(main.killed().best()).isEqualTo(2);
    assertThat(a.events()).anyMatch(e -> e.role() == Event.Role.RECALLED
        && e.date().value().equals("2016"));
  }

  @Test
  void deadToldAsWhatTheNewsCameAfterAreNotTheLead() {
    // "The US-led coalition strikes came a day after the coalition opened a formal
    // investigation to determine whether its air strikes last week near Manbij claimed more
    // than 100 civilians": the news is the 15 killed in Ghandoura on Thursday 28 July
    Article a = extract(FakesCorpus.textStartingWith("29 Jul 2016 The US-led coalition"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(15);
    assertThat(main.date()).isEqualTo(new Event.EventDate("2016-07-28", DAY));
    assertThat(a.events()).filteredOn(e -> e.evidence().stream()
            .anyMatch(s -> s.of(a.text()).contains("more than 100")))
        .singleElement().extracting(Event::role).isEqualTo(Event.Role.RECALLED);
  }

  @Test
  void anIncidentFirstToldAsOlderNewsStaysRecalledWhereverItIsRetold() {
    // "At least 10 people were killed on Sunday when barrel bombs were dropped by regime forces
    // on an opposition-held town in Daraa"; the US-led strikes of Saturday that killed over 60
    // regime fighters are told as what came before, then retold: the news is Dael's 10
    Article a = extract(FakesCorpus.textStartingWith("19 Sep 2016 At least 10 people"));
    Event main = MainIncident.of(a.events());
    assertThat(main.killed().best()).isEqualTo(10);
    assertThat(main.date()).isEqualTo(new Event.EventDate("2016-09-18", DAY));
    assertThat(placeName(a, main)).isEqualTo("Dael");
  }

  @Test
  void aPlaceKnownByWhatHappenedThereNamesOlderNews() {
    // "Khan Tuman is near Orum al-Kubrah the town where an attack on aid trucks and a
    // warehouse killed around 20 civilians on Monday": the news is the clinic of Tuesday
    Article a = extract(FakesCorpus.textStartingWith("Published September 21 2016 Five medics"));
    Event main = MainIncident.of(a.events());
    assertThat(main.date()).isEqualTo(new Event.EventDate("2016-09-20", DAY));
    assertThat(main.subtype()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
    assertThat(a.events()).filteredOn(e -> "Orum al-Kubrah".equals(placeName(a, e)))
        .allMatch(e -> e.role() == Event.Role.RECALLED);
  }

  @Test
  void anActAlsoToldWithItsOwnDayIsAnotherIncident() {
    // "where 18 civilians were killed ... in a barrel bomb attack" on al-Bureij, then
    // "Twenty-six civilians were also killed yesterday when Assads air force pounded the
    // neighborhood of Al-Maghayer in Aleppo": two strikes, two events with their own tolls
    Article a = extract(FakesCorpus.textStartingWith("Wednesday 22 July 2015 18 Civilians"));
    assertThat(a.events()).filteredOn(e -> e.killed() != null)
        .extracting(e -> e.killed().best()).contains(18, 26);
  }

  @Test
  void aSummaryOfSeveralScenesTakesInNoneOfItsParts() {
    // "10 civilians killed 15 injured in terrorist rocket attacks on Aleppo and Deir Ezzor",
    // then 6 killed on al-Athamiyeh in Aleppo and 4 in Deir Ezzor: two incidents, and the 10
    // their sum, no incident's toll
    Article a = extract(FakesCorpus.textStartingWith("6 September 2016 10 civilians killed"));
    List<Event> reported = a.events().stream()
        .filter(e -> e.role() == Event.Role.REPORTED && e.killed() != null).toList();
    assertThat(reported).extracting(e -> e.killed().best()).containsExactlyInAnyOrder(6, 4);
    assertThat(MainIncident.of(a.events()).killed().best()).isEqualTo(6);
  }

  @Test
  void aTollBrokenDownByPlaceIsTheSumOfItsParts() {
    // "Thirteen civilians ... were killed in aerial attacks by Syrias government Wednesday on
    // the northern province of Aleppo", then five when helicopters struck Taduf and eight when
    // warplanes struck Daret Izza: two strikes of that Wednesday, the 13 their sum
    Article a = extract(FakesCorpus.textStartingWith("13 civilians killed in regime air raids"));
    Event taduf = withEvidence(a, "another child were killed");
    Event daret = withEvidence(a, "eight civilians including three children");
    assertThat(taduf).isNotSameAs(daret);
    assertThat(List.of(taduf.killed().best(), daret.killed().best())).containsExactly(5, 8);
    assertThat(List.of(taduf.role(), daret.role()))
        .containsOnly(Event.Role.REPORTED);
    assertThat(List.of(taduf.date(), daret.date()))
        .containsOnly(new Event.EventDate("2015-07-15", DAY));
    Event sum = withEvidence(a, "Thirteen civilians");
    assertThat(sum.role()).isEqualTo(Event.Role.AGGREGATE);
    assertThat(MainIncident.of(a.events()).killed().best()).isEqualTo(8);
  }

  @Test
  void aPartToldByAWordForAnyViolenceIsOfItsSumsKind() {
    // "Thirteen civilians were killed on Friday due to terrorist rocket attacks ... 9 persons
    // were killed ... when terrorists targeted al-Sulimaniah and al-Furqan neighborhoods ...
    // fired rocket shells on Sulaiman al-Halabi and al-Midan neighborhoods killing 4": the
    // nine were killed by the rockets the sum names, not by an attack of another kind.
    Article a = extract(FakesCorpus.textStartingWith("30 September 2016 13 civilians killed"));
    Event nine = withEvidence(a, "9 persons were killed");
    assertThat(nine.subtype()).isEqualTo(SubEventType.SHELLING);
    assertThat(nine.killed().best()).isEqualTo(9);
    assertThat(withEvidence(a, "Thirteen civilians").role()).isEqualTo(Event.Role.AGGREGATE);
  }

  @Test
  void figuresOfAnotherKindOfActOrDayAreNoPartsOfASum() {
    // "Shelling on the central district of Old Damascus killed four civilians" (Sunday); SANA's
    // "artillery fire killed two people ... in the Bab Sharqi area" and "On Wednesday three
    // suicide bombers killed at least two people" add up to four only by chance
    Article a = extract(FakesCorpus.textStartingWith("Rebel shelling kills four civilians"));
    Event shelling = withEvidence(a, "killed four civilians");
    assertThat(shelling.role()).isEqualTo(Event.Role.REPORTED);
    assertThat(shelling.killed().best()).isEqualTo(4);
    // nor is the suicide bombing Sunday's shelling because both killed two: it is Wednesday's
    assertThat(a.events()).filteredOn(e -> e.subtype() == SubEventType.SUICIDE_BOMB)
        .singleElement().extracting(Event::date)
        .isEqualTo(new Event.EventDate("2017-10-11", DAY));
  }

  @Test
  void aHeadlineThatNeitherDatesNorCountsItsActIsTheActTheReportDates() {
    // "ISIL Used Chemical Weapons against Syria Kurds in Hasakeh", then "fired missiles
    // containing toxic gas at Kurdish forces in Syria last month", "the attacks occurred on
    // June 28", "The YPG reported no deaths": one attack, the report's news though a month old
    Article a = extract(FakesCorpus.textContaining("ISIL Used Chemical Weapons against Syria"));
    assertThat(a.events()).filteredOn(e -> e.subtype() == SubEventType.CHEMICAL_WEAPON)
        .singleElement().satisfies(e -> {
          assertThat(e.role()).isEqualTo(Event.Role.REPORTED);
          assertThat(e.date()).isEqualTo(new Event.EventDate("2015-06-28", DAY));
          assertThat(e.killed().best()).isZero();
          assertThat(e.perpetrators()).extracting(Actor::name).containsExactly("Islamic State");
        });
  }

  @Test
  void anActDatedOnlyByItsYearIsNoNewsOfTheReport() {
    // "after a string of U.S. air strikes that have killed many of its leaders this year", in
    // a report of 19 December 2016 on the SDF's advance
    Article a = extract(FakesCorpus.textStartingWith("December 19 2016 Kurd-led forces"));
    assertThat(withTrigger(a, "air strikes").role()).isEqualTo(Event.Role.RECALLED);
  }

  @Test
  void aClauseThatTellsAnotherKindOfActIsItsOwnIncident() {
    // "one of its soldiers had been killed in a car bomb in al-Bab on Sunday and that 11
    // militants were also killed in clashes that day"
    Article a = extract(FakesCorpus.textStartingWith("December 19 2016 Kurd-led forces"));
    Event bomb = withTrigger(a, "car bomb");
    Event clash = withTrigger(a, "killed in clashes");
    assertThat(bomb.killed().best()).isEqualTo(1);
    assertThat(clash.subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(clash.killed().best()).isEqualTo(11);
    assertThat(clash.date()).isEqualTo(bomb.date());
    assertThat(placeName(a, clash)).isEqualTo(placeName(a, bomb)).isEqualTo("al-Bab");
  }

  @Test
  void anActToldAsFurtherStandsWithNothingMoreSaid() {
    // "Artillery shelling was also reported to the south of the city", after the air strikes
    // on Aleppo: a further act, with no figure, day or settlement of its own
    Article a = extract(FakesCorpus.textStartingWith("Date of publication 19 September 2016 Air"));
    Event shelling = withTrigger(a, "Artillery shelling");
    assertThat(shelling.subtype()).isEqualTo(SubEventType.SHELLING);
    assertThat(shelling.role()).isEqualTo(Event.Role.REPORTED);
  }

  @Test
  void anExplosionMomentsAfterTheBomberCameIsHisAct() {
    // "The bomber blew himself up late Monday in the village of Tall Tawil", then a witness:
    // "a few seconds later there was an enormous explosion", and the Islamic State's claim
    Article a = extract(FakesCorpus.textStartingWith("Date of publication 4 October 2016 The"));
    assertThat(a.events()).filteredOn(e -> e.role() == Event.Role.REPORTED).singleElement()
        .satisfies(e -> {
          assertThat(e.date()).isEqualTo(new Event.EventDate("2016-10-03", DAY));
          assertThat(e.perpetrators()).extracting(Actor::name).containsExactly("Islamic State");
        });
  }

  @Test
  void anActOnlyThreatenedIsNoIncidentNorIsItsWeapon() {
    // "Rebels ... were threatening to strike two Shiite villages they have surrounded with
    // missiles if barrel bombs were used again by the army"
    Article a = extract(FakesCorpus.textStartingWith("December 16 2013 Death toll in Syrian"));
    assertThat(a.events()).extracting(e -> e.trigger().text())
        .doesNotContain("missiles", "strike");
    assertThat(MainIncident.of(a.events()).killed().best()).isEqualTo(76);
  }

  @Test
  void oneTollAtOnePlaceToldByTwoKindsOfActIsOneIncident() {
    // "23 members of the al-Nusra Front terrorist group were killed in clashes with Hezbollah
    // al-Nujaba ... in Syrias Khan Touman", then "Hezbollah al-Nujaba intensified its missile
    // and ground attacks against the terrorists positions in the strategic town of Khan Touman
    // ... killing at least 23 militants"
    Article a = extract(FakesCorpus.textStartingWith("Thu May 26 2016 Hezbollah Al-Nujaba"));
    assertThat(a.events()).filteredOn(e -> e.killed() != null && e.killed().best() != null
        && e.killed().best() == 23).hasSize(1);
  }

  @Test
  void aSayingsDayBoundsTheActItTellsOf() {
    // "The air raids that hit an aid convoy near Aleppo killed around 20 people ... the
    // humanitarian organisation said Tuesday", then "Mondays raid on the convoy": one raid
    Article a = extract(FakesCorpus.textStartingWith("Some 20 civilians killed in Syria aid"));
    assertThat(a.events()).filteredOn(e -> e.role() == Event.Role.REPORTED
        && e.subtype() == SubEventType.AIR_DRONE_STRIKE).singleElement()
        .satisfies(e -> assertThat(e.killed().best()).isEqualTo(20));
  }

  @Test
  void theAimOfAnActIsNoAct() {
    // "Washington has said that any operation to retake Raqqa should be predominantly Arab"
    Article a = extract(FakesCorpus.textStartingWith("December 19 2016 Kurd-led forces"));
    assertThat(a.events()).noneMatch(e -> e.trigger().text().equals("retake")
        && e.role() == Event.Role.REPORTED);
    // "A soldier from the Burma Army made an unsuccessful attempt to rape a Kachin woman": an
    // attempt is an act, though it failed
    assertThat(mainOfNote("34MYA")).isNotNull();
  }

  @Test
  void aPlaceEndingAPrepositionsPhraseDoesNotSpeak() {
    // "These civilians were targeted in the coalition jets bombardment in the town of Ghandoura
    // said the Syrian Observatory": the strikes were in Ghandoura, which said nothing
    Article a = extract(FakesCorpus.textStartingWith("29 Jul 2016 The US-led coalition"));
    assertThat(placeName(a, MainIncident.of(a.events()))).isEqualTo("Ghandoura");
  }

  @Test
  void aHandNamedInDoubtIsAlleged() {
    // "it was not immediately clear if the raids were carried out by Syrian regime warplanes or
    // their Russian allies"
    Article a = extract(FakesCorpus.textStartingWith("04-04-2016 Al-Nusra Spokesman"));
    assertThat(MainIncident.of(a.events()).perpetrators())
        .contains(new Actor("Syrian government forces", "State forces", true))
        .allMatch(Actor::alleged);
  }

  @Test
  void aPlaceThatSpeaksIsNoScene() {
    // "All five people on board a Russian military helicopter that was shot down over Syria on
    // Monday are believed to have died the Kremlin said": one downing, in Idlib, not Moscow's
    Article a = extract(FakesCorpus.textStartingWith("01-08-2016 5 Killed as Russian"));
    assertThat(a.events()).filteredOn(e -> e.role() == Event.Role.REPORTED).singleElement()
        .satisfies(e -> {
          assertThat(e.killed().best()).isEqualTo(5);
          assertThat(placeName(a, e)).isEqualTo("Idlib");
        });
  }

  @Test
  void anUndatedReferenceBackJoinsNoOlderIncidentWhenACurrentOneFits() {
    // "... the raids" with 36 dead, after "half of all attacks on schools worldwide between
    // 2011 and 2015 had occurred in Syria": the attacks of those years take none of them
    Article a = extract(FakesCorpus.textStartingWith("Date of publication 27 October 2016 State"));
    assertThat(a.events()).filteredOn(e -> e.date().value().startsWith("2011"))
        .allMatch(e -> e.killed() == null);
    assertThat(a.events()).anyMatch(e -> e.role() == Event.Role.REPORTED
        && e.killed() != null && e.killed().best() == 36);
  }

  @Test
  void aHeadlinesVerbNamesTheHandUnlessItIsPassive() {
    // "ISIL Uses Chemical Weapons in Syrias Aleppo": ISIL used them, and is no place
    Article used = extract(FakesCorpus.textStartingWith("Wed Aug 3 2016 ISIL Uses Chemical"));
    assertThat(MainIncident.of(used.events()).perpetrators())
        .contains(new Actor("Islamic State", "Rebel groups", false));
    assertThat(used.places()).extracting(Place::name).doesNotContain("Isil", "ISIL");
    // "20 Terrorists Killed in Idleb Strikes": the terrorists were killed
    Article killed = extract(FakesCorpus.textStartingWith("04-04-2016 Al-Nusra Spokesman"));
    assertThat(MainIncident.of(killed.events()).perpetrators()).extracting(Actor::name)
        .doesNotContain("terrorist groups");
  }

  @Test
  void theFireOrTheMenOfANamedGroupAreThatGroups() {
    String text = FakesCorpus.textStartingWith("18 October 2016 Four killed including two");
    int start = text.indexOf("Another woman was killed in a sniper fire");
    // "Another woman was killed in a sniper fire of Jabhat al-Nusra terrorists", the clause
    // without the mortar shells that follow
    Article sniper = extract(text.substring(0, 16) + text.substring(start,
        text.indexOf(" terrorists", start) + 11) + ".");
    assertThat(MainIncident.of(sniper.events()).perpetrators())
        .containsExactly(new Actor("Jabhat al-Nusra", "Rebel groups", false));
    // "an attack with mortar rounds by terrorists of Jaish al-Islam on al-Wafideen Camp"
    Article camp = extract(FakesCorpus.textStartingWith("7 November 2016 Four people killed"));
    assertThat(camp.events()).flatExtracting(Event::perpetrators)
        .contains(new Actor("Jaish al-Islam", "Rebel groups", false));
  }

  @Test
  void aWeekdayDatesTheIncidentOnThatDayAndTheRegimeIsTheStateWhereItHappens() {
    // "airstrikes by regime and Russian fighter jets on the town of Alghantou on Friday", in a
    // report of Saturday 20 August 2016
    Article a = extract(FakesCorpus.textStartingWith("Saturday 20 August 2016 Syrian Coalition"));
    Event e = MainIncident.of(a.events());
    assertThat(placeName(a, e)).isEqualTo("Alghantou");
    assertThat(e.date()).isEqualTo(new Event.EventDate("2016-08-19", DAY));
    assertThat(e.perpetrators().get(0))
        .isEqualTo(new Actor("Syrian government forces", "State forces", false));
  }

  @Test
  void theSubjectThatDetonatedOrFiredIsThePerpetratorUnderItsOneName() {
    // "ISIS terrorists detonated two car bombs in al-Villat al-Homr neighborhood"
    Article a = extract(FakesCorpus.textStartingWith("10 July 2015 Three civilians killed"));
    Event bombs = withTrigger(a, "car bombs");
    assertThat(bombs.perpetrators())
        .containsExactly(new Actor("Islamic State", "Rebel groups", false));
  }

  @Test
  void aBomberFromAGroupIsThatGroups() {
    // "A suicide bomber from the Nusra Front terrorist group blew himself up at an army outpost"
    Article a = extract(FakesCorpus.textStartingWith("07.07.2015Get short URL"));
    Event e = withTrigger(a, "suicide bomber");
    assertThat(e.perpetrators())
        .containsExactly(new Actor("Jabhat al-Nusra", "Rebel groups", false));
  }

  @Test
  void anActANoteDatesOnlyRelativeToAnUnknownDayIsStillAnIncident() {
    // "Two police personnel received serious injuries in a bomb attack at a temporary police
    // camp of Latifpur village ... last night.": an ACLED note, with no date to resolve "last
    // night" against. The note still says the act happened at a time: it is an incident.
    Article a = pipeline.extract(AcledNotes.note("60BNG"));
    assertThat(a.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.EXPLOSIONS);
      assertThat(e.date()).isNull();
    });
  }

  @Test
  void aProtestIsToldByItsVerbOrItsFormNotOnlyByTheWordProtest() {
    // ACLED notes: "Activists of the All India Democratic Women's Association (AIDWA) staged a
    // dharna at Prakasam Chowk on Monday, protesting the cockfights ...", "The second day of
    // the 36-hour nationwide hartal ...", "Truckers throughout the state of Haryana went on
    // strike in protest against ..."
    for (String id : List.of("54IND", "329BNG", "87IND")) {
      Article a = pipeline.extract(AcledNotes.note(id));
      assertThat(a.events()).as(id).isNotEmpty()
          .allSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.PROTESTS));
    }
  }

  @Test
  void aClashHasTwoSidesWhereverTheNoteNamesThem() {
    // "KIA and Myanmar forces clashed in Moe Gaung township": the subject names both sides;
    // "Brief clashes continued between the Myanmar Armed Forces and the KIA": so does the
    // object. Either way one side acted and the other is the target, each as ACLED codes it.
    for (String id : List.of("246MYA", "24MYA")) {
      Event e = mainOfNote(id);
      assertThat(e.subtype()).as(id).isEqualTo(SubEventType.ARMED_CLASH);
      assertThat(List.of(e.perpetrators().get(0), e.targets().get(0))).as(id)
          .extracting(Actor::name)
          .containsExactlyInAnyOrder("KIA: Kachin Independence Army",
              "Government forces of Myanmar");
      assertThat(List.of(e.perpetrators().get(0), e.targets().get(0))).as(id)
          .extracting(Actor::category).contains("State forces");
    }
  }

  @Test
  void aProtestsFirstActorIsItsCrowdByTheCountryWhereItHappens() {
    // "Activists of the All India Democratic Women's Association (AIDWA) staged a dharna at
    // Prakasam Chowk on Monday": ACLED's actor 1 is "Protesters (India)", of the category
    // Protesters, whoever leads it.
    Event e = pipeline.extract(AcledNotes.note("54IND")).events().get(0);
    assertThat(e.perpetrators()).first()
        .isEqualTo(new Actor("Protesters (India)", "Protesters", false));
  }

  @Test
  void aReportWhoseActsSayLittleStillTellsItsFirstAct() {
    // "Teachers protested ouside Peshawar Press club for the replacement of the FATA Director
    // for Education ...": no figure, no day, and the place names a club. The note is a report
    // of one protest all the same.
    Article a = pipeline.extract(AcledNotes.note("24PAK"));
    assertThat(a.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.PROTESTS);
      assertThat(e.trigger().text()).isEqualTo("protested");
    });
  }

  @Test
  void anIncidentIsAtTheTownItsRegionAddresses() {
    // "stopped a police van in Loralai, Balochistan and abducted 4 policemen, ... killed 3":
    // the province nearer the killing only addresses the town.
    for (String[] note : new String[][] {{"589PAK", "Loralai"}, {"473PAK", "Noshki"}}) {
      Article a = pipeline.extract(AcledNotes.note(note[0]));
      assertThat(placeName(a, MainIncident.of(a.events()))).as(note[0]).isEqualTo(note[1]);
    }
  }

  @Test
  void residentsActAtHomeWhereANoteNamesNoOtherScene() {
    // "Hundreds of Lucknow residents blocked traffic", "Delhi residents rioted after a 3 year
    // old boy was killed".
    for (String[] note : new String[][] {{"3829IND", "Lucknow"}, {"4987IND", "Delhi"}}) {
      Article a = pipeline.extract(AcledNotes.note(note[0]));
      assertThat(placeName(a, MainIncident.of(a.events()))).as(note[0]).isEqualTo(note[1]);
    }
    // Where the text names a scene, the residents' home is no more than whose they are.
    Article a = extract("An Aleppo resident was killed by a sniper in Damascus on Monday.");
    assertThat(placeName(a, MainIncident.of(a.events()))).isEqualTo("Damascus");
  }

  @Test
  void aClashOfCrowdsIsARiotAndFightingNearResidentsABattle() {
    // ACLED notes: "clashes broke out between police and opposition activists", "a clash
    // between two rival groups of Bangladesh Chhatra League (BCL)": crowds on one side.
    for (String id : List.of("29BNG", "190BNG")) {
      Event e = MainIncident.of(pipeline.extract(AcledNotes.note(id)).events());
      assertThat(e.subtype()).as(id).isEqualTo(SubEventType.MOB_VIOLENCE);
    }
    // "... residents of Deir Ezzor city caught in the middle of fierce fighting between regime
    // forces and ISIS": the residents are no side of it.
    Article a = extract(FakesCorpus.textStartingWith("Thursday 01 September 2016 20:22 Syrian"));
    assertThat(withTrigger(a, "fighting").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
  }

  @Test
  void anIncidentWithNoSceneIsWhereTheLocalBodyTheReportNamesIs() {
    // "Teachers protested ouside Peshawar Press club ...", "a clash between two rival groups
    // of Bangladesh Chhatra League (BCL) ... on the Dhaka University campus": the notes name
    // their place only inside an organisation's name.
    for (String[] note : new String[][] {{"24PAK", "Peshawar"}, {"190BNG", "Dhaka"}}) {
      Article a = pipeline.extract(AcledNotes.note(note[0]));
      assertThat(placeName(a, MainIncident.of(a.events()))).as(note[0]).isEqualTo(note[1]);
    }
  }

  @Test
  void whoFiredFromWhereTheyArePositionedIsThePerpetrator() {
    // "terrorist groups located in the eastern neighborhoods of Aleppo city and its western
    // outskirts fired a number of rocket shells at al-Hamadaniye neighborhood killing a girl"
    Article a = extract(FakesCorpus.textStartingWith("Mon Nov 7 2016 Child Killed"));
    Event e = a.events().stream().filter(x -> "al-Hamadaniye".equals(placeName(a, x)))
        .findFirst().orElseThrow();
    assertThat(e.perpetrators()).extracting(Actor::category).containsExactly("Rebel groups");
  }

  @Test
  void aHeadlinesVerbInThePresentNamesWhoActed() {
    // "Terrorists detonate IED near Qamishli National Hospital in Hasaka Terrorists detonated
    // an explosive device near Qamishli National Hospital ..."
    Article a = extract(FakesCorpus.textStartingWith("Mon Nov 7 2016 Child Killed"));
    Event e = withTrigger(a, "IED");
    assertThat(e.perpetrators()).extracting(Actor::category).containsExactly("Rebel groups");
  }

  @Test
  void theGroupThatStormedTheTownWhenMenWereExecutedIsThePerpetrator() {
    // "300 men were executed in one day in the town of Ghraneij ... when ISIL stormed the
    // town earlier this week"
    Article a = extract(FakesCorpus.textStartingWith("Sun Aug 17 2014 ISIL kills 700"));
    Event e = a.events().stream().filter(x -> "Ghraneij".equals(placeName(a, x)))
        .findFirst().orElseThrow();
    assertThat(e.perpetrators())
        .containsExactly(new Actor("Islamic State", "Rebel groups", false));
  }

  @Test
  void aSuspectedActorOpeningASentenceIsAlleged() {
    // a sentence of FA-KES 1923102918, its own report
    Article a = extract("Date of publication 19 September 2016 Suspected Syrian regime and "
        + "Russian airstrikes in Aleppo province killed at least 22 Red Crescent [SARC] "
        + "volunteers local sources said late on Monday.");
    assertThat(MainIncident.of(a.events()).perpetrators().get(0))
        .isEqualTo(new Actor("Syrian government forces", "State forces", true));
  }

  @Test
  void whoConfirmedAnAttackDidNotCarryItOutButTheAircraftsOwnersDid() {
    // "Russian and regime warplanes confirmed by Civil DefenceUS aid convoy attack"
    Article a = extract(FakesCorpus.textStartingWith(
        "Date of publication 21 September 2016 Russian and regime"));
    assertThat(a.events()).flatExtracting(Event::perpetrators).extracting(Actor::name)
        .noneMatch(n -> n.contains("Civil Defence"));
    // "Urum al-Kubra Aleppo Russian and regime warplanes were behind the "deliberate attacks"":
    // the words before the aircraft name whose they were
    assertThat(MainIncident.of(a.events()).perpetrators()).extracting(Actor::name)
        .contains("Russian forces");
  }

  @Test
  void aCeasefireThatCollapsedAndAFreezeOnFightingAreNoIncidentsButATruceMadeIs() {
    // "follows the collapse of a fragile ceasefire in place since Monday", "Syrias army
    // announces the end of the freeze on fighting that began at 7pm"
    Article a = extract(FakesCorpus.textStartingWith(
        "Date of publication 19 September 2016 Airstrikes in Aleppo"));
    assertThat(a.events()).extracting(e -> e.trigger().text())
        .doesNotContain("ceasefire", "fighting");
    // "The truce had come into force on the evening of September 12": made, a week before
    assertThat(a.events()).filteredOn(e -> e.subtype() == SubEventType.AGREEMENT)
        .singleElement().satisfies(e -> {
          assertThat(e.role()).isEqualTo(Event.Role.RECALLED);
          assertThat(e.date()).isEqualTo(new Event.EventDate("2016-09-12", DAY));
        });
  }

  @Test
  void aCeasefireAnnouncedIsAnAgreement() {
    // "Syrian opposition territories were bombed on Wednesday hours after the Syrian regime
    // announced a nationwide ceasefire for three days."
    Article a = extract(FakesCorpus.textStartingWith(
        FakesCorpus.texts().stream().filter(t -> t.contains("regime announced a nationwide "
            + "ceasefire")).findFirst().orElseThrow().substring(0, 40)));
    assertThat(a.events()).extracting(Event::subtype).contains(SubEventType.AGREEMENT);
  }

  @Test
  void aProtestThePoliceMetHasThemOnTheOtherSideAndAPeacefulOneNone() {
    // "Family members and residents protested the murder of a young girl. The protest turned
    // violent, and the police resorted to firing tear gas and rubber bullets." As ACLED codes
    // it: the crowd against the state's police.
    Event met = MainIncident.of(pipeline.extract(AcledNotes.note("1170IND")).events());
    assertThat(met.perpetrators()).extracting(Actor::category).first()
        .isIn("Protesters", "Rioters");
    assertThat(met.targets()).extracting(Actor::category).containsExactly("State forces");
    // "Residents of Vadora ... protested against the relocation of people ... whose houses
    // were demolished": no one on the other side, though houses are named
    Event peaceful = MainIncident.of(pipeline.extract(AcledNotes.note("1138IND")).events());
    assertThat(peaceful.targets()).isEmpty();
  }

  @Test
  void unnamedArmedMenAreAnUnidentifiedArmedGroupAndTheirAttackStrikesCivilians() {
    // "... grandson and nephew were injured when unidentified militants opened fire at their
    // vehicle in an affluent neighbourhood in Karachi."
    Event e = MainIncident.of(pipeline.extract(AcledNotes.note("676PAK")).events());
    assertThat(e.perpetrators()).first().isEqualTo(
        new Actor("Unidentified Armed Group", "Political militias", false));
    assertThat(e.targets()).extracting(Actor::category).containsExactly("Civilians");
  }

  private static Event mainOfNote(String id) {
    return MainIncident.of(pipeline.extract(AcledNotes.note(id)).events());
  }

  /** The events whose trigger lies in {@code phrase} of a FA-KES article. */
  private static List<Event> eventsInFakes(String phrase) {
    String text = FakesCorpus.textContaining(phrase);
    int at = text.indexOf(phrase);
    return extract(text).events().stream()
        .filter(e -> e.trigger().span().start() >= at
            && e.trigger().span().end() <= at + phrase.length())
        .toList();
  }

  private static List<SubEventType> subtypesInFakes(String phrase) {
    return eventsInFakes(phrase).stream().map(Event::subtype).toList();
  }

  @Test
  void theActorWordsBeforeAnActAfterAnyPrepositionAreItsHands() {
    // "Albir hospital and civilian homes in the district of Alwaer in Homs were subject to
    // intense regime shelling on Friday"
    assertThat(eventsInFakes("were subject to intense regime shelling")).singleElement()
        .satisfies(e -> assertThat(e.perpetrators()).extracting(Actor::name)
            .containsExactly("Syrian government forces"));
  }

  @Test
  void whoAdvancedAsOthersWereKilledDidItAndAHeadlinesKilledAsIsPassive() {
    String text = FakesCorpus.textStartingWith("15-02-2016 Dozens of Insurgents Killed");
    // "At least 40 Takfiri insurgents were killed as forces from the Kurdish Peoples Protection
    // Units (YPG) advance in Tal Rifaat": the advancing side, named with its acronym
    String advance = text.substring(text.indexOf("At least 40 Takfiri"),
        text.indexOf("countryside.") + "countryside.".length());
    assertThat(MainIncident.of(extract(advance).events()).perpetrators())
        .extracting(Actor::name).containsExactly("YPG");
    // "Dozens of Insurgents Killed As Syria Kurds Advance in Aleppo Countryside": the dead are
    // no subject of their own killing
    String headline = text.substring(text.indexOf("Dozens"), text.indexOf("Countryside."));
    assertThat(MainIncident.of(extract(headline).events()).perpetrators())
        .extracting(Actor::name).doesNotContain("rebels");
  }

  @Test
  void anAirStrikeWithNoHandsNamedIsByTheAirForceNamedBefore() {
    // "Syrian regime airstrikes on a rebel-held region near Damascus killed at least 22
    // civilians ... The highest toll was in Douma ... where raids killed 16 civilians"
    assertThat(eventsInFakes("where raids killed 16 civilians")).singleElement()
        .satisfies(e -> assertThat(e.perpetrators()).extracting(Actor::name)
            .containsExactly("Syrian government forces"));
  }

  @Test
  void theRarerSubEventTypesOnRealText() {
    // ACLED notes: "two people were injured in a hand grenade explosion", "A soldier from the
    // Burma Army made an unsuccessful attempt to rape a Kachin woman", "Armed Maoists on 25 May
    // torched 32 trucks" (an armed group's arson is no riot)
    assertThat(mainOfNote("10SRI").subtype()).isEqualTo(SubEventType.GRENADE);
    assertThat(mainOfNote("34MYA").subtype()).isEqualTo(SubEventType.SEXUAL_VIOLENCE);
    assertThat(mainOfNote("1606IND").subtype())
        .isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    // FA-KES articles
    assertThat(subtypesInFakes("An army unit on Sunday morning shot down three radio-controlled"
        + " aircrafts")).containsExactly(SubEventType.DISRUPTED_WEAPONS_USE);
    assertThat(subtypesInFakes("SDF fighters captured the area of Safsafeh"))
        .containsExactly(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    assertThat(subtypesInFakes("the group withdrew from northern areas it controlled outside"
        + " the city of Homs")).containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    assertThat(subtypesInFakes("Syrian forces killed at least 60 protesters in the city"))
        .containsExactly(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
  }

  @Test
  void anAnniversarysIncidentAndAnotherVictimAreNoActsOfTheNote() {
    // "A shutdown was also observed ... in connection with the 24th anniversary of Gawkadal
    // massacre": the massacre is known, not news
    assertThat(mainOfNote("256IND").type()).isNotEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    // "Puranpur residents burned down a police post ... a man was caned and another allegedly
    // shot at": another man, not another act
    assertThat(mainOfNote("3415IND").type()).isEqualTo(EventType.RIOTS);
  }

  @Test
  void arsonByPersonsUnknownIsMobViolence() {
    // "Assailants torched a human hauler at Manikganj bus stand in umSadar upazila"
    assertThat(mainOfNote("138BNG").subtype()).isEqualTo(SubEventType.MOB_VIOLENCE);
  }

  @Test
  void crudeBombsAreARiotButAnAttackWhereTheyHurtCiviliansAndAnExplosionWhereTheyHitTheArmed() {
    // "the BNP activists threw brickbats at the law enforcers and blasted crude bombs. Police
    // also fired teargas shells and rubber bullets": a crowd threw them; tear gas is no
    // artillery
    Article crowd = pipeline.extract(AcledNotes.note("105BNG"));
    assertThat(crowd.events()).extracting(Event::subtype)
        .contains(SubEventType.MOB_VIOLENCE).doesNotContain(SubEventType.SHELLING);
    // "A gang of assailants exploded at least 10 crude bombs in front of the Metropolitan
    // Judge's court area ... No one, however, was injured"
    assertThat(mainOfNote("453BNG").subtype()).isEqualTo(SubEventType.MOB_VIOLENCE);
    // "Three people were injured as unidentified militants hurled a crude bomb at a bus"
    Event atPeople = mainOfNote("872BNG");
    assertThat(atPeople.subtype()).isEqualTo(SubEventType.ATTACK);
    assertThat(atPeople.perpetrators()).extracting(Actor::name)
        .containsExactly("Unidentified Armed Group");
    // "Two police personnel received serious injuries in a bomb attack at a temporary police
    // camp ... assailants ... hurled cocktail bombs at the camp"
    assertThat(mainOfNote("60BNG").subtype()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE);
  }

  @Test
  void protestersArrestedHeldAProtestMetByThePolice() {
    // "police arrested teachers who were protesting against the alleged failure of the
    // government to accept their demands"
    assertThat(mainOfNote("379IND").subtype())
        .isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    // "About 50 members of the Karnataka Rajya Raitha Sangha (KRRS) and Hasiru Sene were
    // arrested for blocking the Bengaluru-Mysuru highway", "Farmers attempted to demonstrate
    // outside the residence of MLA Sikander Singh Maluka ... police detained over 250 of them"
    assertThat(mainOfNote("3051IND").type()).isEqualTo(EventType.PROTESTS);
    assertThat(mainOfNote("3360IND").type()).isEqualTo(EventType.PROTESTS);
  }

  @Test
  void fireOpenedOnTheArmedIsABattleNotAnAttackOnCivilians() {
    // "Unidentified armed militants opened fire at Levies personnel in Maizai Addah"
    assertThat(mainOfNote("481PAK").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    // "A Myanmar army convoy was attacked by an unidentified armed group near Nam Taung"
    assertThat(mainOfNote("195MYA").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    // "Two personnel of the Assam Rifles ... were injured when suspected PLA militants attacked
    // the AR camp"
    assertThat(mainOfNote("174IND").type()).isEqualTo(EventType.BATTLES);
    // "One JCO of 12 Assam Rifles died in an encounter with the National Democratic Front of
    // Boroland", "Four army men were killed in a fierce gunbattle with militants in Kupwara"
    assertThat(mainOfNote("22IND").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(mainOfNote("3092IND").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    // "TTP gunmen shot dead an official of the Levies Force", "An Assam Rifle was killed in an
    // attack by insurgents": the forces are named by whose the man was, or by their corps
    assertThat(mainOfNote("649PAK").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(mainOfNote("3578IND").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    // "An IED targetting security personnel killed soldier Rashid Khan": the forces struck
    assertThat(mainOfNote("26PAK").targets()).extracting(Actor::category).first()
        .isEqualTo("State forces");
  }

  @Test
  void fireBothWaysAndADeathInAFightAreABattleWithItsSides() {
    // "At least three people were wounded Saturday [15 August] after troops of India and
    // Pakistan targeted each other across the Line of Control": the wounded do not make it an
    // attack on civilians
    assertThat(mainOfNote("2492IND").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    // "A woman Naxal was shot dead in a gun-battle with security forces in Chhattisgarh's
    // insurgency-hit Sukma district": the killing is the fight's outcome; the forces and the
    // Naxals (the CPI (Maoist)) were its sides
    Event gunBattle = mainOfNote("732IND");
    assertThat(gunBattle.subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(List.of(gunBattle.perpetrators().get(0), gunBattle.targets().get(0)))
        .extracting(Actor::category).containsExactlyInAnyOrder("State forces", "Rebel groups");
  }

  @Test
  void aClashWithYouthsProcessionistsOrLawyersIsARiot() {
    // "Groups of youth clashed with the police in Nowhatta", "killed as the police opened fire
    // at one stage of a clash with the processionists", "Lawyers and trade partners clashed"
    assertThat(mainOfNote("2154IND").type()).isEqualTo(EventType.RIOTS);
    assertThat(mainOfNote("63BNG").type()).isEqualTo(EventType.RIOTS);
    assertThat(mainOfNote("1886IND").subtype()).isEqualTo(SubEventType.MOB_VIOLENCE);
  }

  @Test
  void aLynchingIsAVigilanteAttackOnCivilians() {
    // "Another mob beat to death two more extortionists in Williamnagar", "A suspected robber
    // was killed in mob beating", "A Nalanda school director was lynched by an angry mob over
    // the deaths of two students"
    for (String id : List.of("1876IND", "1221BNG", "1937IND")) {
      Event e = mainOfNote(id);
      assertThat(e.subtype()).as(id).isEqualTo(SubEventType.ATTACK);
      assertThat(e.perpetrators()).as(id).containsExactly(
          new Actor("vigilante group", "Identity militias", false));
      assertThat(e.targets()).as(id).extracting(Actor::category).containsExactly("Civilians");
    }
    // the director was lynched: one dead, not the two students whose deaths were the cause
    assertThat(mainOfNote("1937IND").killed().best()).isEqualTo(1);
    // "A series of protests continued for a second day following the public lynching of a
    // rape accused in Nagaland": the lynching is what they protest
    assertThat(mainOfNote("775IND").type()).isEqualTo(EventType.PROTESTS);
    // "On 6 July, villagers in Golaghat killed Jonti Ali (38), the driver of the vehicle in
    // which cows stolen ... were allegedly being carried"
    assertThat(mainOfNote("2040IND").type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
  }

  @Test
  void aBattlesDeadAreTheDeadOfBothItsSides() {
    // "A security official was killed and two others were wounded when militants attacked a
    // checkpost ... Forces retaliated and killed 4 militants": five dead
    assertThat(mainOfNote("1663PAK").killed().best()).isEqualTo(5);
    // "Three terrorists have been killed in an exchange of fire with the Frontier Corps ...
    // One FC soldier was also martyred": four
    assertThat(mainOfNote("364PAK").killed().best()).isEqualTo(4);
  }

  @Test
  void aForceNamedByItsArmOrItsMenActedAndTheMilitantsItFoughtAreAnArmedGroup() {
    // "At least six suspected militants belonging to the TTP were killed ... when Pak Airforce
    // jet fighters pounded their hideouts in Tirah Valley": the air force struck
    assertThat(mainOfNote("656PAK").perpetrators()).extracting(Actor::category)
        .containsExactly("State forces");
    // "FC personnel have killed three militants in a search operation in Machh, Balochistan.
    // Although the identity of the militants has not been revealed": a battle with an
    // unidentified armed group
    Event fc = mainOfNote("680PAK");
    assertThat(fc.type()).isEqualTo(EventType.BATTLES);
    assertThat(fc.perpetrators()).extracting(Actor::category).containsExactly("State forces");
    assertThat(fc.targets()).first().isEqualTo(
        new Actor("Unidentified Armed Group", "Political militias", false));
  }

  @Test
  void theGroupOfTheMenHurtIsTheSideStruckNotTheHand() {
    // "The Pakistani Airforce in the Tirah Valley of Khyber Agency killed at least 22
    // militants belonging to the TTP and LI in fresh airstrikes": the air force struck the TTP
    Event air = mainOfNote("506PAK");
    assertThat(air.perpetrators()).extracting(Actor::name)
        .doesNotContain("TTP: Tehreek-i-Taliban Pakistan");
    assertThat(air.targets()).extracting(Actor::name)
        .containsExactly("TTP: Tehreek-i-Taliban Pakistan");
    assertThat(air.perpetrators()).extracting(Actor::category).containsExactly("State forces");
    // "At least nine suspected Baloch separatist militants, including three commanders, were
    // killed", "Two Lashkar-e-Toiba militants were killed in an overnight encounter with
    // security forces"
    assertThat(mainOfNote("1226PAK").targets()).extracting(Actor::name)
        .containsExactly("Baloch Separatists");
    Event encounter = mainOfNote("5110IND");
    assertThat(encounter.perpetrators()).extracting(Actor::category)
        .containsExactly("State forces");
    assertThat(encounter.targets()).extracting(Actor::name)
        .containsExactly("LeT: Lashkar-e-Taiba");
    // "Seven policemen were killed and 10 others were injured in a gunbattle with Naxals": the
    // side the police fought, the only one named, acted
    Event naxals = mainOfNote("1169IND");
    assertThat(naxals.perpetrators()).extracting(Actor::name)
        .containsExactly("CPI (Maoist): Communist Party of India (Maoist)");
    assertThat(naxals.targets()).extracting(Actor::category).containsExactly("State forces");
  }

  @Test
  void militantsUnnamedAreAnUnidentifiedArmedGroupUnlessTheNoteNamesTheirGroup() {
    // "A gunfight broke out in Tral area of Pulwama Wednesday night between militants and
    // Indian military": the ACLED codebook's Unidentified Armed Group against the forces
    Event tral = mainOfNote("1987IND");
    assertThat(List.of(tral.perpetrators().get(0), tral.targets().get(0)))
        .extracting(Actor::category)
        .containsExactlyInAnyOrder("Political militias", "State forces");
    // "5 TTP/LEI militants were killed and several injured in a clash with security forces
    // in Jamrud, Khyber Agency. Militants attacked a checkpost": those militants are the TTP
    Event jamrud = mainOfNote("820PAK");
    assertThat(jamrud.perpetrators()).extracting(Actor::name).first()
        .isEqualTo("TTP: Tehreek-i-Taliban Pakistan");
    assertThat(jamrud.targets()).extracting(Actor::category).containsExactly("State forces");
  }

  @Test
  void theOneArmedGroupANoteNamesIsTheStatesFoe() {
    // "A police official was killed in a firing incident by suspected Baloch separatists":
    // the hand is named beyond the words the trigger reaches
    assertThat(mainOfNote("1118PAK").perpetrators()).extracting(Actor::name)
        .containsExactly("Baloch Separatists");
    // "A police officer was killed in an encounter with militants ... LeT commander Abu Qasim
    // was among the militants"
    assertThat(mainOfNote("3121IND").perpetrators()).extracting(Actor::name)
        .containsExactly("LeT: Lashkar-e-Taiba");
    // "Three terrorists have been killed in an exchange of fire with the Frontier Corps":
    // "terrorists" is the state's word for any armed foe and names no group
    assertThat(mainOfNote("364PAK").perpetrators()).extracting(Actor::name)
        .containsExactly("Unidentified Armed Group");
  }

  @Test
  void unnamedHandsThatStruckCiviliansAreTheRebelGroupTheNoteNamesUnlessNoOneClaimed() {
    // "A man was killed as he exploded a powerful bomb ... inside an Ahmadiyya Masjid ... IS
    // later claimed responsibility"
    assertThat(mainOfNote("1387BNG").perpetrators()).extracting(Actor::name)
        .containsExactly("Islamic State");
    // "unknown gunmen opened fire on their vehicle in Panjgur. No group claimed responsibility
    // for the attack but Baloch separatist groups have been resposibile for attacks on FWO
    // projects": a past suspect, not the hand
    assertThat(mainOfNote("785PAK").perpetrators()).extracting(Actor::name)
        .containsExactly("Unidentified Armed Group");
  }

  @Test
  void bothSidesOfAFightMayBeItsSubject() {
    // "Maoists and police officers exchanged gunfire and the Maoists fled", "TNLA brigade 1 and
    // Myanmar Armed Forces clashed near Nam Kart village"
    Event maoists = mainOfNote("4509IND");
    assertThat(maoists.perpetrators()).extracting(Actor::name)
        .containsExactly("CPI (Maoist): Communist Party of India (Maoist)");
    assertThat(maoists.targets()).extracting(Actor::category).containsExactly("State forces");
    Event tnla = mainOfNote("311MYA");
    assertThat(List.of(tnla.perpetrators().get(0), tnla.targets().get(0)))
        .extracting(Actor::category)
        .containsExactlyInAnyOrder("Political militias", "State forces");
  }

  @Test
  void anOperationOfSearchOrSecurityIsTheStates() {
    // "Five militants suspected to belong to separatist groups were killed in a search
    // operation by the Pak Army", "At least nine suspected Baloch separatist militants ...
    // were killed while five others were arrested during a search operation"
    for (String note : List.of("1679PAK", "1226PAK")) {
      Event e = mainOfNote(note);
      assertThat(e.perpetrators()).extracting(Actor::name)
          .containsExactly("Pakistani government forces");
      assertThat(e.targets()).extracting(Actor::category).first().isEqualTo("Rebel groups");
    }
  }

  @Test
  void aHedgedAttributionNamesTheActorAsAlleged() {
    // "At least two persons were injured in an explosion caused by suspected Baloch
    // separatists",
    // "A moderate intensity bomb explosion at Torkhum ... The TTP are suspected to be behind"
    assertThat(mainOfNote("1231PAK").perpetrators()).first()
        .isEqualTo(new Actor("Baloch Separatists", "Rebel groups", true));
    assertThat(mainOfNote("1082PAK").perpetrators()).first()
        .isEqualTo(new Actor("TTP: Tehreek-i-Taliban Pakistan", "Rebel groups", true));
    // "Maoists allegedly killed an adivasi after branding him a police informer": the adverb
    // hedges the act, the subject still did it
    assertThat(mainOfNote("4925IND").perpetrators()).extracting(Actor::name)
        .containsExactly("CPI (Maoist): Communist Party of India (Maoist)");
  }

  @Test
  void theGroupThatClaimedTheActDidIt() {
    // "A security official was killed and two others were injured as an IED exploded in DIK.
    // The TTP claimed full responsibility for the attack", "A peace committee member was
    // killed in Nawagai, Bajaur Agency by a targeted roadside blast. Jamaatul Ahrar has
    // claimed responsibility for the attack."
    assertThat(mainOfNote("806PAK").perpetrators()).first().isEqualTo(
        new Actor("TTP: Tehreek-i-Taliban Pakistan", "Rebel groups", false));
    assertThat(mainOfNote("824PAK").perpetrators()).extracting(Actor::name)
        .containsExactly("Jamaat-ul-Ahrar");
  }

  @Test
  void aPlantedBombThatHurtPeopleStruckCiviliansByHandsUnnamed() {
    // "A male high school student was injured when a bomb planted in a water flask went off in
    // Lakki Marwat", "At least 4 people were killed and 18 others injured when a bomb attached
    // to a motorbike exploded on a busy roadside in Sibi. No group claimed responsibility"
    for (String id : List.of("922PAK", "799PAK")) {
      Event e = mainOfNote(id);
      assertThat(e.type()).as(id).isEqualTo(EventType.EXPLOSIONS);
      assertThat(e.perpetrators()).as(id).first().isEqualTo(
          new Actor("Unidentified Armed Group", "Political militias", false));
      assertThat(e.targets()).as(id).extracting(Actor::category).containsExactly("Civilians");
    }
  }

  @Test
  void aFightBetweenVillagesOrCommunitiesIsABattleOfCommunalMilitias() {
    // "A youth was killed ... in a clash between two rival groups at Kauriakandi village",
    // "Twenty two people were injured in a fierce clash between two groups of villagers at
    // Tanai village", "Two communities clashed in Shamshabad"
    for (String id : List.of("1030BNG", "1038BNG", "2714IND")) {
      Event e = mainOfNote(id);
      assertThat(e.subtype()).as(id).isEqualTo(SubEventType.ARMED_CLASH);
      assertThat(List.of(e.perpetrators().get(0), e.targets().get(0))).as(id)
          .extracting(Actor::category).containsOnly("Identity militias");
    }
    // "a clash between two rival groups of Bangladesh Chhatra League (BCL)": a party's crowds
    assertThat(mainOfNote("190BNG").type()).isEqualTo(EventType.RIOTS);
  }

  @Test
  void aPartysArmedMenAreItsMilitia() {
    // "Ujjal, 40, a bus passenger, was killed ... as BNP militants threw a crude bomb at the
    // vehicle": the party's militia attacked civilians (not a rebel group: "militants" is only
    // what its men are called)
    Event bomb = mainOfNote("857BNG");
    assertThat(bomb.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(bomb.perpetrators()).first().isEqualTo(new Actor(
        "BNP: Bangladesh Nationalist Party Militia", "Political militias", false));
  }

  @Test
  void aProtestWhoseCrowdTurnsViolentIsARiot() {
    // "Groups of youth took to streets in Baramulla and Sopore townships in protests ... The
    // protesters also clashed with government forces at Old Town": one violent demonstration,
    // the forces the other side
    Event clashed = mainOfNote("1797IND");
    assertThat(clashed.subtype()).isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    assertThat(clashed.targets()).extracting(Actor::category).containsExactly("State forces");
    // "Hartal supporters set two private cars afire after vandalising those ... on the second
    // day of another spell of 72-hour nationwide hartal": the hartal and its arson are one riot
    Article hartal = pipeline.extract(AcledNotes.note("791BNG"));
    assertThat(hartal.events()).extracting(Event::type).doesNotContain(EventType.PROTESTS);
    // "Family members and residents protested the murder of a young girl. The protest turned
    // violent", "Aam Aadmi Party staged a massive protest against BJP ... They clashed with
    // police."
    assertThat(mainOfNote("1170IND").subtype()).isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    assertThat(mainOfNote("1945IND").subtype()).isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    // "JSQM rioted on the street in Nawabshah, also forcing shops to observe a shutter down
    // strike": the strike it forced is part of the riot
    assertThat(mainOfNote("560PAK").subtype()).isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
  }

  @Test
  void aRiotsClashWithThePoliceHasThePoliceAsItsOtherSide() {
    // "A clash took place between police and Jamaat-Shibir activists at Matidali area of
    // Bogra", "Clashes broke out between youths and security forces in several places of
    // Anantnag after Eid prayers", "Clashes have erupted between the security personnel and
    // the agitators - Madhesis - in various parts of Birgunj": a riot, not a battle
    for (String id : List.of("223BNG", "2982IND", "611NEP")) {
      Event e = mainOfNote(id);
      assertThat(e.type()).as(id).isEqualTo(EventType.RIOTS);
      assertThat(e.targets()).as(id).extracting(Actor::category)
          .containsExactly("State forces");
    }
  }

  @Test
  void theForcesDeployedToQuellAProtestOrStoppingItMetItButNotThoseItIsAgainst() {
    // "Residents protested against the raizing of building near a highway. Police were
    // deployed to quell the protests.", "around 50 veterans marched towards Rashtrapati Bhavan
    // but were stopped by the Delhi Police at Rail Bhavan"
    assertThat(mainOfNote("1010IND").subtype()).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    assertThat(mainOfNote("3822IND").subtype()).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    // "Farmers protested after police arrested a farmer for stealing power", "Congress leaders
    // protested in House over police lathicharge": the police act is what they protest
    assertThat(mainOfNote("4242IND").subtype()).isEqualTo(SubEventType.PEACEFUL_PROTEST);
    assertThat(mainOfNote("890IND").subtype()).isEqualTo(SubEventType.PEACEFUL_PROTEST);
  }

  @Test
  void thoseAMobHurtAreCivilians() {
    // "BNP-Jamaat leaders and activists carried out sudden attack on BFUJ and DUJ leaders at
    // Jatiya Press Club ... They hurled brickbats and chairs on the leaders ... leaving several
    // progressive journalists" injured
    Event mob = mainOfNote("44BNG");
    assertThat(mob.type()).isEqualTo(EventType.RIOTS);
    assertThat(mob.targets()).extracting(Actor::category).contains("Civilians");
  }

  @Test
  void vandalsUnknownAreAMob() {
    // "unidentified assailants vandalised a good number of vehicles in Ashulia"
    assertThat(mainOfNote("10BNG").subtype()).isEqualTo(SubEventType.MOB_VIOLENCE);
    // "Bandh supporters vandalised two trucks and a motorbike at Basa ... The bandh was called
    // by Mohan Baidhya-led CPN-Maoist": a crowd's violence over its strike; a group the tables
    // do not know has no category, and reading it must not fail
    assertThat(mainOfNote("326NEP").subtype()).isEqualTo(SubEventType.MOB_VIOLENCE);
  }

  @Test
  void theViolenceAProtestIsAgainstIsItsCauseNotTheIncident() {
    // "Members of the public with the support of a local MNA protested the gang rape of a
    // nomadic woman by police officers", "students ... marched to the police station to
    // protest against the rape and murder of a factory employee"
    assertThat(mainOfNote("215PAK").type()).isEqualTo(EventType.PROTESTS);
    assertThat(mainOfNote("148IND").type()).isEqualTo(EventType.PROTESTS);
    // "activists staged a demonstration on Wednesday against the killing of two employees in
    // Islamabad": the two died before; the protest killed no one
    Event against = mainOfNote("488PAK");
    assertThat(against.type()).isEqualTo(EventType.PROTESTS);
    assertThat(against.killed()).isNull();
  }

  @Test
  void theDeathAProtestCameAfterIsItsCauseNotItsToll() {
    // "Members of the INC protested outside the Faridkot police station after a young girl was
    // raped and killed in Moga", "After a Dalit was killed in an alleged honor killing,
    // residents ... protested outside the police station": ACLED counts no dead of either
    for (String id : new String[] {"1421IND", "4190IND"}) {
      Event protest = mainOfNote(id);
      assertThat(protest.type()).as(id).isEqualTo(EventType.PROTESTS);
      assertThat(protest.killed()).as(id).isNull();
    }
  }

  @Test
  void aClashANoteOpensWithAndTheTollItGivesNextAreOneIncident() {
    // "Clashes were reported between the TNLA and the Burmese army. Three were wounded and five
    // killed over the consecutive days of fighting." The note names no place: the army is the
    // state's own, of the note's home country.
    Article a = pipeline.extract(AcledNotes.note("467MYA"));
    assertThat(a.events()).singleElement().satisfies(e -> {
      assertThat(e.killed().best()).isEqualTo(5);
      assertThat(e.perpetrators()).extracting(Actor::category)
          .containsExactly("Political militias");
      assertThat(e.targets()).extracting(Actor::name, Actor::category)
          .containsExactly(tuple("Government forces of Myanmar", "State forces"));
    });
  }

  @Test
  void aDeathInAClashIsTheClashsToll() {
    // "Three persons were shot dead in a group clash outside a police outpost in Sitapur": the
    // killing names the clash's outcome, not an attack of its own.
    assertThat(mainOfNote("1921IND").subtype()).isEqualTo(SubEventType.ARMED_CLASH);
  }

  @Test
  void aClashHasTheSidesItsSubjectOrItsBetweenNames() {
    // "The gunfight erupted Tuesday night at Heff-Shirmal village in Shopian district, between
    // Indian troops and militants": a comma on the way to "between". "The Arakan Army and
    // Myanmar armed forces clashed": five words of actors before the clash.
    for (String[] note : new String[][] {{"654IND", "Indian government forces"},
        {"238MYA", "Government forces of Myanmar"}}) {
      Event clash = mainOfNote(note[0]);
      List<Actor> sides = new ArrayList<>(clash.perpetrators());
      sides.addAll(clash.targets());
      assertThat(sides).as(note[0]).extracting(Actor::name).contains(note[1]).hasSize(2);
    }
  }

  @Test
  void anArmedGroupThatTookOrStruckTheStatesMenOrPostsFoughtABattle() {
    // "Militants stopped a police van ... and abducted 4 policemen", "12 militants attacked a
    // checkpost in Ghizer": the state's forces, by their name, were struck; ACLED codes both
    // as battles with the police or military of the country.
    for (String id : new String[] {"589PAK", "1411PAK"}) {
      Event e = mainOfNote(id);
      assertThat(e.subtype()).as(id).isEqualTo(SubEventType.ARMED_CLASH);
      assertThat(e.targets()).as(id).extracting(Actor::category).containsExactly("State forces");
    }
  }

  @Test
  void theStatesJetsNamedByTheirAcronymStruckAnUnidentifiedArmedGroup() {
    // "Thirteen suspected militants were killed ... when the Pakistan Air Force (PAF) fighter
    // jets pounded various areas of Tirah Valley": the air force's strike on militants it does
    // not name.
    Event strike = mainOfNote("317PAK");
    assertThat(strike.perpetrators()).extracting(Actor::category).containsExactly("State forces");
    assertThat(strike.targets()).first().extracting(Actor::name)
        .isEqualTo("Unidentified Armed Group");
  }

  @Test
  void anOperationToldByItsArrestsThatKilledTheArmedIsABattle() {
    // "During a search operation, military personnel killed 10 TTP militants in central
    // Orakzai, furthermore, 6 militants were arrested", "At least nine suspected Baloch
    // separatist militants ... were killed while five others were arrested".
    for (String id : new String[] {"744PAK", "1226PAK"}) {
      assertThat(mainOfNote(id).subtype()).as(id).isEqualTo(SubEventType.ARMED_CLASH);
    }
  }

  @Test
  void jetFightersAndFighterPlanesAreTheirOwnersAircraft() {
    // "At least 15 TTP/LI militants were killed as Pakistan Air force jet fighters struck Tirah
    // Valley", "... when Pak Army fighter planes bombed their hideouts".
    for (String id : new String[] {"1405PAK", "1789PAK"}) {
      Event strike = mainOfNote(id);
      assertThat(strike.subtype()).as(id).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
      assertThat(strike.perpetrators()).as(id).extracting(Actor::name)
          .containsExactly("Pakistani government forces");
    }
  }

  @Test
  void aHandNamedInDoubtIsTheAllegedPerpetrator() {
    // "Rebels were believed to have planted the bombs", "Anti-government rebels are suspected
    // of planting the bombs", "an improvised explosive blast was allegedly set off by Maoists".
    for (String[] note : new String[][] {{"68THI", "Rebel groups"}, {"67THI", "Rebel groups"},
        {"560IND", "Rebel groups"}}) {
      Event e = mainOfNote(note[0]);
      assertThat(e.perpetrators()).as(note[0]).first().satisfies(a -> {
        assertThat(a.category()).isEqualTo(note[1]);
        assertThat(a.alleged()).isTrue();
      });
    }
  }

  @Test
  void aRiotStrikesTheCopsItStonesAndThePassersByItHurts() {
    // "Allahabad University Students and ABVP members threw bricks at cops", "An unidentified
    // group hurled a petrol bomb at the residence of photojournalist Ram Sarraf".
    for (String[] note : new String[][] {{"4012IND", "State forces"}, {"455NEP", "Civilians"}}) {
      Event riot = mainOfNote(note[0]);
      assertThat(riot.type()).as(note[0]).isEqualTo(EventType.RIOTS);
      assertThat(riot.targets()).as(note[0]).extracting(Actor::category).containsExactly(note[1]);
    }
  }

  @Test
  void aFightOfPartyFactionsOrStudentGroupsIsARiotOfRebelFactionsABattle() {
    // "At least three BCL activists ... were injured in a factional clash on the campus", "Two
    // student groups clashed over election resutls": rioters on both sides.
    for (String id : new String[] {"1350BNG", "4721IND"}) {
      assertThat(mainOfNote(id).type()).as(id).isEqualTo(EventType.RIOTS);
    }
    // Armed factions are no crowd.
    Article a = extract("Clashes erupted between two rebel factions in Idlib on Monday, killing"
        + " 5 fighters.");
    assertThat(MainIncident.of(a.events()).subtype()).isEqualTo(SubEventType.ARMED_CLASH);
  }

  @Test
  void aCrowdThatStormsOrAttacksOrClashesWithThePoliceRiots() {
    // "residents of the area stormed the police station in imphal ... and attacked the
    // policemen on duty", "a group of youth attacked a police convoy", "The leaders and
    // activists of BNP locked in a clash with police", "farmers in Hisar, Haryana clashed with
    // police": the crowd's own violence, or a crowd's clash with the police.
    for (String id : new String[] {"1409IND", "2421IND", "398BNG", "151IND"}) {
      Event e = mainOfNote(id);
      assertThat(e.type()).as(id).isEqualTo(EventType.RIOTS);
      assertThat(e.targets()).as(id).extracting(Actor::category).containsExactly("State forces");
    }
    // "Residents protested after a person damaged the scultupre": what they protest.
    assertThat(mainOfNote("4292IND").type()).isEqualTo(EventType.PROTESTS);
    // "A local leader of Islami Chhatra Shibir, who was injured in a clash with law enforcers":
    // the police.
    assertThat(mainOfNote("613BNG").targets()).extracting(Actor::category)
        .contains("State forces");
  }

  @Test
  void aProtestThatBurnsAnEffigyCopiesOrTyresStaysPeaceful() {
    // "The protesters burnt the copies of the ordinance and blocked traffic", "torched effigy of
    // Prime Minister Narendra Modi", "The demonstrators burned the effigy of Prime Minister
    // Sushil Koirala", "The charged protesters were carrying sticks and burned tyres on the
    // highway": what a protest burns to show its anger destroys nothing of anyone's.
    for (String id : new String[] {"831IND", "1633IND", "517NEP", "596PAK"}) {
      Event e = mainOfNote(id);
      assertThat(e.subtype()).as(id).isEqualTo(SubEventType.PEACEFUL_PROTEST);
      assertThat(e.perpetrators()).as(id).first()
          .satisfies(a -> assertThat(a.category()).isEqualTo("Protesters"));
    }
  }

  @Test
  void theViolenceAProtestIsAboutIsItsCause() {
    // "BJP Mahila Moracha members held a protest demanding an inquiry into the alleged rape",
    // "An ASWJ member and his friend were kidnapped, sparking protests in Mirpurkhas": the
    // note's incident is the protest.
    for (String id : new String[] {"4819IND", "1351PAK"}) {
      assertThat(mainOfNote(id).type()).as(id).isEqualTo(EventType.PROTESTS);
    }
  }

  @Test
  void unnamedHandsThatStruckTheStatesForcesOrCiviliansAreAnUnidentifiedArmedGroup() {
    // "A ranger was seriously wounded in a roadside bomb explosion while on patrol in Pattani's
    // Yaring district", "A policeman was injured when a remote control bomb exploded near a
    // police vehicle in Kulachi, KPK": the forces of the state where it happened were struck,
    // by hands the note does not name
    for (String[] note : new String[][] {{"59THI", "TH"}, {"1042PAK", "PK"}}) {
      Event bomb = mainOfNote(note[0]);
      assertThat(bomb.targets()).as(note[0]).first().satisfies(t -> {
        assertThat(t.category()).isEqualTo("State forces");
        assertThat(t.name()).isIn("Government forces of Thailand", "Pakistani government forces");
      });
      assertThat(bomb.perpetrators()).as(note[0]).extracting(Actor::name, Actor::category)
          .containsExactly(tuple("Unidentified Armed Group", "Political militias"));
    }
    // "A Shia doctor was shot dead inside his private clinic ... in Peshawar": so are the hands
    // that attack civilians unnamed
    Event doctor = mainOfNote("64PAK");
    assertThat(doctor.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
    assertThat(doctor.perpetrators()).extracting(Actor::name)
        .containsExactly("Unidentified Armed Group");
    // "Armed Maoists on 25 May torched 32 trucks": a group named is the perpetrator, and trucks
    // are no forces
    Event trucks = mainOfNote("1606IND");
    assertThat(trucks.perpetrators()).extracting(Actor::name)
        .doesNotContain("Unidentified Armed Group");
    assertThat(trucks.targets()).extracting(Actor::category).doesNotContain("State forces");
  }

  @Test
  void aProtestWhoseDemonstratorsThePoliceArrestedWasMetByThePolice() {
    // "Members of the Shiromani Akali Dal (Amritsar) staged a protest against AAP leaders ...
    // Police then detained the protestors.", "About 100 activists ... were arrested when they
    // attempted to stage a black flag demonstration": the state's forces intervened
    for (String id : new String[] {"2746IND", "2411IND"}) {
      Event protest = mainOfNote(id);
      assertThat(protest.subtype()).as(id).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
      assertThat(protest.targets()).as(id).extracting(Actor::category)
          .containsExactly("State forces");
    }
  }

  @Test
  void anArrestToldInARelativeClauseIsWhatTheProtestIsAbout() {
    // "family members and supporters of three minors who were arrested on charges of carrying
    // Pakistani flags protested", "demanding unconditional release of their central leaders
    // ... who have been arrested by police": no one met these protests
    for (String id : new String[] {"5124IND", "1844IND"}) {
      Event protest = mainOfNote(id);
      assertThat(protest.subtype()).as(id).isEqualTo(SubEventType.PEACEFUL_PROTEST);
      assertThat(protest.targets()).as(id).isEmpty();
    }
  }

  @Test
  void anAttackOnTheStatesForcesIsABattleButKillingTheirCaptivesIsNot() {
    // "Unidentified assailants shot dead an assistant sub inspector in Peshawar", "A policeman
    // was killed and a civilian injured when militants fired upon them": armed, organised
    // sides, as ACLED codes an attack on the police or the army
    for (String id : new String[] {"919PAK", "205IND"}) {
      assertThat(mainOfNote(id).type()).as(id).isEqualTo(EventType.BATTLES);
    }
    // FA-KES: "ISIL terrorists execute 50 captive Syrian troops in Raqqa": held, they could not
    // fight back
    Article executed = extract(FakesCorpus.textStartingWith("Sat Jul 26 2014 ISIL terrorists"));
    assertThat(MainIncident.of(executed.events()).subtype())
        .isNotEqualTo(SubEventType.ARMED_CLASH);
  }

  @Test
  void partyMembersClashingAndAGunfightOfAgitatorsAreRiots() {
    // "Eight UDF and two LDF members were injured after clashing during a march", "A leader of
    // Jamaat-e-Islami was killed in 'gunfight' between agitators and police"
    assertThat(mainOfNote("854IND").type()).isEqualTo(EventType.RIOTS);
    assertThat(mainOfNote("357BNG").type()).isEqualTo(EventType.RIOTS);
    // "A clash has erupted between the supporters of two Awami League (AL) councillor
    // candidates": rioters on both sides, as ACLED codes crowds that fight each other
    Event crowds = mainOfNote("1045BNG");
    assertThat(crowds.perpetrators()).extracting(Actor::category).first().isEqualTo("Rioters");
    assertThat(crowds.targets()).extracting(Actor::category).containsExactly("Rioters");
  }

  @Test
  void fightersWhoSurrenderChangeTheirGroupsActivity() {
    // "Jumma Khan Marri, a leader of the Baloch Liberation Army (BLA), and six other militants
    // surrendered to civil and military forces in Sibi, Balochistan"
    assertThat(mainOfNote("1472PAK").subtype())
        .isEqualTo(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
  }
}
