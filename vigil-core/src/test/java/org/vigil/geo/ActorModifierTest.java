package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorModifierTest {

  /** Whether {@code name} describes an actor where it stands in {@code sentence}. */
  private static boolean describes(String sentence, String name) {
    int at = sentence.indexOf(name);
    assertThat(at).as(name).isNotNegative();
    return ActorModifier.describesActor(sentence, at + name.length());
  }

  @Test
  void aNameThatSaysWhoseSideIsNoScene() {
    assertThat(describes("carried out by the U.S.-led coalition struck a town", "U.S.")).isTrue();
    assertThat(describes("rocket fire he blames on Iran-backed forces", "Iran")).isTrue();
    assertThat(describes("U.S. officials said at the time", "U.S.")).isTrue();
    assertThat(describes("the Britain-based monitor said", "Britain")).isTrue();
    assertThat(describes("the New York-based watchdogs deputy", "New York")).isTrue();
    assertThat(describes("Syrian warplanes or those of Damascuss ally Russia", "Damascuss"))
        .isTrue();
    assertThat(describes("Syria's government denies it", "Syria")).isTrue();
    assertThat(describes("A US official said an American review of radar", "US")).isTrue();
    assertThat(describes("after Assad crossed the former US leaders red line", "US")).isTrue();
  }

  @Test
  void aNameWhereSomethingHappenedIsAScene() {
    assertThat(describes("strikes on the Hama military airport killed", "Hama")).isFalse();
    assertThat(describes("killed 10 people in Aleppo on Monday", "Aleppo")).isFalse();
    assertThat(describes("a car bomb exploded in Idlib city", "Idlib")).isFalse();
  }
}
