package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.StandardPipeline;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/** The FA-KES dev set end to end: the whole pipeline, its main incidents against the rows. */
class FakesEvaluationTest {

  @Test
  void scoresMainIncidentsOfTheDevSet() throws Exception {
    Pipeline pipeline = StandardPipeline.create(TestPipeline.language(), TestGazetteer.gazetteer());
    long t0 = System.nanoTime();
    Report r = new FakesEvaluation(pipeline).evaluate(SharedData.path("fakes/fakes-dev.csv"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    Files.write(Path.of("target", "fakes-report.txt"), () -> {
      List<CharSequence> lines = new ArrayList<>();
      r.scores().forEach(s -> lines.add(s.toString()));
      lines.add(String.format("%.1f s for 402 articles", seconds));
      lines.addAll(r.misses());
      return lines.iterator();
    });
    r.scores().forEach(System.out::println);
    // Floors 2 points under what was measured (0.803, 0.677, 0.918, 0.867): they catch
    // regressions; target/fakes-report.txt lists every miss. Killed was measured 0.780 since
    // round-ups are read as their parts: in 14 of them the crowd gives the report's total
    // where Vigil's main incident is the largest part.
    assertThat(r.score("FA-KES killed total exact").value()).isGreaterThan(0.758);
    // The crowd dates most incidents by the report; Vigil gives the day the text says ("on
    // Saturday"), so this figure sits under the document date's 0.721 by design.
    assertThat(r.score("FA-KES date within 1 day").value()).isGreaterThan(0.657);
    assertThat(r.score("FA-KES location").value()).isGreaterThan(0.898);
    assertThat(r.score("FA-KES cause to sub-type").value()).isGreaterThan(0.847);
    // Linking, against the pairs read by hand: the store issue's own figures (measured 0.902
    // and 0.832, with 220 pairs read).
    assertThat(r.score("FA-KES linking precision, read pairs").value())
        .isGreaterThanOrEqualTo(0.90);
    assertThat(r.score("FA-KES linking recall, read pairs").value())
        .isGreaterThanOrEqualTo(0.80);
    // Every date Vigil gives is the document date or a day the text names: never above the
    // ceiling.
    assertThat(r.score("FA-KES gold date in the text (ceiling)").value())
        .isGreaterThanOrEqualTo(r.score("FA-KES date within 1 day").value());
  }
}
