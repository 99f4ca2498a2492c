package org.vigil.events;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Dateline;
import org.vigil.model.Span;
import org.vigil.model.Timex;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Facts;

/**
 * Tells the report from the web page around it: the list of related news a page ends with,
 * photo captions run into the text, and the dates of captions and datelines, which date no
 * incident.
 *
 * <p>It works on the annotated text, so evidence keeps the offsets of the document; moving
 * it into document cleaning would shift them.
 */
final class PageBoilerplate {

  /**
   * The list of links to other reports a web page ends with, in its second half ("Source
   * TRTWorld and agencies Related News ...", "... 91 Related US-Led Coalition Airstrikes Near
   * Raqqa Killed at Least 84 Civilians"): their headlines tell of other incidents.
   */
  private static final Pattern RELATED = Pattern.compile(
      "\\bRelated News\\b|(?<=[\\d)] )Related\\b");

  /** A photo credit closing a caption: "2016. (Reuters)", "2017 (TRT World and Agencies)". */
  private static final Pattern CAPTION_CREDIT = Pattern.compile(
      "^\\.?\\s*\\((?:[A-Z][\\w.'’-]*(?:\\s+(?:and\\s+|&\\s+)?[A-Z][\\w.'’-]*){0,4})"
          + "(?:\\s+Photo)?\\)");

  /**
   * A photo's credit, where the caption runs into the report: "... attacked a street in Aleppo
   * Syria (AP photo) BEIRUT Air strikes on a market in ... Idlib killed at least 21", "(Reuters
   * Photo)", "(Photo AP)". The report starts a sentence after it.
   */
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "\\((?:[A-Z][\\w.'’-]*\\s+)?[Pp]hoto(?:\\s+[A-Z][\\w.'’-]*)?\\)");

  private PageBoilerplate() {}

  /**
   * The sentences of the report, in text order: those before the related news, cut where the
   * list starts, and each split after a photo credit inside it.
   */
  static List<Span> reportSentences(AnnotatedDocument doc) {
    String text = doc.text();
    Matcher related = RELATED.matcher(text).region(text.length() / 2, text.length());
    int end = related.find() ? related.start() : text.length();
    List<Span> sentences = new ArrayList<>();
    for (CoreMap s : doc.sentences()) {
      Span span = doc.span(s);
      if (span.start() < end) {
        sentences.addAll(captionSplit(text, new Span(span.start(), Math.min(span.end(), end))));
      }
    }
    return sentences;
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

  /**
   * Time expressions that can date an incident: not the dateline's publication date, nor a
   * photo caption's date ("... in Idlib province Syria August 6 2016. (Reuters)"), which
   * dates the picture, often of an older strike.
   */
  static List<Timex> eventTimes(Facts facts, String text) {
    Dateline dateline = facts.get(Facts.DATELINE);
    List<Timex> out = new ArrayList<>();
    for (Timex t : facts.list(Facts.TIMES)) {
      if (t.span() != null && (dateline == null || dateline.span() == null
          || !dateline.span().overlaps(t.span()))
          && !CAPTION_CREDIT.matcher(text.substring(t.span().end(),
              Math.min(text.length(), t.span().end() + 60))).find()) {
        out.add(t);
      }
    }
    return out;
  }
}
