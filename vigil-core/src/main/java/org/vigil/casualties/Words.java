package org.vigil.casualties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.tables.WordLists;

/**
 * A sentence cut into words with their character offsets, lower-cased for matching.
 *
 * <p>Casualty phrases are read on these plain words rather than CoreNLP tokens: hyphenated
 * forms such as "five-month-old" and "twenty-two" stay one word, and the reader can be tested
 * on a sentence alone, without loading models.
 */
public final class Words {

  /** One word: its text as written, lower-cased, and its span in the document. */
  public record Word(String text, String lower, int start, int end) {}

  private static final WordLists WORDS =
      WordLists.load(Words.class, "glued-words.tsv", Set.of("glued"));

  /** Words that a lost space glued on with a dash ("Monday-and", "injured-when"). */
  private static final String GLUE = "(?:" + WORDS.alternation("glued") + ")";

  private static final Pattern WORD = Pattern.compile(
      "\\d{1,3}(?:,\\d{3})+|[\\p{L}\\p{N}]+(?:['’\\-](?!" + GLUE + "\\b)[\\p{L}\\p{N}]+)*"
          + "|[^\\s\\p{L}\\p{N}]");

  private final List<Word> words;

  private Words(List<Word> words) {
    this.words = List.copyOf(words);
  }

  /** Cuts {@code text}, whose first character sits at {@code offset} of the document. */
  public static Words of(String text, int offset) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(m.group(), m.group().toLowerCase(Locale.ROOT).replace('’', '\''),
          offset + m.start(), offset + m.end()));
    }
    return new Words(out);
  }

  public int size() {
    return words.size();
  }

  public Word get(int i) {
    return words.get(i);
  }

  /** The lower-cased word at {@code i}, or "" outside the sentence. */
  public String lower(int i) {
    return i >= 0 && i < words.size() ? words.get(i).lower() : "";
  }

  /** Whether the words from {@code i} on read {@code phrase} (space-separated, lower case). */
  public boolean at(int i, String phrase) {
    String[] parts = phrase.split(" ");
    for (int k = 0; k < parts.length; k++) {
      if (!lower(i + k).equals(parts[k])) {
        return false;
      }
    }
    return true;
  }

  public List<Word> list() {
    return words;
  }

  /**
   * The characters of words {@code from} to {@code to} (exclusive), for evidence: at least the
   * word at {@code from}, at most up to the sentence's last word.
   */
  Span span(int from, int to) {
    int last = Math.min(Math.max(to, from + 1), words.size()) - 1;
    return new Span(words.get(from).start(), words.get(last).end());
  }
}
