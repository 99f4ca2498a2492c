package org.vigil.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.document.Document;
import org.vigil.model.Article;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.nlp.LanguageLayer;

/**
 * Turns a document into its article record: one CoreNLP pass, then each extractor in order.
 *
 * <p>Built once (the models take seconds to load) and shared: {@link #extract} is safe to call
 * from many threads. The order of extractors is checked when the pipeline is built, so a
 * missing step fails at start-up, naming the extractor and the fact it lacks.
 */
public final class Pipeline {

  private final LanguageLayer language;
  private final List<Extractor> extractors;
  private final ArticleAssembler assembler;

  public Pipeline(LanguageLayer language, List<Extractor> extractors) {
    this.language = language;
    this.extractors = List.copyOf(extractors);
    checkOrder(this.extractors);
    String steps = language.description() + " > "
        + this.extractors.stream().map(Extractor::name).collect(Collectors.joining(" > "));
    this.assembler = new ArticleAssembler(version(), steps);
  }

  /** Extracts every fact of one document. */
  public Article extract(Document document) {
    return run(document).article();
  }

  /**
   * The facts of one document before assembly, intermediate ones included, for scorers that
   * need more than the record keeps (demonyms, for toponym recall).
   */
  public Facts facts(Document document) {
    return run(document).facts();
  }

  /** Extracts every fact of one document, timing each step. */
  public Extraction run(Document document) {
    long[] nanos = new long[extractors.size() + 1];
    long t0 = System.nanoTime();
    AnnotatedDocument doc = language.annotate(document);
    long t = System.nanoTime();
    nanos[0] = t - t0;
    Facts facts = new Facts();
    for (int i = 0; i < extractors.size(); i++) {
      Extractor e = extractors.get(i);
      facts.enter(e);
      e.extract(doc, facts);
      facts.leave();
      long now = System.nanoTime();
      nanos[i + 1] = now - t;
      t = now;
    }
    return new Extraction(assembler.assemble(document, facts), facts, doc.tokens().size(), nanos);
  }

  /** Names of the timed steps of {@link Extraction#stepNanos()}: the language layer first. */
  public List<String> stepNames() {
    List<String> names = new ArrayList<>();
    names.add("corenlp");
    extractors.forEach(e -> names.add(e.name()));
    return names;
  }

  public List<Extractor> extractors() {
    return extractors;
  }

  static void checkOrder(List<Extractor> extractors) {
    Set<FactKey<?>> available = new HashSet<>();
    for (Extractor e : extractors) {
      for (FactKey<?> needed : e.requires()) {
        if (!available.contains(needed)) {
          throw new PipelineException(e.name() + " requires fact '" + needed
              + "', which no extractor before it provides");
        }
      }
      available.addAll(e.provides());
    }
  }

  /** Vigil's version, from the build. */
  public static String version() {
    try (InputStream in = Pipeline.class.getResourceAsStream("/org/vigil/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

}
