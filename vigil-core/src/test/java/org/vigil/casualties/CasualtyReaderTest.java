package org.vigil.casualties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.casualties.CasualtyMention.Kind.INJURED;
import static org.vigil.casualties.CasualtyMention.Kind.KILLED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event.Count;
import org.vigil.testing.SharedData;

/** One test per casualty pattern, on sentences of the dev data where it has them. */
class CasualtyReaderTest {

  private static final String FAKES = SharedData.read("fakes/fakes-dev.csv");
  private static final String AFP = SharedData.read("dev/afp-idlib-2020.txt");
  private static final String ACLED = SharedData.read("acled/acled-asia-2015.csv");
  /** The project's own sample page: the dev data has no such attribution after a count. */
  private static final String SAMPLE = read(Path.of("..", "samples", "deir-ezzor-page.html"));

  private final CasualtyReader reader = new CasualtyReader();
  private final CasualtyTally tally = new CasualtyTally();

  /** The sentence of the dev data holding {@code phrase}, cut at full stops. */
  private static String sentenceWith(String corpus, String phrase) {
    int at = corpus.indexOf(phrase);
    assertThat(at).as("dev data holds %s", phrase).isGreaterThanOrEqualTo(0);
    int start = Math.max(corpus.lastIndexOf(". ", at) + 2, corpus.lastIndexOf('\n', at) + 1);
    int end = corpus.indexOf('.', at + phrase.length());
    return corpus.substring(start, end < 0 ? corpus.length() : end);
  }

  private List<CasualtyMention> read(String sentence) {
    return reader.read(sentence, 0);
  }

  private Count count(String text, CasualtyMention.Kind kind) {
    return tally.count(read(text), kind);
  }

  @Test
  void aFigureAfterAndWithItsOwnPlaceSharesTheFateBeforeIt() {
    // "Five more civilians were killed in the town of Sabqa and one in the town of Harasta"
    List<CasualtyMention> found = read(sentenceWith(FAKES, "Five more civilians were killed"));
    assertThat(found).extracting(CasualtyMention::kind, c -> c.count().best())
        .containsExactly(tuple(CasualtyMention.Kind.KILLED, 5),
            tuple(CasualtyMention.Kind.KILLED, 1));
    // not a figure with a fate of its own: "killed 3 people and left 29 injured"
    assertThat(read("Fresh terrorist rocket attacks on residential areas in Aleppo city on"
        + " Sunday killed 3 people including two women and left 29 other people injured"))
        .extracting(c -> c.count().best()).containsExactly(3, 29);
  }

  @Test
  void anExplicitZeroIsZeroNotNothing() {
    // "The source said that no casualties were reported": none killed, none injured
    String none = sentenceWith(FAKES, "The source said that no casualties were reported");
    assertThat(count(none, KILLED).best()).isZero();
    assertThat(count(none, INJURED).best()).isZero();
    // "The YPG reported no deaths in the attacks": none killed; the injured are not said
    String noDeaths = sentenceWith(FAKES, "The YPG reported no deaths in the attacks");
    assertThat(count(noDeaths, KILLED).best()).isZero();
    assertThat(count(noDeaths, INJURED)).isNull();
    assertThat(count("The two terrorist explosions caused no human casualties", KILLED).best())
        .isZero();
    assertThat(count("No one was hurt in the blast", INJURED).best()).isZero();
    // a zero of one side says nothing of the other
    assertThat(read("There were no casualties among the soldiers")).isEmpty();
    assertThat(read("no one knows how many died")).isEmpty();
  }

  @Test
  void breakdownAfterIncludingFillsCategoriesNotTheTotal() {
    String s = sentenceWith(FAKES, "killing 10 people including four children and two women");
    Count killed = count(s, KILLED);
    assertThat(killed.best()).isEqualTo(10);
    assertThat(killed.categories()).containsEntry("children", 4).containsEntry("women", 2);
  }

  @Test
  void whoTheDeadWereSaidApartIsAtLeastThatManyKilled() {
    Count killed = count(sentenceWith(FAKES, "Of those killed six were children"), KILLED);
    assertThat(killed.low()).isEqualTo(6);
    assertThat(killed.best()).isNull();
    assertThat(killed.categories()).containsEntry("children", 6);
    assertThat(count(sentenceWith(FAKES, "five of the dead were children"), KILLED)
        .categories()).containsEntry("children", 5);
    assertThat(count(sentenceWith(FAKES, "three children were among the dead"), KILLED)
        .categories()).containsEntry("children", 3);
    assertThat(count(sentenceWith(FAKES, "Seventeen children and six women were among those"),
        KILLED).categories()).containsEntry("children", 17).containsEntry("women", 6);
  }

  @Test
  void oneOfAGroupIsOnePersonTheGroupsFigureHolds() {
    // "have killed one of the notorious commanders ... [he] and at least 10 members of the
    // Takfiri group were killed": 10 dead, not 1.
    String one = sentenceWith(FAKES, "have killed one of the notorious commanders");
    String group = sentenceWith(FAKES, "and at least 10 members of the Takfiri group");
    assertThat(read(one)).singleElement().satisfies(m -> assertThat(m.individual()).isTrue());
    List<CasualtyMention> both = new ArrayList<>(read(one));
    both.addAll(read(group));
    assertThat(tally.count(both, KILLED).best()).isEqualTo(10);
  }

  @Test
  void companionsOfAPersonCountWithThePerson() {
    assertThat(count(sentenceWith(FAKES, "killed a terrorist commander as well as five of his"),
        KILLED).best()).isEqualTo(6);
    assertThat(count(sentenceWith(FAKES, "alongside nine of his comrades were killed"), KILLED)
        .best()).isEqualTo(10);
  }

  @Test
  void childrenAmongAStatedNumberOfDeadKeepTheNumber() {
    Count killed = count(sentenceWith(FAKES, "Four children are among the 28 dead"), KILLED);
    assertThat(killed.best()).isEqualTo(28);
    assertThat(killed.categories()).containsEntry("children", 4);
  }

  @Test
  void aBreakdownMayComeBeforeAmongOrAfterTheState() {
    Count killed = count(sentenceWith(FAKES, "Six civilians including a child were among"),
        KILLED);
    assertThat(killed.low()).isEqualTo(22);
    assertThat(killed.categories()).containsEntry("children", 1);
    killed = count(sentenceWith(FAKES, "at least 56 dead including 11 children"), KILLED);
    assertThat(killed.low()).isEqualTo(56);
    assertThat(killed.categories()).containsEntry("children", 11);
  }

  @Test
  void aBreakdownLaterInTheSentenceRefinesTheFigureBeforeIt() {
    Count killed = count(sentenceWith(FAKES, "seven of them children"), KILLED);
    assertThat(killed.low()).isEqualTo(22);
    assertThat(killed.categories()).containsEntry("children", 7);
    killed = count(sentenceWith(FAKES, "on Tuesday among them four children"), KILLED);
    assertThat(killed.low()).isEqualTo(8);
    assertThat(killed.categories()).containsEntry("children", 4);
  }

  @Test
  void breakdownThenInjuredKeepsBothFigures() {
    String s = sentenceWith(FAKES, "killed more than 100 people including 25 children");
    Count killed = count(s, KILLED);
    assertThat(killed.low()).isEqualTo(100);
    assertThat(killed.categories()).containsEntry("children", 25).containsEntry("women", 15);
    assertThat(count(s, INJURED).best()).isEqualTo(400);
  }

  @Test
  void aSourceAfterTheCountIsNoVictim() {
    String s = sentenceWith(SAMPLE, "killing six fighters and wounding nine").replaceAll("\\s+", " ");
    assertThat(count(s, KILLED).best()).isEqualTo(6);
    assertThat(count(s, INJURED).best()).isEqualTo(9);
  }

  @Test
  void atLeastGivesALowBound() {
    Count killed = count(sentenceWith(FAKES, "At least 15 dead as bomb hits"), KILLED);
    assertThat(killed.low()).isEqualTo(15);
    assertThat(killed.high()).isNull();
  }

  @Test
  void dozensWoundedIsAtLeastTwentyFour() {
    String s = sentenceWith(FAKES, "Six people were killed and dozens others wounded");
    assertThat(count(s, KILLED).best()).isEqualTo(6);
    Count injured = count(s, INJURED);
    assertThat(injured.low()).isEqualTo(24);
    assertThat(injured.best()).isNull();
  }

  @Test
  void hundredsIsLowTwoHundredWithNoBestFigure() {
    Count killed = count(sentenceWith(FAKES, "Hundreds of people were killed in Eastern Ghouta"),
        KILLED);
    assertThat(killed.low()).isEqualTo(200);
    assertThat(killed.best()).isNull();
  }

  @Test
  void betweenGivesLowAndHigh() {
    Count killed = count(sentenceWith(FAKES, "have killed between 229 and 425 civilians"),
        KILLED);
    assertThat(killed.low()).isEqualTo(229);
    assertThat(killed.high()).isEqualTo(425);
    assertThat(killed.best()).isNull();
    assertThat(killed.categories()).containsEntry("civilians", 229);
  }

  @Test
  void fromToGivesLowAndHighHoweverTheTopIsHedged() {
    // "the attack which opponents of Syrian President Bashar al-Assad said killed from 500 to
    // well over 1000 people"
    Count killed = count(sentenceWith(FAKES, "killed from 500 to well over 1000 people"), KILLED);
    assertThat(List.of(killed.low(), killed.high())).containsExactly(500, 1000);
    assertThat(killed.best()).isNull();
  }

  @Test
  void risingTollIsATollUpdate() {
    String s = sentenceWith(FAKES, "rose to 5 killed and 17 injured");
    List<CasualtyMention> ms = read(s);
    assertThat(ms).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(KILLED);
      assertThat(m.count().best()).isEqualTo(5);
      assertThat(m.update()).isTrue();
    });
    assertThat(count(s, INJURED).best()).isEqualTo(17);
  }

  @Test
  void latestTollWinsAndKeepsTheEarlierFigureAsLow() {
    // The issue's own example: no dev article states a figure and then a risen toll.
    Count killed = count("The strike killed 22 people. Later the death toll rose to 30.", KILLED);
    assertThat(killed.best()).isEqualTo(30);
    assertThat(killed.low()).isEqualTo(22);
  }

  @Test
  void tollUpdateBeatsAnEarlierReportToldAfterIt() {
    String s = sentenceWith(FAKES, "Death toll from terrorist attacks on Aleppo rises to 12")
        + ". " + sentenceWith(FAKES, "Command 5 people were killed and 46 others");
    assertThat(count(s, KILLED).best()).isEqualTo(12);
  }

  @Test
  void kinListCountsEachRelative() {
    String s = sentenceWith(AFP, "killed his wife, brother and nephew");
    Count killed = count(s, KILLED);
    assertThat(killed.best()).isEqualTo(3);
    assertThat(count(s, INJURED).best()).isEqualTo(1); // "he was wounded"
  }

  @Test
  void infantRelativeIsOneChild() {
    Count killed = count(sentenceWith(AFP, "killing his five-month-old daughter"), KILLED);
    assertThat(killed.best()).isEqualTo(1);
    assertThat(killed.categories()).containsEntry("children", 1);
  }

  @Test
  void woundedManAndMaimedSonAddUp() {
    String s = sentenceWith(AFP, "the strike in which he was wounded") + ". "
        + sentenceWith(AFP, "His one-year-old son lost a leg");
    assertThat(count(s, INJURED).best()).isEqualTo(2);
  }

  @Test
  void numbersInWords() {
    assertThat(count(sentenceWith(FAKES, "Thirty-five people were killed on Monday"), KILLED)
        .best()).isEqualTo(35);
    Count killed = count(sentenceWith(FAKES, "Twenty-six civilians were also killed"), KILLED);
    assertThat(killed.best()).isEqualTo(26);
    assertThat(killed.categories()).containsEntry("civilians", 26);
  }

  @Test
  void scoresOfOthersInjuredIsVague() {
    Count injured = count(sentenceWith(FAKES, "Thirty-five people were killed on Monday"),
        INJURED);
    assertThat(injured.low()).isEqualTo(40);
    assertThat(injured.best()).isNull();
  }

  @Test
  void civilianAndFightersAddUpByCategory() {
    // The example; the dev data has no such pair.
    Count killed = count("The shelling killed a civilian and two fighters.", KILLED);
    assertThat(killed.best()).isEqualTo(3);
    assertThat(killed.categories()).isEqualTo(Map.of("civilians", 1, "combatants", 2));
  }

  @Test
  void childLeftDeadAndWomanInjured() {
    String s = sentenceWith(FAKES, "left a child dead and a woman injured");
    Count killed = count(s, KILLED);
    assertThat(killed.best()).isEqualTo(1);
    assertThat(killed.categories()).containsEntry("children", 1);
    Count injured = count(s, INJURED);
    assertThat(injured.best()).isEqualTo(1);
    assertThat(injured.categories()).containsEntry("women", 1);
  }

  @Test
  void killedAndInjuredWithoutANounAfterTheFirstFigure() {
    String s = sentenceWith(FAKES, "A bomb blast killed six people and injured 32");
    assertThat(count(s, KILLED).best()).isEqualTo(6);
    assertThat(count(s, INJURED).best()).isEqualTo(32);
  }

  @Test
  void missingArrestedAndDisplacedAreNotKilled() {
    assertThat(count(sentenceWith(FAKES, "90 people had been killed and that many were missing"),
        KILLED).best()).isEqualTo(90);
    assertThat(read(sentenceWith(FAKES, "25 civilians who were displaced from"))).isEmpty();
    // "the pilot was arrested and was subsequently killed": one dead, by the later fate
    String pilot = sentenceWith(FAKES, "the pilot was arrested and was");
    assertThat(read(pilot)).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(KILLED);
      assertThat(m.count().best()).isEqualTo(1);
    });
    assertThat(read(sentenceWith(FAKES, "Most of those at the camp were displaced"))).isEmpty();
  }

  @Test
  void evidenceCoversTheFigure() {
    String s = sentenceWith(AFP, "killing his five-month-old daughter");
    CasualtyMention m = read(s).get(0);
    assertThat(m.span().of(s)).isEqualTo("killing his five-month-old daughter");
  }

  @Test
  void modifiersMayBeJoinedByAnd() {
    Count killed = count(sentenceWith(FAKES, "At least 70 Syrian regime and rebel fighters"),
        KILLED);
    assertThat(killed.low()).isEqualTo(70);
    assertThat(killed.categories()).containsEntry("combatants", 70);
  }

  @Test
  void spacedNumberWordsAndParenthesesInTheVictimPhrase() {
    Count killed = count(sentenceWith(FAKES, "Thirty one Islamic State (IS) group militants"),
        KILLED);
    assertThat(killed.best()).isEqualTo(31);
  }

  @Test
  void headlineListWithoutCommasAddsUp() {
    Count killed = count(sentenceWith(FAKES, "Syria air strikes kill 10 children 5 women"),
        KILLED);
    assertThat(killed.best()).isEqualTo(15);
    assertThat(killed.categories()).containsEntry("children", 10).containsEntry("women", 5);
  }

  @Test
  void victimsAmongALargerTollAreItsCategory() {
    Count killed = count(sentenceWith(FAKES, "Ten children were among at least 48 people killed"),
        KILLED);
    assertThat(killed.low()).isEqualTo(48);
    assertThat(killed.categories()).containsEntry("children", 10);
  }

  @Test
  void breakdownBetweenDashes() {
    Count killed = count(sentenceWith(FAKES, "leaving 23 civilians - including nine children"),
        KILLED);
    assertThat(killed.best()).isEqualTo(23);
    assertThat(killed.categories()).containsEntry("children", 9);
  }

  @Test
  void breakdownWithoutFiguresIsSkipped() {
    Count killed = count(sentenceWith(FAKES,
        "At least 16 civilians including women and children were killed"), KILLED);
    assertThat(killed.low()).isEqualTo(16);
    assertThat(killed.categories()).containsEntry("civilians", 16);
  }

  @Test
  void mostlyBeforeTheVerbIsABreakdownWithoutFigures() {
    Count killed = count(sentenceWith(FAKES,
        "73 civilians mostly women and children were killed"), KILLED);
    assertThat(killed.low()).isEqualTo(73);
    Count soFar = count(sentenceWith(FAKES,
        "Over 750 people mostly women and children have so far been killed"), KILLED);
    assertThat(soFar.low()).isEqualTo(750);
  }

  @Test
  void theDeathOfAndTheInjuryOfNameTheFigures() {
    String s = sentenceWith(FAKES, "leading to the death of eight and the injury of 89");
    assertThat(count(s, KILLED).best()).isEqualTo(8);
    assertThat(count(s, INJURED).best()).isEqualTo(89);
    assertThat(count(sentenceWith(FAKES, "led to the killing of one person"), KILLED).best())
        .isEqualTo(1);
  }

  @Test
  void martyrsAreDead() {
    String s = sentenceWith(FAKES, "6 Lebanese martyrs and 22 injured were claimed");
    assertThat(count(s, KILLED).best()).isEqualTo(6);
  }

  @Test
  void theDayOfADateIsNoCount() {
    String s = sentenceWith(FAKES, "On May 27 another Al-Ikhbariya journalist was killed");
    assertThat(read(s)).noneMatch(m -> m.count().magnitude() == 27);
  }

  @Test
  void headlineKilledThenInjuredWithoutAConjunction() {
    String s = sentenceWith(FAKES, "Nine persons killed 12 injured");
    assertThat(count(s, KILLED).best()).isEqualTo(9);
    assertThat(count(s, INJURED).best()).isEqualTo(12);
  }

  @Test
  void aHundredIsOneHundred() {
    String s = sentenceWith(FAKES, "killed about a hundred of militants");
    s = s.substring(s.indexOf("The Syrian Arab Air Force")); // without the title before it
    assertThat(count(s, KILLED).best()).isEqualTo(100);
  }

  @Test
  void theNounBelongsToTheNearerFigure() {
    String s = sentenceWith(FAKES, "17:27 Nine Civilians Killed");
    s = s.substring(s.indexOf("17:27")); // the article's text, without the title before it
    assertThat(count(s, KILLED).best()).isEqualTo(9);
  }

  @Test
  void killedAndInjuredToldAsOneFigureIsNeither() {
    String s = sentenceWith(FAKES, "19 Killed and Injured");
    assertThat(count(s, KILLED)).isNull();
    assertThat(count(s, INJURED)).isNull();
  }

  @Test
  void anOfPhraseBetweenTheVictimsAndTheirFate() {
    String s = sentenceWith(FAKES, "at least 10 members of the Takfiri group were killed");
    assertThat(count(s, KILLED).best()).isEqualTo(10);
    String family = sentenceWith(FAKES, "Six civilians from one family were killed");
    assertThat(count(family, KILLED).best()).isEqualTo(6); // not the one family
  }

  @Test
  void aFateAfterAnotherIsStillTheirs() {
    String s = sentenceWith(FAKES, "41 FSA rebels were rounded up and executed");
    assertThat(count(s, KILLED).best()).isEqualTo(41);
  }

  @Test
  void aHeadlinesNextClauseDoesNotUndoAKilling() {
    String s = sentenceWith(FAKES, "Syrian Army kills 33 Fateh Al Sham Terrorist Captured 10");
    assertThat(count(s, KILLED).best()).isEqualTo(33);
  }

  @Test
  void aHedgedFateStillCounts() {
    String s = sentenceWith(FAKES, "more than 1400 are estimated to have been killed");
    assertThat(count(s, KILLED).low()).isEqualTo(1400);
  }

  @Test
  void theBeheadingOfEighteenIsEighteenKilled() {
    String s = sentenceWith(FAKES, "simultaneous beheadings of at least 18 men");
    assertThat(count(s, KILLED).low()).isEqualTo(18);
  }

  @Test
  void aPluralTheVictimNounsLackCountsBeforeAFate() {
    String s = sentenceWith(FAKES, "Around 15 young Assyrians are martyred");
    assertThat(count(s, KILLED).best()).isEqualTo(15);
  }

  @Test
  void aPlaceBetweenTheVictimsAndTheirFate() {
    String s = sentenceWith(FAKES, "all five people on board were assumed dead");
    assertThat(count(s, KILLED).best()).isEqualTo(5);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void toSufferReceiveOrSustainAnInjuryIsToBeInjured() {
    // "Two police personnel received serious injuries in a bomb attack at a temporary police
    // camp", "Three people suffered injuries as assailants exploded 2-3 crude bombs"
    String received = sentenceWith(ACLED, "Two police personnel received serious injuries");
    assertThat(count(received, INJURED).best()).isEqualTo(2);
    assertThat(count(received, KILLED)).isNull();
    String suffered = sentenceWith(ACLED, "Three people suffered injuries");
    assertThat(count(suffered, INJURED).best()).isEqualTo(3);
    // "a grandfather sustained severe injuries": one person, by his kin
    String sustained = sentenceWith(FAKES, "a grandfather sustained severe injuries");
    assertThat(count(sustained, INJURED).best()).isEqualTo(1);
    // "Nine persons, including three women and a child, received severe burn injuries": two
    // words may stand between the verb and its injuries
    String burns = sentenceWith(ACLED, "received severe burn injuries when Shibir cadres");
    assertThat(count(burns, INJURED).best()).isEqualTo(9);
  }

  @Test
  void aPersonNamedByRoleIsAVictimButNotTheOneWhoToldOfThem() {
    // ACLED: "A local Awami League (AL) leader was beaten dead allegedly by some shopkeepers"
    String leader = sentenceWith(ACLED, "A local Awami League (AL) leader was beaten dead");
    assertThat(count(leader, KILLED).best()).isEqualTo(1);
    // FA-KES: "A civil defense official in Idlib Leys el-Faris told Anadolu Agency four
    // civilians were killed": the official speaks; the four are the dead.
    String told = sentenceWith(FAKES, "A civil defense official in Idlib Leys el-Faris told");
    assertThat(count(told, KILLED).best()).isEqualTo(4);
  }

  @Test
  void gunnedDownIsKilledAndAnAgeIsNoCount() {
    // ACLED: "Two policemen were gunned down and eight others, including two civilians,
    // sustained bullet wounds on Monday"
    String gunned = sentenceWith(ACLED, "Two policemen were gunned down");
    assertThat(count(gunned, KILLED).best()).isEqualTo(2);
    assertThat(count(gunned, INJURED).best()).isEqualTo(8);
    // ACLED: "An unidentified man, aged 34, was killed in a 'gunfight' with the members of
    // Detective Branch (DB) police"
    String aged = sentenceWith(ACLED, "An unidentified man, aged 34, was killed");
    assertThat(read(aged)).noneMatch(m -> m.count().best() != null && m.count().best() == 34);
  }

  @Test
  void aPhraseOfKillingBeforeItsVictimsKillsThem() {
    // ACLED: "Unidentified assailants shot dead an assistant sub inspector in Peshawar"
    String shot = sentenceWith(ACLED, "Unidentified assailants shot dead an assistant");
    assertThat(count(shot, KILLED).best()).isEqualTo(1);
  }

  @Test
  void oneVictimTheNounsLackIsCountedBeforeItsFate() {
    // ACLED: "A ranger was shot dead in a drive-by attack", "A man on his way to work was shot
    // and killed by a gunman"
    assertThat(count(sentenceWith(ACLED, "A ranger was shot dead"), KILLED).best()).isEqualTo(1);
    String man = sentenceWith(ACLED, "A man on his way to work was shot and killed");
    assertThat(count(man, KILLED).best()).isEqualTo(1);
    // "a" opens no victim where no fate follows: "a drive-by attack" is no one
    assertThat(read("A ranger's home was searched in a drive-by attack")).isEmpty();
  }

  @Test
  void aNamedPersonOrOneVictimNounBeforeASingularVerbIsOneDead() {
    // ACLED: "In Natore, Jubo League leader Sirajul Islam Sikder was chopped to death",
    // "GNLA cadre was gunned down in a gundfight with the Meghalaya police"
    String named = sentenceWith(ACLED, "Jubo League leader Sirajul Islam Sikder was chopped");
    assertThat(count(named, KILLED).best()).isEqualTo(1);
    String cadre = sentenceWith(ACLED, "GNLA cadre was gunned down");
    assertThat(count(cadre, KILLED).best()).isEqualTo(1);
    // a name's subject may be no person: only a death is read after it, and "Nobody" is zero
    assertThat(read("Aleppo was hurt by the siege")).isEmpty();
    assertThat(count("Nobody was killed in the attack", KILLED).best()).isZero();
  }

  @Test
  void whoseSideTheVictimsWereOnLeavesTheirFateTheirs() {
    // ACLED: "At least six suspected militants belonging to the TTP were killed", "5 TTP/LEI
    // militants were killed and several injured in a clash"
    String belonging = sentenceWith(ACLED, "At least six suspected militants belonging to");
    assertThat(count(belonging, KILLED).low()).isEqualTo(6);
    String slashed = sentenceWith(ACLED, "5 TTP/LEI militants were killed");
    assertThat(count(slashed, KILLED).best()).isEqualTo(5);
    // "Five militants suspected to belong to separatist groups were killed in a search
    // operation", "At least 12 suspected BLA militants believed to be directly involved in the
    // attack on labourers in Turbat died in a clash"
    String suspected = sentenceWith(ACLED, "Five militants suspected to belong to separatist");
    assertThat(count(suspected, KILLED).best()).isEqualTo(5);
    String believed = sentenceWith(ACLED, "At least 12 suspected BLA militants believed to be");
    assertThat(count(believed, KILLED).low()).isEqualTo(12);
  }

  @Test
  void oneVictimTheNounsLackIsCountedAfterAVerbOfKilling() {
    // ACLED: "Maoists allegedly killed an adivasi after branding him a police informer", "Unknown
    // Gunmen on motorcycles shot dead a 37-year-old pharmacy owner", "A SAD leader murdered a
    // Dalit at his house"
    for (String phrase : List.of("Maoists allegedly killed an adivasi",
        "Gunmen on motorcycles shot dead a 37-year-old pharmacy owner",
        "A SAD leader murdered a Dalit")) {
      assertThat(count(sentenceWith(ACLED, phrase), KILLED).best()).as(phrase).isEqualTo(1);
    }
    // a claim takes no life
    assertThat(read("The TTP claimed a bomb attack in Peshawar")).isEmpty();
  }

  @Test
  void aGroupKilledByAPronounLaterInItsClauseIsDead() {
    // ACLED: "Unknown militants targeted two levies personnel in Awaran, Balochistan, killing
    // them on the spot with gunshots"
    String them = sentenceWith(ACLED, "Unknown militants targeted two levies personnel");
    assertThat(count(them, KILLED).best()).isEqualTo(2);
    // a pronoun of the other number is someone else
    assertThat(count("Gunmen targeted two policemen in Awaran, killing him on the spot",
        KILLED)).isNull();
  }

  @Test
  void theDeadAlongWithOthersOrSomeoneWithHisKinAreCountedTogether() {
    // ACLED: "A volunteer ranger and his brother were shot dead by an armed group", "The DSP of
    // Peshawar Central Jail, and his brother were shot dead by unknown militants"
    // "Two security forces personnel were killed along with 15 militants": seventeen
    String along = sentenceWith(ACLED, "Two security forces personnel were killed along with");
    assertThat(count(along, KILLED).best()).isEqualTo(17);
    for (String phrase : List.of("A volunteer ranger and his brother were shot dead",
        "The DSP of Peshawar Central Jail, and his brother were shot dead")) {
      assertThat(count(sentenceWith(ACLED, phrase), KILLED).best()).as(phrase).isEqualTo(2);
    }
  }

  @Test
  void aFigureSetOffByCommasAfterANameIsAnAge() {
    // ACLED: "Rajaram Jha, 25, died at Bhramarpurachowk in Dhanusha on Monday": not 25 dead
    assertThat(count(sentenceWith(ACLED, "Rajaram Jha, 25, died"), KILLED)).isNull();
  }

  @Test
  void aDeathSuspectedFoundOrBySlaughterIsADeath() {
    // ACLED: "At least five Maoists are suspected to have been killed", "Abdul Aziz, a policeman
    // was discovered dead", "An Awami League activist was slaughtered in Jhikargachha"
    String suspected = sentenceWith(ACLED, "At least five Maoists are suspected to have been");
    assertThat(count(suspected, KILLED).low()).isEqualTo(5);
    String found = sentenceWith(ACLED, "Abdul Aziz, a policeman was discovered dead");
    assertThat(count(found, KILLED).best()).isEqualTo(1);
    String slaughtered = sentenceWith(ACLED, "An Awami League activist was slaughtered");
    assertThat(count(slaughtered, KILLED).best()).isEqualTo(1);
  }

  @Test
  void onePersonOpeningASentenceThatSaysTheyDiedIsOneDead() {
    // ACLED: "An unidentified boy who suffered burns in an arson attack on a bus in Savar
    // Tuesday (20/01) died at Dhaka Medical College Hospital", "1 MQM worker, Raees Alam was
    // shot by unknown assailants in Orangi town, he died in hospital"
    String row = sentenceWith(ACLED, "An unidentified boy who suffered burns in an arson");
    String boy = row.substring(row.indexOf("An unidentified boy")); // the note's first sentence
    assertThat(count(boy, KILLED).best()).isEqualTo(1);
    String he = sentenceWith(ACLED, "1 MQM worker, Raees Alam was shot by unknown assailants");
    assertThat(count(he, KILLED).best()).isEqualTo(1);
    // "a day", "a number of" open no person
    assertThat(read("A day after the bombing, the toll of the attack died down")).isEmpty();
    // the words between are still read: a group among them keeps its own figure
    assertThat(count("A car bomb exploded in the market, killing 5 people, and a child died"
        + " later", KILLED).best()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void onePersonTheSubjectOfASingularVerbOfDeathIsOneDead() {
    // ACLED: "The general secretery of the Muavia unit of the ASWJ of Sofoora Goth district was
    // shot dead while his friend was injured", "A freedom fighter (FF) was killed and four
    // others were injured"
    String secretary = sentenceWith(ACLED, "The general secretery of the Muavia unit");
    assertThat(count(secretary.substring(secretary.indexOf("The general")), KILLED).best())
        .isEqualTo(1);
    String fighter = sentenceWith(ACLED, "A freedom fighter (FF) was killed");
    assertThat(count(fighter.substring(fighter.indexOf("A freedom")), KILLED).best())
        .isEqualTo(1);
    // a figure of one, not a person told one at a time: the cause's dead are not added ("A
    // Nalanda school director was lynched by an angry mob over the deaths of two students")
    String lynched = sentenceWith(ACLED, "A Nalanda school director was lynched");
    assertThat(count(lynched.substring(lynched.indexOf("A Nalanda")), KILLED).best())
        .isEqualTo(1);
    // "The attack on the convoy was condemned": no death
    assertThat(read("The attack on the convoy was condemned by the UN")).isEmpty();
  }

  @Test
  void aJawanOfAUnitIsOneSoldierNotTheUnitsNumber() {
    // ACLED: "A jawan of 24 AR troopers was killed and two others received injuries in an
    // ambush": one dead, not 24
    String row = sentenceWith(ACLED, "A jawan of 24 AR troopers was killed");
    String jawan = row.substring(row.indexOf("A jawan"));
    assertThat(count(jawan, KILLED).best()).isEqualTo(1);
  }
}
