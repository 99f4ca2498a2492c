package org.vigil.document;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * Refuses text that is no English news article before the language layer spends time on it:
 * empty, too large, or in another language.
 *
 * <p>Language is judged by the share of common English function words among the words, which
 * is 35–50% in English news and near zero in other languages; a short text passes, since a
 * headline is too little to judge.
 */
public final class TextChecks {

  private static final Set<String> FUNCTION_WORDS = WordLists.load(TextChecks.class,
      "function-words.tsv", Set.of("function-word")).set("function-word");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_WORDS_TO_JUDGE = 25;
  private static final double MIN_ENGLISH_SHARE = 0.12;

  private final long maxChars;

  /** @param maxChars the largest text accepted; a news article is rarely over 100,000 */
  public TextChecks(long maxChars) {
    this.maxChars = maxChars;
  }

  public void check(String input, String text) throws BadInputException {
    if (text.isBlank()) {
      throw new BadInputException(input, "empty: no text to extract from");
    }
    if (text.length() > maxChars) {
      throw new BadInputException(input, String.format(
          "too large: %,d characters, over the limit of %,d (raise it with --max-chars)",
          text.length(), maxChars));
    }
    int words = 0;
    int english = 0;
    int latin = 0;
    Matcher m = WORD.matcher(text);
    while (m.find() && words < 5000) {
      String w = m.group();
      words++;
      if (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN) {
        latin++;
      }
      if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    if (words >= MIN_WORDS_TO_JUDGE && english < MIN_ENGLISH_SHARE * words) {
      String script = latin * 2 < words ? "mostly non-Latin script" : "few English words";
      throw new BadInputException(input, String.format(
          "not English (%s: %d of %d words are common English words); Vigil reads English only",
          script, english, words));
    }
  }
}
