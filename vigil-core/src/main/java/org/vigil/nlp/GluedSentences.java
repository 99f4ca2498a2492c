package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * Sentences a lost space glued together on a full stop ("some extremist groups coming from
 * Turkey.The town is highly valued"): CoreNLP reads "Turkey.The" as one word, so the two
 * sentences run on and a place is named "Turkey.The". The language layer reads a copy of the
 * text with a space after each such stop, then puts every offset back on the text as given,
 * which the record keeps unchanged.
 */
final class GluedSentences {
  private static final Set<String> ABBREVIATIONS = abbreviations();

  /** A word of three or more letters or digits, a full stop, and a capitalised word. */
  private static final Pattern GLUED =
      Pattern.compile("(?<![\\p{L}\\d.@/])([\\p{L}\\d]{2,}[\\p{Ll}\\d])\\.(?=\\p{Lu}\\p{Ll}+\\b)");

  /**
   * The words before which a full stop ends no sentence: the abbreviated titles the people
   * extractor reads before a name ("Gen.", "Capt.", in people/titles.tsv), and the other
   * abbreviations of glued-sentences.tsv; each without its full stop.
   */
  private static Set<String> abbreviations() {
    Set<String> out = new HashSet<>(WordLists.load(GluedSentences.class,
        "glued-sentences.tsv", Set.of("abbreviation")).set("abbreviation"));
    WordLists titles = WordLists.load(GluedSentences.class, "/org/vigil/people/titles.tsv",
        Set.of("honorific", "title"));
    for (String list : List.of("honorific", "title")) {
      titles.set(list).stream().filter(w -> w.endsWith("."))
          .forEach(w -> out.add(w.substring(0, w.length() - 1)));
    }
    return Set.copyOf(out);
  }

  private final String text;
  /** For each character of {@link #text} and its end, the offset in the text as given. */
  private final int[] given;

  private GluedSentences(String text, int[] given) {
    this.text = text;
    this.given = given;
  }

  /** The text with a space after each glued full stop; {@code text} itself if there is none. */
  static GluedSentences of(String text) {
    List<Integer> stops = new ArrayList<>();
    Matcher m = GLUED.matcher(text);
    while (m.find()) {
      if (!ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        stops.add(m.end()); // just after the full stop
      }
    }
    if (stops.isEmpty()) {
      return new GluedSentences(text, null);
    }
    StringBuilder out = new StringBuilder(text.length() + stops.size());
    int[] given = new int[text.length() + stops.size() + 1];
    int next = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (next < stops.size() && stops.get(next) == i) {
        given[out.length()] = i; // the added space stands where the next word begins
        out.append(' ');
        next++;
      }
      given[out.length()] = i;
      if (i < text.length()) {
        out.append(text.charAt(i));
      }
    }
    return new GluedSentences(out.toString(), given);
  }

  /** The text for CoreNLP to read. */
  String text() {
    return text;
  }

  /**
   * Puts the offsets of {@code annotation}, made from {@link #text()}, back on {@code
   * givenText}: of its tokens, its sentences and their entity mentions.
   */
  void restore(Annotation annotation, String givenText) {
    if (given == null) {
      return;
    }
    annotation.set(CoreAnnotations.TextAnnotation.class, givenText);
    for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      t.setBeginPosition(given[t.beginPosition()]);
      t.setEndPosition(given[t.endPosition()]);
    }
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      restoreSpan(s);
      s.set(CoreAnnotations.TextAnnotation.class, givenText.substring(
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
      List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions != null) {
        mentions.forEach(this::restoreSpan);
      }
    }
  }

  private void restoreSpan(CoreMap m) {
    Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (b != null && e != null) {
      m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, given[b]);
      m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, given[e]);
    }
  }
}
