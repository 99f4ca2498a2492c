package org.vigil.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named word lists: kept in order, and every kind of bad row named by its line. */
class WordListsTest {

  private static WordLists read(String... rows) {
    List<DataTable.Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      lines.add(new DataTable.Line("words.tsv", i + 10, rows[i]));
    }
    return WordLists.of(lines, "words.tsv", Set.of("verb", "number"));
  }

  @Test
  void keepsEachListInTheTablesOrderWithItsValues() {
    WordLists w = read("verb\tkilled", "number\tdozen\t12", "verb\tdied", "number\tscore\t20");
    assertThat(w.list("verb")).containsExactly("killed", "died");
    assertThat(w.numbers("number")).containsExactly(
        java.util.Map.entry("dozen", 12), java.util.Map.entry("score", 20));
    assertThat(w.alternation("verb")).isEqualTo("killed|died");
  }

  @Test
  void anEntryWithSignsIsMatchedLiterally() {
    assertThat(WordLists.alternation(List.of("a.m", "killed"))).isEqualTo("\\Qa.m\\E|killed");
  }

  @Test
  void badRowsAreNamedByFileAndLine() {
    assertThatThrownBy(() -> read("verb\tkilled", "noun\tdead"))
        .hasMessage("words.tsv:11: 'noun' is not one of the lists [number, verb]");
    assertThatThrownBy(() -> read("verb\tkilled", "verb\tkilled", "number\tten\t10"))
        .hasMessage("words.tsv:11: 'killed' is already in verb");
    assertThatThrownBy(() -> read("verb", "number\tten\t10"))
        .hasMessageStartingWith("words.tsv:10: expected list, entry");
    assertThatThrownBy(() -> read("verb\tkilled", "number\tten\tmany").numbers("number"))
        .hasMessage("words.tsv:11: 'many' is not a whole number");
    assertThatThrownBy(() -> read("verb\tkilled"))
        .hasMessage("words.tsv: the list 'number' has no entry");
    assertThatThrownBy(() -> read("verb\tkilled", "number\tten\tmany")
        .map("number", List.of("few", "some")))
        .hasMessage("words.tsv:11: 'many' is not one of [few, some]");
  }
}
