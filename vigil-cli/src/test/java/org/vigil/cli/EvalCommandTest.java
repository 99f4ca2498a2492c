package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.vigil.testing.SharedData;

class EvalCommandTest {

  @Test
  void printsOneLinePerFigureForTheDevArticle() {
    CommandRun run = CommandRun.vigil("eval", SharedData.path("dev").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("quote speaker accuracy +1\\.000 +9/9 gold quotes")
        .containsPattern("published date +1\\.000")
        .containsPattern("event recall +1\\.000 +3/3 required gold events");
  }

  @Test
  void writesTheReportsAsJson() throws IOException {
    CommandRun run = CommandRun.vigil("eval", "--json",
        SharedData.path("dev/afp-idlib-2020.gold.json").toString());
    JsonNode reports = new ObjectMapper().readTree(run.out());
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).path("scores")).anySatisfy(s -> {
      assertThat(s.path("name").asText()).isEqualTo("people ages");
      assertThat(s.path("value").asDouble()).isEqualTo(1.0);
    });
  }

  @Test
  void scoresOneHalfOfASetWhenAsked() {
    CommandRun run = CommandRun.vigil("eval", "--half", "odd",
        SharedData.path("dev/fakes-events.jsonl").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("fakes-events.jsonl (odd half)")
        .containsPattern("reported event recall +\\S+ +\\d+/\\d+ gold reported events");
    CommandRun wrong = CommandRun.vigil("eval", "--half", "both",
        SharedData.path("dev").toString());
    assertThat(wrong.code()).isNotZero();
    assertThat(wrong.err()).contains("--half").contains("'both' is neither even nor odd");
  }

  @Test
  void anUnknownGoldFormatIsANamedError() {
    CommandRun run = CommandRun.vigil("eval", SharedData.path("README.md").toString());
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("README.md").contains("no gold format recognised");
  }
}
