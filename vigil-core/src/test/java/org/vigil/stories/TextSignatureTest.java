package org.vigil.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testing.FakesCorpus;

class TextSignatureTest {

  private final List<String> fakes = FakesCorpus.texts();

  /** The FA-KES article of CSV row {@code row} (the header is row 1). */
  private String row(int row) {
    return fakes.get(row - 2);
  }

  @Test
  void twoSitesReprintingOneWireStoryAreCopies() {
    // Rows 52 and 131: one AFP report on the wedding bombing in Hasakeh, as two sites ran it.
    TextSignature a = TextSignature.of(row(52));
    TextSignature b = TextSignature.of(row(131));
    assertThat(a.resemblance(b)).isGreaterThan(0.6);
    assertThat(a.isCopyOf(b)).isTrue();
    assertThat(Arrays.stream(a.bands()).filter(x -> Arrays.stream(b.bands())
        .anyMatch(y -> y == x)).count()).isPositive();
  }

  @Test
  void twoReportsOfOneIncidentWrittenApartAreNotCopies() {
    // Rows 2 and 277: the Khan Sheikhoun chemical attack, told by two outlets in their words.
    assertThat(TextSignature.of(row(2)).isCopyOf(TextSignature.of(row(277)))).isFalse();
  }

  @Test
  void theSameTextResemblesItselfWhollyAndSurvivesStorage() {
    TextSignature a = TextSignature.of(row(10));
    TextSignature back = TextSignature.fromBytes(a.toBytes());
    assertThat(back.resemblance(a)).isEqualTo(1.0);
    assertThat(back.bands()).containsExactly(a.bands());
  }
}
