package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.StandardPipeline;
import org.vigil.document.Document;
import org.vigil.geo.TestGazetteer;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.Facts;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.TestPipeline;

/** What the event extractor adds to the cost of an article, beside CoreNLP and the others. */
class EventExtractorCostTest {

  @Test
  void costsAFewMillisecondsPerArticle() {
    List<Extractor> before = StandardPipeline.extractors(TestGazetteer.gazetteer());
    EventExtractor events = new EventExtractor(EventOptions.defaults());
    List<String> texts = FakesCorpus.texts().subList(0, 60);
    long corenlp = 0;
    long others = 0;
    long mine = 0;
    int round = 0;
    for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT
      corenlp = others = mine = 0;
      for (String text : texts) {
        long t0 = System.nanoTime();
        AnnotatedDocument doc = TestPipeline.language().annotate(Document.ofText("t", text));
        long t1 = System.nanoTime();
        Facts facts = new Facts();
        for (Extractor e : before) {
          e.extract(doc, facts);
        }
        long t2 = System.nanoTime();
        events.extract(doc, facts);
        long t3 = System.nanoTime();
        corenlp += t1 - t0;
        others += t2 - t1;
        mine += t3 - t2;
        round++;
      }
    }
    double n = texts.size();
    System.out.printf("per article: corenlp %.1f ms, other extractors %.1f ms, events %.2f ms%n",
        corenlp / n / 1e6, others / n / 1e6, mine / n / 1e6);
    assertThat(mine / n / 1e6).as("ms per article, a catastrophe guard only").isLessThan(100);
    assertThat(round).isEqualTo(120);
  }
}
