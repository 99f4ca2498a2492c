package org.vigil.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.page.PageExtractor;
import org.vigil.pipeline.Facts;
import org.vigil.testing.TestPipeline;

/** The casualty step: each report sentence's figures, read from the report's sentences. */
class CasualtyExtractorTest {

  @Test
  void eachSentenceOfTheReportKeepsItsOwnFiguresButNotTheWarsTotal() {
    String text = "An air strike on a market in Idlib killed 12 civilians on Sunday. Four "
        + "children were also wounded. More than 400,000 people have been killed since "
        + "the war began in 2011.";
    AnnotatedDocument doc = TestPipeline.annotate("casualties", text);
    Facts facts = new Facts();
    new PageExtractor().extract(doc, facts);
    new CasualtyExtractor().extract(doc, facts);
    SentenceTolls tolls = facts.get(CasualtyExtractor.TOLLS);

    List<CasualtyMention> first = tolls.of(0);
    assertThat(first).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CasualtyMention.Kind.KILLED);
      assertThat(c.count().best()).isEqualTo(12);
    });
    assertThat(tolls.of(1)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CasualtyMention.Kind.INJURED);
      assertThat(c.count().best()).isEqualTo(4);
    });
    assertThat(tolls.of(2)).isEmpty();
  }
}
