package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.Event.Actor;

/** The bundled actor tables, and how a phrase of the text becomes one actor. */
class ActorTableTest {

  private final ActorTable table = ActorTable.STANDARD;

  @Test
  void aliasesOfOneGroupGiveOneName() {
    for (String alias : new String[] {"ISIS", "ISIL", "Daesh", "Islamic State group", "IS"}) {
      assertThat(table.resolve(alias, false, "SY"))
          .isEqualTo(new Actor("Islamic State", "Rebel groups", false));
    }
    assertThat(table.resolve("Tahrir al-Sham", true, "SY"))
        .isEqualTo(new Actor("Hayat Tahrir al-Sham", "Rebel groups", true));
  }

  @Test
  void aStatesForcesAreStateForcesAtHomeAndExternalAbroad() {
    assertThat(table.resolve("Russian warplanes", false, "SY"))
        .isEqualTo(new Actor("Russian forces", "External/Other forces", false));
    assertThat(table.resolve("the Syrian army", false, "SY"))
        .isEqualTo(new Actor("Syrian government forces", "State forces", false));
    assertThat(table.resolve("Turkish military", false, "TR"))
        .isEqualTo(new Actor("Turkish forces", "State forces", false));
  }

  @Test
  void aBareArmyIsTheStateWhereTheEventHappens() {
    assertThat(table.resolve("regime helicopters", false, "SY"))
        .isEqualTo(new Actor("Syrian government forces", "State forces", false));
    assertThat(table.resolve("army", false, "MM"))
        .isEqualTo(new Actor("Government forces of Myanmar", "State forces", false));
    assertThat(table.resolve("security forces", false, null))
        .isEqualTo(new Actor("government forces", "State forces", false));
  }

  @Test
  void aNamedGroupOutranksTheStateThatNamesIt() {
    assertThat(table.resolve("Syrian rebels", false, "SY"))
        .isEqualTo(new Actor("rebels", "Rebel groups", false));
    assertThat(table.resolve("Syrian Democratic Forces", false, "SY"))
        .isEqualTo(new Actor("SDF", "Rebel groups", false));
  }

  @Test
  void aNamedGroupOutranksTheKindOfMenItsMembersAre() {
    assertThat(table.resolve("militants belonging to the TTP", false, "PK")).isEqualTo(
        new Actor("TTP: Tehreek-i-Taliban Pakistan", "Rebel groups", false));
    assertThat(table.resolve("gunmen of the Lashkar-e-Toiba", false, "IN"))
        .extracting(Actor::name).isEqualTo("LeT: Lashkar-e-Taiba");
    assertThat(table.namedGroup("two Naxal militants"))
        .extracting(Actor::name).isEqualTo("CPI (Maoist): Communist Party of India (Maoist)");
    assertThat(table.namedGroup("5 TTP/LEI militants"))
        .extracting(Actor::name).isEqualTo("TTP: Tehreek-i-Taliban Pakistan");
    assertThat(table.namedGroup("22 militants")).isNull();
    assertThat(table.namedGroup("unidentified gunmen")).isNull();
    assertThat(table.namedGroup("Pakistani soldiers")).isNull();
  }

  @Test
  void anAcronymWithAnSIsItsPluralOrItsPossessive() {
    // "ISILs terrorists fired 6 rocket shells" (FA-KES, the feed dropped the apostrophe)
    assertThat(table.resolve("ISILs terrorists", false, "SY"))
        .extracting(Actor::name).isEqualTo("Islamic State");
    assertThat(table.resolve("the SDF's fighters", false, "SY"))
        .extracting(Actor::name).isEqualTo("SDF");
  }

  @Test
  void wordsThatNameNoOneAreNoActor() {
    assertThat(table.resolve("Several", false, "SY")).isNull();
    assertThat(table.resolve("armed", false, "SY")).isNull();
    assertThat(table.resolve("Liwa al-Quds", false, "SY"))
        .isEqualTo(new Actor("Liwa al-Quds", null, false));
  }
}
