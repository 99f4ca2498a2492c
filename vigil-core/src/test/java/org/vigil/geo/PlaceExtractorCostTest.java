package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.document.Document;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Facts;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.TestPipeline;

/** What places add to an article's cost, measured on FA-KES articles. */
class PlaceExtractorCostTest {

  @Test
  void costsAFewMillisecondsPerArticleBesideCoreNlp() throws Exception {
    List<String> texts = FakesCorpus.texts().subList(0, 40);
    DatelineExtractor dateline = new DatelineExtractor(DatelineOptions.defaults());
    PlaceExtractor places = new PlaceExtractor(TestGazetteer.gazetteer(), PlaceOptions.defaults());
    long annotateNanos = 0;
    long placeNanos = 0;
    int tokens = 0;
    for (int round = 0; round < 2; round++) { // the first round warms the JIT
      annotateNanos = 0;
      placeNanos = 0;
      tokens = 0;
      for (int i = 0; i < texts.size(); i++) {
        long t0 = System.nanoTime();
        AnnotatedDocument doc = TestPipeline.annotate("fakes-" + i, texts.get(i));
        long t1 = System.nanoTime();
        Facts facts = new Facts();
        dateline.extract(doc, facts);
        places.extract(doc, facts);
        long t2 = System.nanoTime();
        annotateNanos += t1 - t0;
        placeNanos += t2 - t1;
        tokens += doc.tokens().size();
      }
    }
    double placeMs = placeNanos / 1e6 / texts.size();
    double annotateMs = annotateNanos / 1e6 / texts.size();
    System.out.printf("places: %.2f ms/article, CoreNLP: %.0f ms/article, %d tokens/article%n",
        placeMs, annotateMs, tokens / texts.size());
    assertThat(placeMs).isLessThan(annotateMs / 10);

    Pipeline pipeline = new Pipeline(TestPipeline.language(), List.of(dateline, places));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      long t = System.nanoTime();
      List<Future<?>> done = texts.stream().map(text -> pool.submit(
          () -> pipeline.extract(Document.ofText("fakes", text)))).<Future<?>>map(f -> f)
          .toList();
      for (Future<?> f : done) {
        f.get();
      }
      double perSecond = texts.size() / ((System.nanoTime() - t) / 1e9);
      System.out.printf("pipeline with places, 2 threads: %.1f articles/s%n", perSecond);
    } finally {
      pool.shutdown();
    }
  }
}
