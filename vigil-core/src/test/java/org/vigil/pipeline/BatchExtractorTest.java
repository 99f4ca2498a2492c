package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.document.Document;
import org.vigil.document.ReadOutcome;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.testing.TestPipeline;

/** A batch names each failed input and goes on; a failure of the build itself says why. */
class BatchExtractorTest {

  private static final Set<FactKey<?>> NONE = Set.of();

  /** A step that throws {@code error} on every document. */
  private record Failing(Throwable error) implements Extractor {
    @Override
    public Set<FactKey<?>> requires() {
      return NONE;
    }

    @Override
    public Set<FactKey<?>> provides() {
      return NONE;
    }

    @Override
    public void extract(AnnotatedDocument doc, Facts facts) {
      if (error instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) error;
    }
  }

  private static List<ReadOutcome> inputs() {
    return List.of(new ReadOutcome.Read(Document.ofText("a.txt", "Shelling hit Idlib.")),
        new ReadOutcome.Read(Document.ofText("b.txt", "Clashes in Aleppo.")));
  }

  @Test
  void anInputWhoseExtractionThrowsFailsAloneNamingItself() {
    BatchExtractor batch = new BatchExtractor(new Pipeline(TestPipeline.language(),
        List.of(new Failing(new IllegalArgumentException("no verb")))), 2);
    List<BatchExtractor.Outcome> out = new ArrayList<>();
    batch.run(inputs().iterator(), out::add);
    assertThat(out).extracting(BatchExtractor.Outcome::input).containsExactly("a.txt", "b.txt");
    assertThat(out).allSatisfy(o -> assertThat(((BatchExtractor.Failed) o).reason())
        .contains("no verb"));
  }

  @Test
  void aRuleTableThatFailsToLoadStopsTheBatchNamingTheFileAndLine() {
    // A table is read once, when its class loads: the error comes wrapped in an
    // ExceptionInInitializerError, and the message must still reach the user.
    Throwable broken = new ExceptionInInitializerError(new IllegalStateException(
        "event-phrases.tsv:93: 'second-act' is not one of [further]"));
    BatchExtractor batch = new BatchExtractor(new Pipeline(TestPipeline.language(),
        List.of(new Failing(broken))), 2);
    assertThatThrownBy(() -> batch.run(inputs().iterator(), o -> { }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("event-phrases.tsv:93: 'second-act' is not one of [further]");
  }
}
