package org.vigil.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Number words with their values, and the ranges the readers build patterns from. */
class NumberWordsTest {

  @Test
  void cardinalsOrdinalsAndTens() {
    assertThat(NumberWords.cardinal("twelve")).isEqualTo(12);
    assertThat(NumberWords.cardinal("ninety")).isEqualTo(90);
    assertThat(NumberWords.cardinal("dozen")).isEqualTo(-1);
    assertThat(NumberWords.ordinal("sixth")).isEqualTo(6);
    assertThat(NumberWords.cardinals(1, 9)).hasSize(9).startsWith("one").endsWith("nine");
    assertThat(NumberWords.cardinals(1, 20)).hasSize(20).endsWith("twenty");
    assertThat(NumberWords.tens()).containsExactly("ten", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety");
  }
}
