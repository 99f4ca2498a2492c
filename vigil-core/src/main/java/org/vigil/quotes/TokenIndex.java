package org.vigil.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;

/**
 * The tokens of one document with the lookups the people and quote rules share: token at a
 * character, text of a token range, which quotation a token sits in, and whether a name
 * stands in subject position.
 *
 * <p>Built per document and never shared between threads.
 */
public final class TokenIndex {
  private final String text;
  private final List<CoreLabel> tokens;
  private final int[] begins;
  private final int[] quoteOf;
  private final List<Span> quotes;

  public TokenIndex(AnnotatedDocument doc, List<Span> quotes) {
    this.text = doc.text();
    this.tokens = doc.tokens();
    this.quotes = List.copyOf(quotes);
    this.begins = new int[tokens.size()];
    this.quoteOf = new int[tokens.size()];
    int q = 0;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      begins[i] = t.beginPosition();
      while (q < quotes.size() && quotes.get(q).end() <= t.beginPosition()) {
        q++;
      }
      quoteOf[i] = q < quotes.size() && quotes.get(q).start() <= t.beginPosition()
          && t.endPosition() <= quotes.get(q).end() ? q : -1;
    }
  }

  public int size() {
    return tokens.size();
  }

  public CoreLabel token(int i) {
    return tokens.get(i);
  }

  public String text() {
    return text;
  }

  public List<Span> quotes() {
    return quotes;
  }

  /** The index of the token covering character {@code offset}, or -1 when it falls between tokens. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = begins.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && offset < tokens.get(found).endPosition() ? found : -1;
  }

  /** The first token starting at or after character {@code offset} (size() when none). */
  public int tokenFrom(int offset) {
    int lo = 0;
    int hi = begins.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The text from token {@code from} to the end of token {@code to - 1}. */
  public String text(int from, int to) {
    return text.substring(tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
  }

  public Span span(int from, int to) {
    return new Span(tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
  }

  public boolean inQuote(int i) {
    return quoteOf[i] >= 0;
  }

  /** The index in {@link #quotes()} of the quotation holding token {@code i}, or -1. */
  public int quoteOf(int i) {
    return quoteOf[i];
  }

  public int sentence(int i) {
    return tokens.get(i).sentIndex();
  }

  /**
   * Whether the name on tokens {@code [from, to)} is the subject of a clause: followed (past
   * an appositive between commas) by a finite verb, or following a verb in the inverted
   * {@code "…," said Name} order. Without a parser this keeps "his enmity towards Soleimani is"
   * out, since a name after a preposition or a verb is an object.
   */
  public boolean isSubject(int from, int to) {
    if (from > 0) {
      int p = from - 1;
      while (p > 0 && p > from - 5 && isNominalModifier(tokens.get(p))) {
        p--; // "said displaced Aleppo native Abu Ahmed"
      }
      if (tokens.get(p).tag().startsWith("VB")) {
        return p >= 1 && isQuoteOrComma(tokens.get(p - 1));
      }
      String tag = tokens.get(from - 1).tag();
      if (tag.equals("IN") || tag.equals("TO") || tag.equals("POS")) {
        return false;
      }
    }
    int next = to;
    if (next < tokens.size() && tokens.get(next).tag().equals("POS")) {
      return false;
    }
    if (next < tokens.size() && isOpenParen(tokens.get(next))) {
      while (next < Math.min(tokens.size() - 1, to + 8) && !isCloseParen(tokens.get(next))) {
        next++;
      }
      next++; // "Sen. Claire McCaskill (D-Mo.) scolded him"
    }
    boolean apposition = false;
    if (next < tokens.size() && tokens.get(next).word().equals(",")) {
      int close = next + 1;
      while (close < Math.min(tokens.size(), next + 16) && !tokens.get(close).word().equals(",")) {
        close++;
      }
      next = close + 1;
      apposition = true;
    }
    while (next < tokens.size() && (tokens.get(next).tag().startsWith("RB") || isWhen(next))) {
      next++; // "The Security Council on Friday made …"
    }
    if (next >= tokens.size()) {
      return false;
    }
    String tag = tokens.get(next).tag();
    // After an appositive a past tense is often tagged VBN: "Roy Cooper (D), …, called".
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
        || (apposition && tag.equals("VBN"));
  }

  /** The token left of a parenthesis ending at {@code j}, or {@code j} when there is none. */
  public int skipParenthesis(int j, int lo) {
    if (j < lo || !isCloseParen(tokens.get(j))) {
      return j;
    }
    int k = j - 1;
    while (k >= lo && k > j - 10 && !isOpenParen(tokens.get(k))) {
      k--;
    }
    return k >= lo && isOpenParen(tokens.get(k)) ? k - 1 : j;
  }

  private static boolean isOpenParen(CoreLabel t) {
    return t.word().equals("-LRB-") || t.word().equals("(") || t.tag().equals("-LRB-");
  }

  private static boolean isCloseParen(CoreLabel t) {
    return t.word().equals("-RRB-") || t.word().equals(")") || t.tag().equals("-RRB-");
  }

  private boolean isWhen(int i) {
    CoreLabel t = tokens.get(i);
    String ner = t.ner();
    if ("DATE".equals(ner) || "TIME".equals(ner)) {
      return true;
    }
    return t.tag().equals("IN") && i + 1 < tokens.size()
        && ("DATE".equals(tokens.get(i + 1).ner()) || "TIME".equals(tokens.get(i + 1).ner()));
  }

  private static boolean isNominalModifier(CoreLabel t) {
    String tag = t.tag();
    return tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("VBN") || tag.equals("DT")
        || tag.equals("HYPH") || tag.equals("CD");
  }

  private static boolean isQuoteOrComma(CoreLabel t) {
    String w = t.word();
    return w.equals(",") || w.equals("''") || w.equals("``") || w.equals("\"");
  }
}
