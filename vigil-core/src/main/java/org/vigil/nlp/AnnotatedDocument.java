package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.vigil.document.Document;
import org.vigil.model.Span;

/**
 * A document with its CoreNLP annotation, and the lookups extractors share: sentences, tokens
 * and named-entity mentions with their character spans.
 *
 * <p>Read-only for extractors: they add facts to {@code Facts}, never to the annotation.
 */
public final class AnnotatedDocument {

  /** A named-entity mention as CoreNLP tagged it. */
  public record Mention(String text, String ner, Span span, int sentence) {}

  private final Document document;
  private final Annotation annotation;
  private final List<CoreMap> sentences;
  private final List<CoreLabel> tokens;
  private final List<Mention> mentions;

  AnnotatedDocument(Document document, Annotation annotation) {
    this.document = document;
    this.annotation = annotation;
    this.sentences = List.copyOf(annotation.get(CoreAnnotations.SentencesAnnotation.class));
    this.tokens = List.copyOf(annotation.get(CoreAnnotations.TokensAnnotation.class));
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreMap> ms = sentences.get(i).get(CoreAnnotations.MentionsAnnotation.class);
      if (ms == null) {
        continue;
      }
      for (CoreMap m : ms) {
        int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        found.add(new Mention(document.text().substring(b, e),
            m.get(CoreAnnotations.NamedEntityTagAnnotation.class), new Span(b, e), i));
      }
    }
    this.mentions = List.copyOf(found);
  }

  public Document document() {
    return document;
  }

  public String text() {
    return document.text();
  }

  /** The raw CoreNLP annotation, for extractors that run CoreNLP components of their own. */
  public Annotation annotation() {
    return annotation;
  }

  public List<CoreMap> sentences() {
    return sentences;
  }

  public List<CoreLabel> tokens() {
    return tokens;
  }

  public List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }

  public List<Mention> mentions() {
    return mentions;
  }

  public Span span(CoreMap sentence) {
    return new Span(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  public static Span span(CoreLabel token) {
    return new Span(token.beginPosition(), token.endPosition());
  }

  /** The index in {@link #tokens()} of the token covering character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CoreLabel t = tokens.get(mid);
      if (offset < t.beginPosition()) {
        hi = mid - 1;
      } else if (offset >= t.endPosition()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The index of the sentence holding character {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = span(sentences.get(mid));
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
