package org.vigil.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a bundled table: comments and blanks skipped, empty fields kept, lines named. */
class DataTableTest {

  @Test
  void keepsDataLinesWithTheirNumbersAndEmptyFields() {
    List<DataTable.Line> lines = DataTable.lines(DataTableTest.class, "sample.tsv");
    assertThat(lines).extracting(DataTable.Line::number).containsExactly(3, 5);
    assertThat(lines.get(0).fields()).containsExactly("islamic state", "Islamic State",
        "Rebel groups", "");
    assertThat(lines.get(1).fields()).containsExactly("regime", "", "", "@");
    assertThat(lines.get(1).error("bad").getMessage()).isEqualTo("sample.tsv:5: bad");
  }

  @Test
  void aTableMissingFromTheBuildIsNamed() {
    assertThatThrownBy(() -> DataTable.lines(DataTableTest.class, "absent.tsv"))
        .hasMessageContaining("absent.tsv is missing from the build");
  }
}
