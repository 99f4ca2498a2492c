package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.geo.PlaceExtractor;
import org.vigil.geo.PlaceOptions;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.people.OrganizationExtractor;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

class GeoWebNewsEvaluationTest {

  private final Pipeline pipeline = new Pipeline(TestPipeline.language(),
      List.of(new DatelineExtractor(DatelineOptions.defaults()), new OrganizationExtractor(),
          new PlaceExtractor(TestGazetteer.gazetteer(), PlaceOptions.defaults())));
  private final GeoWebNewsEvaluation evaluation = new GeoWebNewsEvaluation(pipeline);

  @Test
  void detectsAndResolvesTheToponymsOfTheFirstDocuments() throws IOException {
    Report report = evaluation.evaluate(SharedData.path("geo"), List.of(0, 1, 2, 3, 4, 5, 6, 7));
    report.scores().forEach(System.out::println);
    assertThat(report.score("geo detection recall").value()).isGreaterThan(0.75);
    assertThat(report.score("geo within 161 km, detected").value()).isGreaterThan(0.85);
  }

  /** The whole corpus; writes the misses to target/geo-misses.txt. */
  @Test
  void scoresTheWholeCorpusAboveTheFloorReached() throws IOException {
    Report report = evaluation.evaluate(SharedData.path("geo"));
    Files.write(Path.of("target", "geo-misses.txt"), report.misses());
    // Within 2 points of the figures measured (recall 0.927, precision 0.902, 0.867 within
    // 25 km), and the target of 0.95 within 161 km (0.950 measured).
    assertThat(report.score("geo detection recall").value()).isGreaterThan(0.906);
    assertThat(report.score("geo detection precision").value()).isGreaterThan(0.882);
    assertThat(report.score("geo within 161 km, detected").value())
        .isGreaterThanOrEqualTo(0.95);
    assertThat(report.score("geo within 25 km, detected").value()).isGreaterThan(0.849);
  }

  /**
   * LGL-dev, US local news in the same layout, held within 2 points of the figures measured:
   * recall 0.898, precision 0.760, 0.804 within 161 km of detected.
   */
  @Test
  void scoresLocalNewsAboveItsFloor() throws IOException {
    Report report = new GeoWebNewsEvaluation(pipeline, "LGL-dev")
        .evaluate(SharedData.path("geo"));
    assertThat(report.score("geo detection recall").value()).isGreaterThan(0.878);
    assertThat(report.score("geo detection precision").value()).isGreaterThan(0.740);
    assertThat(report.score("geo within 161 km, detected").value()).isGreaterThan(0.784);
  }

  @Test
  void findsEveryCorpusOfTheGeoFolder() throws IOException {
    assertThat(GeoWebNewsEvaluation.corpora(SharedData.path("geo")))
        .containsExactly("GeoWebNews", "LGL-dev");
  }
}
