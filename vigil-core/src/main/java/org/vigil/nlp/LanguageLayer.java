package org.vigil.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.vigil.document.Document;

/**
 * The one CoreNLP pass every extractor reads: tokens, sentences, part of speech, lemmas and
 * named entities.
 *
 * <p>Loading the models takes seconds and hundreds of megabytes, so build one and share it:
 * {@link #annotate} is safe to call from many threads. Time expressions are not tagged here;
 * the time package runs SUTime itself, once per thread, because SUTime keeps state between
 * documents.
 */
public final class LanguageLayer {
  private final StanfordCoreNLP corenlp;
  private final String description;

  public LanguageLayer(LanguageOptions options) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Headlines and datelines stand on lines of their own: a blank line ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    p.setProperty("pos.maxlen", Integer.toString(options.maxSentenceTokens()));
    p.setProperty("ner.maxlen", Integer.toString(options.maxSentenceTokens()));
    p.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedNer()));
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    this.corenlp = new StanfordCoreNLP(p, false);
    this.description = "corenlp(" + p.getProperty("annotators")
        + (options.fineGrainedNer() ? ",fine-grained" : "") + ")";
  }

  public AnnotatedDocument annotate(Document document) {
    GluedSentences glued = GluedSentences.of(document.text());
    Annotation annotation = new Annotation(glued.text());
    corenlp.annotate(annotation);
    glued.restore(annotation, document.text());
    return new AnnotatedDocument(document, annotation);
  }

  /** What this layer runs, for the record's {@code extractor.pipeline}. */
  public String description() {
    return description;
  }
}
