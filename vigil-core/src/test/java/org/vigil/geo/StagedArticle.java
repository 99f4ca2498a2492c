package org.vigil.geo;

import java.util.List;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.document.Document;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.Dateline;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Facts;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/**
 * A real article read through each stage of {@link ToponymResolver}, in order, so that a
 * stage's test can look at what that stage made of it. Every stage gets what the stages before
 * it made, as in the resolver.
 */
final class StagedArticle {
  final String text;
  final AnnotatedDocument doc;
  final Dateline dateline;
  final List<Toponym> toponyms;
  /** {@link CandidateLookup}: what the gazetteer offers each toponym. */
  final List<Candidates> found;
  /** {@link ArticleFocus}. */
  final ArticleFocus focus;
  /** {@link FocusFilter}: the candidates the focus leaves. */
  final List<Candidates> candidates;
  /** {@link ToponymLinks}. */
  final ToponymLinks links;
  /** {@link PlaceChoice}. */
  final GazetteerEntry[] chosen;
  /** {@link ChoiceReview}: the choices left. */
  final GazetteerEntry[] reviewed;

  private StagedArticle(Document document) {
    GeoNamesGazetteer gazetteer = TestGazetteer.gazetteer();
    PlaceOptions options = PlaceOptions.defaults();
    text = document.text();
    doc = TestPipeline.language().annotate(document);
    Facts facts = new Facts();
    new DatelineExtractor(DatelineOptions.defaults()).extract(doc, facts);
    dateline = facts.get(Facts.DATELINE);
    toponyms = new ToponymFinder(gazetteer, options).find(doc, dateline);
    CandidateLookup lookup = new CandidateLookup(gazetteer, options);
    found = lookup.lookup(toponyms);
    focus = ArticleFocus.read(toponyms, found, dateline, doc, gazetteer);
    candidates = new FocusFilter(lookup).filter(toponyms, found, focus);
    links = ToponymLinks.read(toponyms, text, new Containment(gazetteer));
    chosen = PlaceChoice.choose(toponyms, candidates, focus, links);
    reviewed = ChoiceReview.review(toponyms, candidates, focus, links, chosen, text);
  }

  static StagedArticle of(Document document) {
    return new StagedArticle(document);
  }

  /** GeoWebNews document {@code n}. */
  static StagedArticle geoWebNews(int n) {
    return of(Document.ofText("geo-" + n, SharedData.read("geo/GeoWebNews/" + n)));
  }

  /** The FA-KES article holding {@code passage}. */
  static StagedArticle fakes(String passage) {
    String text = FakesCorpus.texts().stream().filter(t -> t.contains(passage)).findFirst()
        .orElseThrow(() -> new AssertionError("no FA-KES article holds " + passage));
    return of(Document.ofText("fakes", text));
  }

  /** The AFP dispatch from Qah, Syria. */
  static StagedArticle afp() {
    return of(Document.ofText("afp", SharedData.read("dev/afp-idlib-2020.txt")));
  }

  /** The index of the first toponym written {@code name}; fails when there is none. */
  int index(String name) {
    return index(name, 0);
  }

  /** The index of the first toponym written {@code name} at or after {@code from} in the text. */
  int index(String name, int from) {
    for (int i = 0; i < toponyms.size(); i++) {
      Toponym t = toponyms.get(i);
      if (t.span().start() >= from && t.span().of(text).equals(name)) {
        return i;
      }
    }
    throw new AssertionError(name + " after " + from + " is no toponym of " + toponyms);
  }

  /** The index of toponym {@code name} inside the first {@code passage} of the text. */
  int index(String name, String passage) {
    int at = text.indexOf(passage);
    if (at < 0) {
      throw new AssertionError("the text lacks " + passage);
    }
    return index(name, at);
  }
}
