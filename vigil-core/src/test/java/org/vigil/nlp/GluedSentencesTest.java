package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.TestPipeline;

class GluedSentencesTest {

  @Test
  void aFullStopGluedToTheNextSentenceEndsItAndOffsetsStayOnTheGivenText() {
    // FA-KES: "supported by Al-Nusra terrorists and some extremist groups coming from
    // Turkey.The town is highly valued as a logistical supply route"
    String text = FakesCorpus.textContaining("coming from Turkey.The town");
    AnnotatedDocument doc = TestPipeline.annotate("fakes", text);
    assertThat(doc.text()).isEqualTo(text);
    int at = text.indexOf("Turkey.The");
    CoreLabel turkey = doc.tokens().get(doc.tokenAt(at));
    assertThat(turkey.word()).isEqualTo("Turkey");
    assertThat(AnnotatedDocument.span(turkey).of(text)).isEqualTo("Turkey");
    CoreLabel the = doc.tokens().get(doc.tokenAt(at + "Turkey.".length()));
    assertThat(AnnotatedDocument.span(the).of(text)).isEqualTo("The");
    assertThat(doc.sentenceAt(at)).isLessThan(doc.sentenceAt(at + "Turkey.".length()));
    for (CoreLabel t : doc.tokens()) {
      assertThat(AnnotatedDocument.span(t).of(text)).isEqualTo(t.originalText());
    }
  }

  @Test
  void aTitleOrAnInitialBeforeANameGluesNothing() {
    String text = "Gen.Qassem met G.Sudhakaran and B.Ed students in Aleppo.";
    assertThat(GluedSentences.of(text).text()).isEqualTo(text);
    assertThat(GluedSentences.of("said.According to police").text())
        .isEqualTo("said. According to police");
  }
}
