package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.vigil.StandardPipeline;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/** The seed article, end to end through the standard pipeline, scored against its gold. */
class GoldArticleEvaluationTest {

  private final Pipeline pipeline =
      StandardPipeline.create(TestPipeline.language(), TestGazetteer.gazetteer());

  @Test
  void seedArticleGetsSpeakersDateDatelineAgesAndTheRequiredEvents() throws IOException {
    Report report = new GoldArticleEvaluation(pipeline)
        .evaluate(SharedData.path("dev/afp-idlib-2020.gold.json"));
    assertThat(report.score("quote speaker accuracy").detail()).as(report.misses().toString())
        .isEqualTo("9/9 gold quotes");
    assertThat(report.score("published date").value()).as(report.misses().toString())
        .isEqualTo(1.0);
    assertThat(report.score("dateline place and agency").value()).isEqualTo(1.0);
    assertThat(report.score("people ages").detail()).as(report.misses().toString())
        .isEqualTo("3/3 people with an age");
    assertThat(report.score("event recall").detail()).as(report.misses().toString())
        .isEqualTo("3/3 required gold events");
    assertThat(report.score("event precision").value()).isEqualTo(1.0);
    assertThat(report.score("event killed exact").value()).isEqualTo(1.0);
  }
}
