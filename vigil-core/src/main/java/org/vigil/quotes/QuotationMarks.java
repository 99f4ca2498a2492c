package org.vigil.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;

/**
 * Finds the outermost double-quoted stretches of a text, curly or straight, marks included.
 *
 * <p>Whether a mark opens or closes is read from its neighbours rather than its shape, because
 * news text mixes straight and curly marks and sometimes uses the wrong curly one. A quote
 * inside a quote stays part of the outer one. An opening mark left open at the end of its
 * paragraph ends there: the newswire convention for a quote running over several paragraphs
 * opens each paragraph again and closes only the last one. A line that opens with a mark
 * while a quote is still open is such a new paragraph too; any other line break inside a
 * quote is a hard wrap.
 */
public final class QuotationMarks {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\n");

  private QuotationMarks() {}

  /** The quoted spans of {@code text} in order, each from its opening mark to its closing one. */
  public static List<Span> find(String text) {
    List<Span> quotes = new ArrayList<>();
    for (Span paragraph : paragraphs(text)) {
      scan(text, paragraph, quotes);
    }
    return quotes;
  }

  /** Paragraphs split at blank lines, or at every line break when the text has no blank line. */
  public static List<Span> paragraphs(String text) {
    Pattern breaks = PARAGRAPH_BREAK.matcher(text).find() ? PARAGRAPH_BREAK : LINE_BREAK;
    List<Span> paragraphs = new ArrayList<>();
    Matcher m = breaks.matcher(text);
    int start = 0;
    while (m.find()) {
      add(text, start, m.start(), paragraphs);
      start = m.end();
    }
    add(text, start, text.length(), paragraphs);
    return paragraphs;
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  private static void scan(String text, Span paragraph, List<Span> out) {
    int depth = 0;
    int open = -1;
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && depth > 0 && opensNextLine(text, i, paragraph)) {
        out.add(new Span(open, trimEnd(text, open, i))); // one quote a line, like a paragraph
        depth = 0;
        continue;
      }
      if (!isDoubleMark(c)) {
        continue;
      }
      boolean opens = opens(text, i, paragraph, depth);
      if (opens) {
        if (depth == 0) {
          open = i;
        }
        depth++;
      } else if (depth > 0) {
        depth--;
        if (depth == 0) {
          out.add(new Span(open, i + 1));
        }
      }
    }
    if (depth > 0) {
      out.add(new Span(open, paragraph.end()));
    }
  }

  private static boolean opensNextLine(String text, int newline, Span paragraph) {
    int j = newline + 1;
    while (j < paragraph.end() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j < paragraph.end() && isDoubleMark(text.charAt(j));
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Words in a quotation, marks aside. */
  static int words(String text, Span s) {
    int n = 0;
    boolean inWord = false;
    for (int i = s.start(); i < s.end(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }

  /** "The Steve Harvey Morning Show,": a few words, each significant one capitalised. */
  static boolean isTitle(String text, Span s) {
    String inner = text.substring(s.start() + 1, Math.max(s.start() + 1, s.end() - 1)).strip();
    String[] words = inner.replaceAll("[,.]$", "").split("\\s+");
    if (words.length > 7 || inner.matches("(?s).*[.?!]\\W*$")) {
      return false;
    }
    for (String w : words) {
      if (w.length() > 3 && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A quotation that is a sentence of its own: capital first, closing punctuation last. */
  static boolean isSentence(String text, Span s) {
    String inner = text.substring(s.start() + 1, Math.max(s.start() + 1, s.end() - 1)).strip();
    return inner.length() > 1 && Character.isUpperCase(inner.charAt(0))
        && ".?!".indexOf(inner.charAt(inner.length() - 1)) >= 0;
  }

  static boolean isDoubleMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  private static boolean opens(String text, int i, Span paragraph, int depth) {
    boolean spaceBefore = i == paragraph.start() || opensContext(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= paragraph.end() || Character.isWhitespace(text.charAt(i + 1));
    if (spaceBefore && !spaceAfter) {
      return true;
    }
    if (!spaceBefore && spaceAfter) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u201E') {
      return true;
    }
    if (c == '\u201D') {
      return false;
    }
    return depth == 0;
  }

  private static boolean opensContext(char before) {
    return Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0;
  }
}
