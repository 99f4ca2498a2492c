package org.vigil.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named expressions written a part a row: joined in order, and a bad one named by its line. */
class PatternTableTest {

  private static PatternTable read(String... rows) {
    List<DataTable.Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      lines.add(new DataTable.Line("phrases.tsv", i + 7, rows[i]));
    }
    return PatternTable.of(lines, "phrases.tsv", Set.of("ago", "soon"));
  }

  @Test
  void joinsThePartsOfOneNameInOrder() {
    PatternTable t = read("ago\t(?i)\\b(?:days", "soon\tsoon", "ago\t|weeks) ago\\b");
    assertThat(t.get("ago").pattern()).isEqualTo("(?i)\\b(?:days|weeks) ago\\b");
    assertThat(t.get("ago").matcher("two Weeks ago").find()).isTrue();
  }

  @Test
  void aReaderLendsSharedPieces() {
    List<DataTable.Line> lines = List.of(new DataTable.Line("p.tsv", 1, "ago\t{n} days ago"));
    PatternTable t = PatternTable.of(lines, "p.tsv", Set.of("ago"), java.util.Map.of("n", "\\d+"));
    assertThat(t.get("ago").pattern()).isEqualTo("\\d+ days ago");
  }

  @Test
  void badRowsAreNamedByFileAndLine() {
    assertThatThrownBy(() -> read("ago\t(?:days", "soon\tsoon"))
        .hasMessageStartingWith("phrases.tsv:7: 'ago' is no regular expression");
    assertThatThrownBy(() -> read("ago\tago", "later\tlater"))
        .hasMessage("phrases.tsv:8: 'later' is not one of [ago, soon]");
    assertThatThrownBy(() -> read("ago\tago"))
        .hasMessage("phrases.tsv: the expression 'soon' has no row");
    assertThatThrownBy(() -> read("ago"))
        .hasMessageStartingWith("phrases.tsv:7: expected a name and a part");
  }
}
