package org.vigil.dateline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.model.Dateline;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;
import org.vigil.tables.CalendarWords;

/**
 * Finds the dateline near the top of a report: the wire form {@code QAH (Syria) (AFP) –},
 * {@code BEIRUT, Jan 5 (Reuters) -}, {@code DAMASCUS —}, and the date headers web pages print
 * ({@code Wed 05 Apr 2017}, {@code Published August 3 2015}, {@code Monitor AFP Saturday 2 Jul
 * 2016}).
 *
 * <p>Reads only the text, not the annotation: CoreNLP tags an all-caps "QAH" as nothing at
 * all, and the wire shape is regular enough to read directly.
 */
public final class DatelineExtractor implements Extractor {

  private static final String MONTH_DAY = "(?:"
      + CalendarWords.capitalised(CalendarWords.monthShortForms()) + ")[a-z]*\\.?\\s+\\d{1,2}";
  /** An all-caps place: "QAH", "DEIR EZ-ZOR", "AL-BAB". */
  private static final String CAPS_PLACE =
      "[A-Z][A-Z'’.\\-]*[A-Z](?:[ \\-][A-Z][A-Z'’.\\-]*[A-Z]){0,3}";
  private static final String TITLE_PLACE = "[A-Z][a-z'’\\-]+(?: [A-Z][a-z'’\\-]+){0,2}";
  private static final Pattern ARABIC_ARTICLE =
      Pattern.compile("(?<= )(Al|El|Ez|Az|As|Ar|Ash|Ad)-");

  private final DatelineOptions options;
  private final Pattern wire;
  private final Pattern titleCaseWire;
  private final Pattern agencyThenDate;
  private final Pattern capsAfterDate;

  public DatelineExtractor(DatelineOptions options) {
    this.options = options;
    String agencies = options.agencies().stream().map(Pattern::quote)
        .collect(Collectors.joining("|"));
    this.wire = Pattern.compile(
        "(?m)^[ \\t]*(?<place>" + CAPS_PLACE + ")" + tail("[A-Za-z][A-Za-z .&\\-]{0,30}", "?"));
    // Mixed-case places only count when a known agency in parentheses marks the dateline.
    this.titleCaseWire = Pattern.compile(
        "(?m)^[ \\t]*(?<place>" + TITLE_PLACE + ")" + tail(agencies, ""));
    this.agencyThenDate = Pattern.compile("\\b(?<agency>" + agencies + ")\\s+(?=\\S)");
    this.capsAfterDate = Pattern.compile("\\s*(?<place>" + CAPS_PLACE + ")(?=\\s+[A-Z][a-z])");
  }

  /**
   * What may follow the place: "(Syria)", ", Syria", ", Wash." or ", N.C." (the wire's state
   * abbreviations), ", Jan 5", "(AFP)", then a dash.
   */
  private static String tail(String agency, String agencyOptional) {
    return "(?:\\s*\\((?<country>[A-Z][A-Za-z .'\\-]{1,30})\\))?"
        + "(?:,\\s*(?<country2>[A-Z][a-z]+(?: [A-Z][a-z]+)?\\.?|[A-Z]\\.(?:[A-Z]\\.)+)"
        + "(?=[,\\s(]))?"
        + "(?:,\\s*" + MONTH_DAY + ")?"
        + "\\s*(?:\\((?<agency>" + agency + ")\\))" + agencyOptional
        + "\\s*(?<dash>[-–—]+)";
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.DATELINE);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    Dateline found = find(doc.text());
    if (found != null) {
      facts.put(Facts.DATELINE, found);
    }
  }

  /** The dateline of {@code text}, or null. */
  public Dateline find(String text) {
    int head = Math.min(text.length(), options.searchChars());
    Dateline wired = wireDateline(text, head);
    HeaderDate.Found header = headerDate(text, head);
    if (wired != null) {
      if (wired.date() == null && header != null && header.end() <= wired.span().start()) {
        return new Dateline(wired.text(), wired.placeName(), wired.country(), null,
            wired.agency(), header.date().toString(), new Span(header.start(),
                wired.span().end()));
      }
      return wired;
    }
    if (header == null) {
      return null;
    }
    return headerDateline(text, head, header);
  }

  private Dateline wireDateline(String text, int head) {
    for (Pattern p : new Pattern[] {wire, titleCaseWire}) {
      Matcher m = p.matcher(text).region(0, head);
      while (m.find()) {
        String place = m.group("place");
        // A lone two-letter capital word is an initialism or a pronoun, not a place.
        if (place.length() < 3 || isAgency(place)) {
          continue;
        }
        String agency = m.group("agency");
        if (agency != null && p == wire && !isAgency(agency) && m.group("country") == null) {
          // "(Syria)" alone in the last parentheses: a country, not an agency.
          agency = null;
        }
        int end = m.start("dash");
        while (end > m.start("place") && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        String country = m.group("country") != null ? m.group("country") : m.group("country2");
        if (agency == null && m.group("country") != null && isAgency(m.group("country"))) {
          agency = m.group("country");
          country = m.group("country2");
        }
        return new Dateline(text.substring(m.start("place"), end), titleCase(place), country,
            null, agency, null, new Span(m.start("place"), end));
      }
    }
    return null;
  }

  /** A date header at the very start of the text or of its first lines, or after an agency. */
  private HeaderDate.Found headerDate(String text, int head) {
    int lineStart = 0;
    for (int line = 0; line < 4 && lineStart < head; line++) {
      HeaderDate.Found f = HeaderDate.at(text, lineStart, head);
      if (f != null) {
        return f;
      }
      int nl = text.indexOf('\n', lineStart);
      if (nl < 0 || nl >= head) {
        break;
      }
      lineStart = nl + 1;
    }
    Matcher m = agencyThenDate.matcher(text).region(0, head);
    while (m.find()) {
      HeaderDate.Found f = HeaderDate.at(text, m.end(), head);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private Dateline headerDateline(String text, int head, HeaderDate.Found header) {
    String agency = null;
    int start = header.start();
    Matcher before = agencyThenDate.matcher(text).region(Math.max(0, start - 40), start)
        .useTransparentBounds(true);
    while (before.find()) {
      if (before.end() == start) {
        agency = before.group("agency");
        start = before.start();
      }
    }
    String place = null;
    int end = header.end();
    Matcher caps = capsAfterDate.matcher(text).region(header.end(), head);
    if (caps.lookingAt() && !isAgency(caps.group("place")) && caps.group("place").length() > 2) {
      place = titleCase(caps.group("place"));
      end = caps.end();
    }
    return new Dateline(text.substring(start, end), place, null, null, agency,
        header.date().toString(), new Span(start, end));
  }

  private boolean isAgency(String s) {
    return options.agencies().stream().anyMatch(a -> a.equalsIgnoreCase(s.trim()));
  }

  static String titleCase(String caps) {
    StringBuilder out = new StringBuilder(caps.length());
    boolean start = true;
    for (char c : caps.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '\'' || c == '’';
    }
    // Inside a name the Arabic article is lower case: "DEIR EZ-ZOR" reads "Deir ez-Zor".
    Matcher m = ARABIC_ARTICLE.matcher(out);
    StringBuilder named = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(named, m.group(1).toLowerCase(Locale.ROOT) + "-");
    }
    m.appendTail(named);
    return named.toString();
  }
}
