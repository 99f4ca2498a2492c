package org.vigil.page;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;
import org.vigil.tables.PatternTable;

/**
 * Tells the report from the web page around it: the list of related news a page ends with,
 * whose headlines tell of other incidents, and photo captions run into the text. The first step
 * of document cleaning that needs sentences; it marks the page rather than cutting it, so that
 * offsets stay the document's. Stateless: one instance serves every thread.
 */
public final class PageExtractor implements Extractor {

  /** The report the page holds. */
  public static final FactKey<Report> REPORT = FactKey.of("report", Report.class);

  private static final PatternTable MARKS = PatternTable.load(PageExtractor.class,
      "page-boilerplate.tsv", Set.of("related", "photo-credit", "caption-credit", "tags",
          "tags-resume"));
  private static final Pattern RELATED = MARKS.get("related");
  private static final Pattern PHOTO_CREDIT = MARKS.get("photo-credit");
  private static final Pattern CAPTION_CREDIT = MARKS.get("caption-credit");
  private static final Pattern TAGS = MARKS.get("tags");
  private static final Pattern TAGS_RESUME = MARKS.get("tags-resume");

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(REPORT);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    facts.put(REPORT, report(doc));
  }

  /** The report of {@code doc}. */
  public static Report report(AnnotatedDocument doc) {
    String text = doc.text();
    List<Span> credits = new ArrayList<>();
    Matcher credit = CAPTION_CREDIT.matcher(text);
    while (credit.find()) {
      credits.add(new Span(credit.start(), credit.end()));
    }
    return new Report(sentences(doc), credits);
  }

  /**
   * The sentences of the report, in text order: those before the related news (looked for in
   * the page's second half), cut where the list starts, and each split after a photo credit
   * inside it.
   */
  private static List<Span> sentences(AnnotatedDocument doc) {
    String text = doc.text();
    Matcher related = RELATED.matcher(text).region(text.length() / 2, text.length());
    int end = related.find() ? related.start() : text.length();
    List<Span> sentences = new ArrayList<>();
    for (CoreMap s : doc.sentences()) {
      Span span = doc.span(s);
      if (span.start() < end) {
        for (Span part : withoutTags(text, new Span(span.start(), Math.min(span.end(), end)))) {
          sentences.addAll(captionSplit(text, part));
        }
      }
    }
    return sentences;
  }

  /**
   * {@code sentence} without the page's tags inside it ("Tags Syria Hassakeh Kurds Suicide
   * Attack SDF Islamic State"): the words before them and the report's sentence after them,
   * which starts at the last capitalised word of the run when a word in lower case follows.
   */
  private static List<Span> withoutTags(String text, Span sentence) {
    Matcher tags = TAGS.matcher(text).region(sentence.start(), sentence.end());
    if (!tags.find()) {
      return List.of(sentence);
    }
    int resume = tags.end();
    Matcher start = TAGS_RESUME.matcher(text).region(tags.start(), sentence.end());
    if (start.find() && start.start() < tags.end()) {
      resume = start.start() + 1;
    }
    List<Span> out = new ArrayList<>();
    if (!text.substring(sentence.start(), tags.start()).isBlank()) {
      out.add(new Span(sentence.start(), tags.start()));
    }
    if (!text.substring(resume, sentence.end()).isBlank()) {
      out.add(new Span(resume, sentence.end()));
    }
    return out;
  }

  /** {@code sentence}, split after each photo credit inside it. */
  private static List<Span> captionSplit(String text, Span sentence) {
    List<Span> out = new ArrayList<>();
    int from = sentence.start();
    Matcher credit = PHOTO_CREDIT.matcher(text).region(from, sentence.end());
    while (credit.find()) {
      String rest = text.substring(credit.end(), sentence.end());
      if (!rest.isBlank()) {
        out.add(new Span(from, credit.end()));
        from = sentence.end() - rest.stripLeading().length();
      }
    }
    out.add(new Span(from, sentence.end()));
    return out;
  }
}
