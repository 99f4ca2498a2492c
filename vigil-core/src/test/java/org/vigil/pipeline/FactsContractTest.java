package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.vigil.document.Document;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.testing.TestPipeline;

/**
 * A step reads and writes only what its contract declares, and never over another step's
 * fact: a breach fails the document at once, naming the step and the fact.
 */
class FactsContractTest {

  private static final FactKey<String> NOTE = FactKey.of("note", String.class);
  private static final Document TEXT = Document.ofText("contract",
      "Shelling killed two people in Idlib on Sunday.");

  /** A step of the given contract whose work is {@code body}. */
  private record Step(String name, Set<FactKey<?>> requires, Set<FactKey<?>> provides,
      Consumer<Facts> body) implements Extractor {
    @Override
    public void extract(AnnotatedDocument doc, Facts facts) {
      body.accept(facts);
    }
  }

  private static final Step WRITES_NOTE =
      new Step("Writer", Set.of(), Set.of(NOTE), f -> f.put(NOTE, "written"));

  private static Facts run(Extractor... steps) {
    return new Pipeline(TestPipeline.language(), List.of(steps)).facts(TEXT);
  }

  @Test
  void aStepKeepingItsContractRuns() {
    Step reads = new Step("Reader", Set.of(NOTE), Set.of(), f -> f.get(NOTE));
    assertThat(run(WRITES_NOTE, reads).get(NOTE)).isEqualTo("written");
  }

  @Test
  void writingAnUndeclaredFactFailsNamingTheStepAndTheFact() {
    Step sneaky = new Step("Sneaky", Set.of(), Set.of(), f -> f.put(NOTE, "x"));
    assertThatThrownBy(() -> run(sneaky)).isInstanceOf(PipelineException.class)
        .hasMessage("Sneaky writes fact 'note', which it does not declare in provides()");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void writingAValueOfTheWrongTypeFailsNamingTheStepTheFactAndTheType() {
    // What an unchecked cast lets through: places written as strings, a note as a number.
    Step mixer = new Step("Mixer", Set.of(), Set.of(Facts.PLACES),
        f -> f.put((FactKey) Facts.PLACES, List.of("Idlib")));
    assertThatThrownBy(() -> run(mixer)).isInstanceOf(PipelineException.class)
        .hasMessage("Mixer writes fact 'places' as a list holding a String at 0, not a "
            + "List<Place>");
    Step counter = new Step("Counter", Set.of(), Set.of(NOTE), f -> f.put((FactKey) NOTE, 3));
    assertThatThrownBy(() -> run(counter))
        .hasMessage("Counter writes fact 'note' as an Integer, not a String");
    assertThat(Facts.EVENTS.typeName()).isEqualTo("List<Event>");
  }

  @Test
  void readingAnUndeclaredFactFailsNamingTheStepAndTheFact() {
    Step peeker = new Step("Peeker", Set.of(), Set.of(), f -> f.get(NOTE));
    assertThatThrownBy(() -> run(WRITES_NOTE, peeker)).isInstanceOf(PipelineException.class)
        .hasMessage("Peeker reads fact 'note', which it does not declare in requires()");
    Step asks = new Step("Asker", Set.of(), Set.of(), f -> f.has(NOTE));
    assertThatThrownBy(() -> run(WRITES_NOTE, asks))
        .hasMessage("Asker reads fact 'note', which it does not declare in requires()");
  }

  @Test
  void writingOverAnotherStepsFactFails() {
    Step over = new Step("Overwriter", Set.of(NOTE), Set.of(NOTE), f -> f.put(NOTE, "again"));
    assertThatThrownBy(() -> run(WRITES_NOTE, over)).isInstanceOf(PipelineException.class)
        .hasMessage("Overwriter writes fact 'note', which Writer wrote before it");
  }
}
