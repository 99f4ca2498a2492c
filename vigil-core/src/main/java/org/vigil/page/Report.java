package org.vigil.page;

import java.util.List;
import java.util.regex.Pattern;
import org.vigil.model.Span;

/**
 * The report inside a web page: its sentences, without the related news the page ends with and
 * split after each photo credit run into the text, and the credits that close photo captions.
 * Offsets are the document's: the page is marked, never cut, so every span still points into
 * the record's text.
 *
 * @param sentences the report's sentences, in text order
 * @param captionCredits "(Reuters)", "(TRT World and Agencies)": credits that may close a caption
 */
public record Report(List<Span> sentences, List<Span> captionCredits) {

  /** What may stand between a caption's last words and its credit: "2016. (Reuters)". */
  private static final Pattern BEFORE_CREDIT = Pattern.compile("\\.?\\s*");
  /** How far after a caption's date its credit may end. */
  private static final int CREDIT_REACH = 60;

  public Report {
    sentences = List.copyOf(sentences);
    captionCredits = List.copyOf(captionCredits);
  }

  /**
   * Whether the words at {@code span} of {@code text} end a photo caption ("... in Idlib
   * province Syria August 6 2016. (Reuters)"): a date there dates the picture, often of an
   * older strike, not the report's incident.
   */
  public boolean endsCaption(String text, Span span) {
    for (Span credit : captionCredits) {
      if (credit.start() >= span.end() && credit.end() <= span.end() + CREDIT_REACH
          && BEFORE_CREDIT.matcher(text.substring(span.end(), credit.start())).matches()) {
        return true;
      }
    }
    return false;
  }
}
