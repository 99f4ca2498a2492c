package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.testing.EvidenceAssert.assertCovers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;
import org.vigil.time.DocumentDateExtractor;
import org.vigil.time.DocumentDateOptions;
import org.vigil.time.TimeExtractor;
import org.vigil.time.TimeMentionExtractor;
import org.vigil.time.TimeOptions;

class TimeMlEvaluationTest {
  private static final List<String> FILES = List.of("wsj_0006", "wsj_0533", "wsj_0152",
      "APW19980227.0487", "AP900815-0044", "NYT19980206.0460", "ABC19980108.1830.0711",
      "PRI19980115.2000.0186");

  @Test
  void readsTimexOffsetsIntoThePlainText() {
    TimeMlEvaluation.TimeMlDocument doc =
        TimeMlEvaluation.read(SharedData.path("timeml/TimeBank/wsj_0533.tml"));

    assertThat(doc.dct()).isEqualTo("1989-10-30");
    assertThat(doc.text()).doesNotContain("<TIMEX3", "<EVENT");
    assertThat(doc.timexes()).isNotEmpty()
        .allSatisfy(t -> assertCovers(doc.text(), t.span(), t.text()));
    assertThat(doc.timexes()).anySatisfy(t -> {
      assertThat(t.text()).isEqualTo("Friday");
      assertThat(t.value()).isEqualTo("1989-10-27");
    });
  }

  @Test
  void scoresTimexDetectionAndValuesOnTimeBankFiles(@TempDir Path folder) throws IOException {
    for (String name : FILES) {
      Path file = SharedData.path("timeml/TimeBank/" + name + ".tml");
      Files.createSymbolicLink(folder.resolve(name + ".tml"), file.toAbsolutePath());
    }
    Pipeline pipeline = new Pipeline(TestPipeline.language(), List.of(
        new DatelineExtractor(DatelineOptions.defaults()),
        new TimeMentionExtractor(TimeOptions.defaults()),
        new DocumentDateExtractor(DocumentDateOptions.defaults()),
        new TimeExtractor()));

    Report report = new TimeMlEvaluation(pipeline).evaluate(folder);

    assertThat(report.score("timex detection F1 (overlap)").value()).isGreaterThan(0.9);
    assertThat(report.score("timex value F1").value()).isGreaterThan(0.75);
    assertThat(report.misses()).isNotEmpty()
        .allSatisfy(m -> assertThat(m).containsAnyOf(" gold ", " extra "));
  }

  /**
   * Every document of TimeBank and of AQUAINT, each held within 2 points of its figure as
   * measured (TimeBank detection F1 0.947, value F1 0.808; AQUAINT 0.924, 0.698).
   */
  @Test
  void scoresBothTimeMlCorporaAboveTheirFloors() {
    Pipeline pipeline = new Pipeline(TestPipeline.language(), List.of(
        new DatelineExtractor(DatelineOptions.defaults()),
        new TimeMentionExtractor(TimeOptions.defaults()),
        new DocumentDateExtractor(DocumentDateOptions.defaults()),
        new TimeExtractor()));
    TimeMlEvaluation evaluation = new TimeMlEvaluation(pipeline);

    Report timeBank = evaluation.evaluate(SharedData.path("timeml/TimeBank"));
    assertThat(timeBank.score("timex detection F1 (overlap)").value()).isGreaterThan(0.927);
    assertThat(timeBank.score("timex value F1").value()).isGreaterThan(0.788);
    Report aquaint = evaluation.evaluate(SharedData.path("timeml/AQUAINT"));
    assertThat(aquaint.score("timex detection F1 (overlap)").value()).isGreaterThan(0.904);
    assertThat(aquaint.score("timex value F1").value()).isGreaterThan(0.678);
  }
}
