package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.SubEventType;
import org.vigil.tables.DataTable;

/** The trigger table: read from triggers.tsv, and a bad row named by file and line. */
class TriggerLexiconTest {

  private static TriggerLexicon of(String... rows) {
    List<DataTable.Line> lines = new java.util.ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      lines.add(new DataTable.Line("triggers.tsv", i + 30, rows[i]));
    }
    return new TriggerLexicon(lines);
  }

  @Test
  void theBundledTableReadsTheActsOfConflictNews() {
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    String s =
        "A Russian helicopter was shot down after air strikes and a car bomb; rebels attacked";
    assertThat(lexicon.find(s, 0)).extracting(TriggerLexicon.Hit::text)
        .containsExactly("helicopter was shot down", "air strikes", "car bomb", "attacked");
    assertThat(lexicon.find(s, 0).get(1).subtypes())
        .containsExactly(SubEventType.AIR_DRONE_STRIKE);
    assertThat(lexicon.find(s, 0).get(3).subtypes()).hasSize(8);
  }

  @Test
  void aLabourStrikeIsAProtestAndAnAirStrikeIsNot() {
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    String s = "Teachers went on strike and a hunger strike began after air strikes hit the town";
    assertThat(lexicon.find(s, 0)).extracting(TriggerLexicon.Hit::text)
        .containsExactly("went on strike", "hunger strike", "air strikes");
    assertThat(lexicon.find(s, 0)).extracting(h -> h.subtypes().get(0)).containsExactly(
        SubEventType.PEACEFUL_PROTEST, SubEventType.PEACEFUL_PROTEST,
        SubEventType.AIR_DRONE_STRIKE);
  }

  @Test
  void aProjectileCarryingAChemicalAgentIsAChemicalAttack() {
    // FA-KES: "Militants of the Takfiri group ISIL fired missiles containing toxic gas at
    // Kurdish forces"
    String s = "Militants of the Takfiri group ISIL fired missiles containing toxic gas at"
        + " Kurdish forces in Syria last month";
    assertThat(TriggerLexicon.STANDARD.find(s, 0)).singleElement().satisfies(h -> {
      assertThat(h.text()).isEqualTo("missiles containing toxic gas");
      assertThat(h.subtypes()).containsExactly(SubEventType.CHEMICAL_WEAPON);
    });
  }

  @Test
  void aBaseSetUpIsAHeadquartersButAProtestCampIsNot() {
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    // No report of ../shared/data tells of a base set up, so this sentence is written here
    assertThat(lexicon.find("The rebels set up a new base in the hills above the town", 0))
        .singleElement().satisfies(h -> assertThat(h.subtypes())
            .containsExactly(SubEventType.HEADQUARTERS_ESTABLISHED));
    // ACLED: "They have been protesting for multiple days, setting up camp and living outside"
    assertThat(lexicon.find("They have been protesting for multiple days, setting up camp and"
        + " living outside", 0)).extracting(h -> h.subtypes().get(0))
        .doesNotContain(SubEventType.HEADQUARTERS_ESTABLISHED);
  }

  @Test
  void fireBothWaysIsABattleAndNoFireIsNone() {
    // ACLED: "Pakistani and Indian troops targeted each other across the Line of Control";
    // FA-KES row 87: "Prominent figures in Jayrud have had a local truce with the regime ...
    // and neither fired on each other"
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    assertThat(lexicon.find("Pakistani and Indian troops targeted each other across the Line"
        + " of Control (LoC)", 0)).singleElement().satisfies(h -> {
          assertThat(h.text()).isEqualTo("targeted each other");
          assertThat(h.subtypes()).containsExactly(SubEventType.ARMED_CLASH);
        });
    assertThat(lexicon.find("had a local truce with the regime for at least two years and"
        + " neither fired on each other", 0)).isEmpty();
  }

  @Test
  void aStrikeCalledContinuedOrOfAKindIsALabourStrikeAndASuicideNoBombing() {
    // ACLED: "Over 18,000 doctors started a strike against the government", "Workers at Pou
    // Yuen Vietnam footwear factory continued their strike at the Tan Tao Industrial Park",
    // "Activist Surat Singh Khalsa, 75, has been on a food strike since January 16"
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    for (String s : List.of("Over 18,000 doctors started a strike against the government",
        "Workers at Pou Yuen Vietnam footwear factory continued their strike at the Tan Tao",
        "Activist Surat Singh Khalsa, 75, has been on a food strike since January 16")) {
      assertThat(lexicon.find(s, 0)).as(s).extracting(h -> h.subtypes().get(0))
          .containsExactly(SubEventType.PEACEFUL_PROTEST);
    }
    // an air strike continued is still one
    assertThat(lexicon.find("the coalition continued its air strike on the town", 0))
        .extracting(h -> h.subtypes().get(0)).containsExactly(SubEventType.AIR_DRONE_STRIKE);
    // ACLED: "the suicide of two Intermediate first-year students"; FA-KES: "the site of a
    // suicide and car bomb attack near Sayeda Zeinab"
    assertThat(lexicon.find("an inquiry into the suicide of two Intermediate first-year"
        + " students", 0)).isEmpty();
    assertThat(lexicon.find("the site of a suicide and car bomb attack near Sayeda Zeinab", 0))
        .extracting(h -> h.subtypes().get(0)).contains(SubEventType.SUICIDE_BOMB);
  }

  @Test
  void aProcessionBroughtOutAndABlockadeAttemptedAreProtests() {
    // ACLED: "Islami Andolan Bangladesh brought out processions on 3 July in Sylhet", "220
    // volunteers ... were arrested when they attempted to block trains in Katpadi"
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    assertThat(lexicon.find("Islami Andolan Bangladesh brought out processions on 3 July", 0))
        .extracting(h -> h.subtypes().get(0)).containsExactly(SubEventType.PEACEFUL_PROTEST);
    assertThat(lexicon.find("were arrested when they attempted to block trains in Katpadi", 0))
        .extracting(h -> h.subtypes().get(0))
        .containsExactly(SubEventType.ARRESTS, SubEventType.PEACEFUL_PROTEST);
  }

  @Test
  void aMurderIsAnAttackButNotInARelativeClauseOnItsVictims() {
    // ACLED: "A SAD leader murdered a Dalit at his house"; "to pay their respects to the two
    // Kachin schoolteachers who were brutally murdered", "whose bodies were found murdered"
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    assertThat(lexicon.find("A SAD leader murdered a Dalit at his house", 0))
        .extracting(h -> h.subtypes().get(0)).containsExactly(SubEventType.ATTACK);
    for (String s : List.of("to pay their respects to the two Kachin schoolteachers who were"
        + " brutally murdered", "Relatives of two minor boys whose bodies were found murdered",
        "to honor their colleagues who were brutally tortured and murdered")) {
      assertThat(lexicon.find(s, 0)).as(s).isEmpty();
    }
  }

  @Test
  void aMarchStagedOrMarchedAnOfficeBesiegedAndAPartyNamedLiberationAreProtestsNotBattles() {
    // ACLED: "Over 100 garment workers marched to Kampong Speu's provincial hall", "Around 300
    // students ... laid a two-hour siege to Ranchi University (RU) registrar's office", "BJP
    // workers staged a march to the Collectorate", "houseless labourers under the aegis of the
    // district unit of the CPI (ML) Liberation staged a dharna"
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    for (String s : List.of("Over 100 garment workers marched to Kampong Speu's provincial hall",
        "students laid a two-hour siege to Ranchi University registrar's office",
        "BJP workers staged a march to the Collectorate",
        "the district unit of the CPI (ML) Liberation staged a dharna outside the office")) {
      assertThat(lexicon.find(s, 0)).as(s).extracting(h -> h.subtypes().get(0))
          .containsExactly(SubEventType.PEACEFUL_PROTEST);
    }
    // a town's liberation is still a recapture
    assertThat(lexicon.find("after the liberation of the town by the army", 0))
        .extracting(h -> h.subtypes().get(0)).containsExactly(
            SubEventType.GOVERNMENT_REGAINS_TERRITORY);
  }

  @Test
  void arsonAndStonesOfACrowdAreMobViolence() {
    // ACLED: "Hartal supporters set a bus afire in Mugda area", "Protesters ... rioted (pelted
    // stones at police etc)"
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    for (String s : List.of("Hartal supporters set a bus afire in Mugda area",
        "Protesters pelted stones at police in Muzzafarghar")) {
      assertThat(lexicon.find(s, 0)).as(s).extracting(h -> h.subtypes().get(0))
          .contains(SubEventType.MOB_VIOLENCE);
    }
  }

  @Test
  void aPartysBlockadeAndAShutdownObservedAreProtestsAndAStudentRampageARiot() {
    // ACLED: "25th day of the countrywide indefinite enforced by the BNP-led 20-party
    // alliance" is written "27th day of the countrywide indefinite blockade"; "complete shut
    // down was observed in Gaw Kadal area"; "students ... went on a rampage in the institute"
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    assertThat(lexicon.find("27th day of the countrywide indefinite blockade enforced by the"
        + " BNP-led 20-party alliance", 0)).extracting(h -> h.subtypes().get(0))
        .containsExactly(SubEventType.PEACEFUL_PROTEST);
    assertThat(lexicon.find("complete shut down was observed in Gaw Kadal area", 0))
        .extracting(h -> h.subtypes().get(0)).containsExactly(SubEventType.PEACEFUL_PROTEST);
    for (String s : List.of("Students went on a rampage in the institute",
        "Hundreds of students rioted, smashing vehicles")) {
      assertThat(lexicon.find(s, 0)).as(s).extracting(h -> h.subtypes().get(0))
          .containsExactly(SubEventType.VIOLENT_DEMONSTRATION);
    }
    // a blockade of a town by an army is no protest
    assertThat(lexicon.find("the army's blockade of the town", 0)).isEmpty();
  }

  @Test
  void aProtestVerbNeedsACrowdsProtest() {
    // FA-KES dev: "they are demonstrating more desperation", "its fighters marched about 3
    // kilometers", "The US involvement has been protested by Damascus": no demonstration.
    TriggerLexicon lexicon = TriggerLexicon.STANDARD;
    for (String s : List.of("they are demonstrating more desperation to keep it open",
        "its fighters marched about 3 kilometers from the eastern side",
        "The US involvement has been protested by Damascus")) {
      assertThat(lexicon.find(s, 0)).as(s).isEmpty();
    }
    assertThat(lexicon.find("Teachers protested and students demonstrated outside the club", 0))
        .extracting(TriggerLexicon.Hit::text).containsExactly("protested",
            "demonstrated outside");
  }

  @Test
  void aBadRowIsNamedByFileAndLine() {
    assertThatThrownBy(() -> of("3\tAir/drone strike\tair strikes?", "2\tBombing\tbombs?"))
        .hasMessage("triggers.tsv:31: no ACLED sub-event type 'Bombing'");
    assertThatThrownBy(() -> of("4\tArrests\tarrested"))
        .hasMessageContaining("triggers.tsv:30: specificity must be 0, 1, 2 or 3");
    assertThatThrownBy(() -> of("2\tArrests\tarrest(ed"))
        .hasMessageContaining("triggers.tsv:30: the words are no regular expression");
    assertThatThrownBy(() -> of("2\tArrests"))
        .hasMessageContaining("expected 3 tab-separated columns");
    assertThat(of("2\tArrests; Abduction/forced disappearance\tdetained").find(
        "He was detained.", 0)).singleElement().extracting(TriggerLexicon.Hit::subtypes)
        .isEqualTo(List.of(SubEventType.ARRESTS, SubEventType.ABDUCTION));
  }
}
