package org.vigil.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event.Count;

class FigureTest {

  private static Count best(int n) {
    return new Count(n, n, n, Map.of());
  }

  @Test
  void tollsThatRiseAcrossReportsGiveARangeAndTheMedianAsBest() {
    // "at least 112" in one report of the Aleppo bus bombing, "126" in a later one.
    Figure f = Figure.over(Arrays.asList(new Count(112, 112, null, Map.of()), best(126)));
    assertThat(f).isEqualTo(new Figure(112, 112, 126));
  }

  @Test
  void aVagueFigureWidensTheRangeAndLeavesBestToTheOthers() {
    Figure f = Figure.over(Arrays.asList(new Count(null, 200, null, Map.of()), best(58),
        best(72), null));
    assertThat(f.best()).isEqualTo(58);
    assertThat(f.low()).isEqualTo(58);
    assertThat(f.high()).isEqualTo(200);
  }

  @Test
  void anExplicitZeroIsAFigureAndNoFigureIsNone() {
    assertThat(Figure.over(Arrays.asList(best(0))).best()).isZero();
    assertThat(Figure.over(Arrays.asList((Count) null)).isKnown()).isFalse();
  }
}
