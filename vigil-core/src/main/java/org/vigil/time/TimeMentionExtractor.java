package org.vigil.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;
import org.vigil.tables.CalendarWords;
import org.vigil.tables.NumberWords;
import org.vigil.tables.PatternTable;
import org.vigil.tables.WordLists;

/**
 * Finds time expressions with SUTime, plus a few phrases it misses, without resolving them: the
 * document date they will be resolved against may itself be inferred from them.
 *
 * <p>Needs the tokens, sentences and POS tags of the language layer; adds {@link #MENTIONS}.
 * SUTime runs directly rather than through the NER layer, which splits and mislabels dates, and
 * only on windows around time words, which keeps it at a fraction of the tagging pass's cost.
 * SUTime keeps state in its rule environment (weekday tags leak between documents, CoreNLP
 * issue #1061), so each thread gets its own instance, and resolution flags are computed here
 * from the clause's tense instead of read from that shared state.
 */
public final class TimeMentionExtractor implements Extractor {

  /** Time expressions found, in text order, unresolved. */
  public static final FactKey<List<TimeMention>> MENTIONS =
      FactKey.listOf("time mentions", TimeMention.class);

  private static final WordLists WORDS = WordLists.load(TimeMentionExtractor.class,
      "time-words.tsv", Set.of("future", "reporting", "scheduling", "deadline", "joint",
          "perfect", "time-word", "ambiguous", "name-head"));
  private static final Set<String> FUTURE_WORDS = WORDS.set("future");
  private static final Set<String> REPORTING = WORDS.set("reporting");
  private static final Set<String> SCHEDULING_WORDS = WORDS.set("scheduling");
  private static final Set<String> DEADLINE_WORDS = WORDS.set("deadline");
  private static final Set<String> JOINTS = WORDS.set("joint");
  private static final Set<String> PERFECT_WORDS = WORDS.set("perfect");
  /** "April 7th Street": a capitalised name head right after a date makes it a name's. */
  private static final Pattern NAME_HEAD = Pattern.compile("\\s+(?:"
      + String.join("|", WORDS.set("name-head").stream()
          .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).sorted().toList())
      + ")\\b");

  private static final PatternTable PHRASES = PatternTable.load(TimeMentionExtractor.class,
      "missed-phrases.tsv", Set.of("missed"));
  private static final Pattern MISSED = PHRASES.get("missed");
  private static final Pattern MID =
      Pattern.compile("(?i)\\bmid-(?:(\\d{4})|(" + String.join("|", CalendarWords.months())
          + "))\\b");
  // Transcripts spell years out; SUTime reads "nineteen ninety-six" as 1990.
  private static final Pattern SPELLED_YEAR = Pattern.compile("(?i)\\bnineteen[- ]"
      + "(?:hundred[- ](?:and[- ])?)?(" + String.join("|", NumberWords.tens()) + ")"
      + "(?:[- ](" + String.join("|", NumberWords.cardinals(1, 9)) + "))?\\b");
  private static final Pattern YEAR_MONTH = Pattern.compile("19\\d\\d(?:-(\\d\\d))?");

  private static final Set<String> TIME_WORDS = timeWords();
  private static final Map<String, Pattern> AMBIGUOUS = ambiguous();
  // Years, clock times, dates in figures, ordinals: "1989", "10:30", "18.10.2014", "3rd", "'80s".
  private static final Pattern TIME_SHAPE = Pattern.compile(
      "^(1[0-9]|20)\\d\\d|\\d[:./]\\d|^\\d+(st|nd|rd|th|s)$|^'\\d0s$|^\\d{1,2}(am|pm|h)$");

  private final TimeOptions options;
  private final ThreadLocal<TimeExpressionExtractorImpl> sutime;

  public TimeMentionExtractor(TimeOptions options) {
    this.options = options;
    this.sutime = ThreadLocal.withInitial(
        () -> new TimeExpressionExtractorImpl("sutime", options.sutimeProperties()));
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(MENTIONS);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    TimeExpressionExtractorImpl extractor = sutime.get();
    List<TimeMention> found = new ArrayList<>();
    List<CoreMap> sentences = doc.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      List<CoreLabel> tokens = doc.tokens(sentence);
      List<TimeMention> sentenceMentions = new ArrayList<>();
      for (int[] w : windows(tokens)) {
        sentenceMentions.addAll(sutime(extractor, doc, i, tokens, w[0], w[1], true));
      }
      found.addAll(withOwnRules(doc, i, tokens, sentenceMentions));
    }
    facts.put(MENTIONS, List.copyOf(found));
  }

  /**
   * Runs SUTime on tokens {@code [from, to)} of a sentence. SUTime writes merged-number tokens
   * onto the map it is given, so it gets a map of its own and the shared annotation stays as
   * the language layer left it.
   */
  private List<TimeMention> sutime(TimeExpressionExtractorImpl extractor, AnnotatedDocument doc,
      int sentence, List<CoreLabel> tokens, int from, int to, boolean split) {
    List<CoreLabel> part = tokens.subList(from, to);
    CoreMap chunk = new ArrayCoreMap();
    chunk.set(CoreAnnotations.TokensAnnotation.class, part);
    Integer first = doc.sentences().get(sentence).get(CoreAnnotations.TokenBeginAnnotation.class);
    int base = first == null ? 0 : first;
    chunk.set(CoreAnnotations.TokenBeginAnnotation.class, base + from);
    chunk.set(CoreAnnotations.TokenEndAnnotation.class, base + to);
    int begin = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    chunk.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    chunk.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    chunk.set(CoreAnnotations.TextAnnotation.class, doc.text().substring(begin, end));
    List<TimeExpression> expressions;
    try {
      expressions =
          extractor.extractTimeExpressions(chunk, (SUTime.Time) null, new SUTime.TimeIndex());
    } catch (RuntimeException e) {
      // SUTime fails on a few odd token runs; one unread window must not cost the article.
      return List.of();
    }
    List<TimeMention> found = new ArrayList<>();
    for (TimeExpression te : expressions) {
      SUTime.Temporal temporal = te.getTemporal();
      CoreMap cm = te.getAnnotation();
      Integer b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (temporal == null || b == null || e == null || e <= b) {
        continue;
      }
      Span span = new Span(b, e);
      if (NAME_HEAD.matcher(doc.text()).region(e, doc.text().length()).lookingAt()) {
        continue;
      }
      if (split && valueless(temporal)) {
        // "the first nine months of 1997" comes back whole and valueless; TimeML marks a
        // duration and a year. Read the parts either side of the joining word apart.
        List<TimeMention> parts = splitAtJoint(extractor, doc, sentence, tokens, span);
        if (!parts.isEmpty()) {
          found.addAll(parts);
          continue;
        }
      }
      found.add(new TimeMention(span.of(doc.text()), span, sentence, temporal,
          tense(tokens, span)));
    }
    return found;
  }

  private List<TimeMention> splitAtJoint(TimeExpressionExtractorImpl extractor,
      AnnotatedDocument doc, int sentence, List<CoreLabel> tokens, Span span) {
    int from = -1;
    int to = -1;
    for (int t = 0; t < tokens.size(); t++) {
      if (span.contains(AnnotatedDocument.span(tokens.get(t)))) {
        from = from < 0 ? t : from;
        to = t + 1;
      }
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (JOINTS.contains(tokens.get(k).word().toLowerCase())) {
        List<TimeMention> parts = new ArrayList<>();
        parts.addAll(sutime(extractor, doc, sentence, tokens, from, k, false));
        parts.addAll(sutime(extractor, doc, sentence, tokens, k + 1, to, false));
        return parts;
      }
    }
    return List.of();
  }

  private static boolean valueless(SUTime.Temporal temporal) {
    try {
      return temporal.getTimexValue() == null;
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * The stretches of a sentence where a time expression may be: a few tokens either side of
   * each word one can be built on. SUTime's rules cost as much as the whole tagging pass when
   * run on every sentence; most tokens of a report are far from any time word.
   */
  List<int[]> windows(List<CoreLabel> tokens) {
    List<int[]> windows = new ArrayList<>();
    int reach = options.windowTokens();
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel tok = tokens.get(t);
      String w = tok.word().toLowerCase();
      if (!isTimeWord(w) || AMBIGUOUS.containsKey(w)
          && !AMBIGUOUS.get(w).matcher(String.valueOf(tok.tag())).lookingAt()) {
        continue;
      }
      int from = Math.max(0, t - reach);
      int to = Math.min(tokens.size(), t + reach + 1);
      int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = to;
      } else {
        windows.add(new int[] {from, to});
      }
    }
    return windows;
  }

  private static boolean isTimeWord(String w) {
    if (TIME_WORDS.contains(w) || TIME_SHAPE.matcher(w).find()) {
      return true;
    }
    for (String part : w.split("-")) {
      if (part.length() < w.length()
          && (TIME_WORDS.contains(part) || TIME_SHAPE.matcher(part).find())) {
        return true; // "nine-year-old", "year-end", "mid-November", "mid-1990s"
      }
    }
    return false;
  }

  /**
   * Adds the phrases SUTime misses or splits; a phrase found here replaces the SUTime mentions
   * it overlaps, being the longer, more specific reading.
   */
  private List<TimeMention> withOwnRules(AnnotatedDocument doc, int sentence,
      List<CoreLabel> tokens, List<TimeMention> sutimeMentions) {
    Span s = doc.span(doc.sentences().get(sentence));
    String text = doc.text();
    List<TimeMention> own = new ArrayList<>();
    Matcher m = MISSED.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      own.add(new TimeMention(m.group(), span, sentence, null, tense(tokens, span)));
    }
    m = MID.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      SUTime.Temporal t = m.group(1) != null
          ? new SUTime.IsoDate(Integer.parseInt(m.group(1)), -1, -1)
          : new SUTime.IsoDate(-1, CalendarWords.monthNumber(m.group(2).toLowerCase()), -1);
      own.add(new TimeMention(m.group(), span, sentence, t, tense(tokens, span)));
    }
    m = SPELLED_YEAR.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      int year = 1900 + NumberWords.cardinal(m.group(1).toLowerCase())
          + (m.group(2) == null ? 0 : NumberWords.cardinal(m.group(2).toLowerCase()));
      Span span = new Span(m.start(), m.end());
      SUTime.Temporal t = new SUTime.IsoDate(year, -1, -1);
      for (TimeMention sm : sutimeMentions) {
        if (sm.span().overlaps(span)) {
          // "January nineteen ninety-seven": keep SUTime's month, mend its year.
          span = new Span(Math.min(span.start(), sm.span().start()),
              Math.max(span.end(), sm.span().end()));
          t = mendYear(sm.temporal(), year, t);
        }
      }
      own.add(new TimeMention(span.of(text), span, sentence, t, tense(tokens, span)));
    }
    if (own.isEmpty()) {
      return sutimeMentions;
    }
    List<TimeMention> merged = new ArrayList<>(own);
    for (TimeMention sm : sutimeMentions) {
      if (own.stream().noneMatch(o -> o.span().overlaps(sm.span()))) {
        merged.add(sm);
      }
    }
    merged.sort(Comparator.comparing(TimeMention::span));
    return merged;
  }

  private static SUTime.Temporal mendYear(SUTime.Temporal temporal, int year,
      SUTime.Temporal fallback) {
    try {
      Matcher v = YEAR_MONTH.matcher(String.valueOf(temporal.getTimexValue()));
      if (v.matches()) {
        return new SUTime.IsoDate(year, v.group(1) == null ? -1 : Integer.parseInt(v.group(1)),
            -1);
      }
    } catch (RuntimeException e) {
      // an odd value: the year alone is still right
    }
    return fallback;
  }

  /**
   * Words SUTime's rules can build a time expression on: the calendar's names and short forms
   * (with their dot, where the short form is no name of its own), and time-words.tsv's.
   */
  private static Set<String> timeWords() {
    Set<String> words = new HashSet<>(CalendarWords.months());
    for (String s : CalendarWords.monthShortForms()) {
      if (!words.contains(s)) {
        words.add(s);
        words.add(s + ".");
      }
    }
    words.addAll(CalendarWords.weekdays());
    words.addAll(CalendarWords.weekdayShortForms());
    words.addAll(WORDS.set("time-word"));
    return Set.copyOf(words);
  }

  /** Time words that are mostly something else: a time only under these tags. */
  private static Map<String, Pattern> ambiguous() {
    Map<String, Pattern> out = new HashMap<>();
    WORDS.map("ambiguous").forEach((w, tags) -> out.put(w, Pattern.compile(tags)));
    return Map.copyOf(out);
  }

  /** The tense of the nearest verb group to the span, within the window, left side first. */
  Tense tense(List<CoreLabel> tokens, Span span) {
    int first = -1;
    int last = -1;
    for (int t = 0; t < tokens.size(); t++) {
      CoreLabel tok = tokens.get(t);
      if (tok.beginPosition() < span.end() && span.start() < tok.endPosition()) {
        if (first < 0) {
          first = t;
        }
        last = t;
      }
    }
    if (first < 0) {
      return Tense.UNKNOWN;
    }
    // A deadline ("extended to Nov. 20") lies either way of a past-tense verb.
    boolean deadline = first > 0
        && DEADLINE_WORDS.contains(tokens.get(first - 1).word().toLowerCase());
    for (int d = 1; d <= options.tenseWindow(); d++) {
      Tense left = tenseAt(tokens, first - d);
      if (left == Tense.UNKNOWN) {
        left = tenseAt(tokens, last + d);
      }
      if (left != Tense.UNKNOWN) {
        return deadline && left == Tense.PAST ? Tense.UNKNOWN : left;
      }
    }
    return Tense.UNKNOWN;
  }

  private static Tense tenseAt(List<CoreLabel> tokens, int t) {
    if (t < 0 || t >= tokens.size()) {
      return Tense.UNKNOWN;
    }
    CoreLabel tok = tokens.get(t);
    String word = tok.word().toLowerCase();
    String tag = tok.tag() == null ? "" : tok.tag();
    if (tok.lemma() != null && REPORTING.contains(tok.lemma().toLowerCase())) {
      return Tense.REPORTED;
    }
    if (tag.equals("VB") && t > 1 && tokens.get(t - 1).word().equalsIgnoreCase("to")
        && SCHEDULING_WORDS.contains(tokens.get(t - 2).word().toLowerCase())) {
      // "set to expire Nov. 6"; "had been due to expire Friday" is a past schedule, which may
      // lie either side of the report.
      for (int k = t - 3; k >= Math.max(0, t - 5); k--) {
        String w = tokens.get(k).word().toLowerCase();
        if (w.equals("had") || w.equals("was") || w.equals("were")) {
          return Tense.UNKNOWN;
        }
      }
      return Tense.FUTURE;
    }
    if (FUTURE_WORDS.contains(word) && tag.equals("MD") || word.equals("going")) {
      return Tense.FUTURE;
    }
    if (tag.equals("VBD")) {
      return Tense.PAST;
    }
    if (tag.equals("VBN")) {
      // "has fallen since March" reports the past; a bare participle ("expected in March") does
      // not say which way.
      for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
        String w = tokens.get(k).word().toLowerCase();
        if (PERFECT_WORDS.contains(w)) {
          return Tense.PAST;
        }
        if (w.equals("will") || w.equals("be") || w.equals("is") || w.equals("are")) {
          return Tense.UNKNOWN;
        }
      }
      return Tense.UNKNOWN;
    }
    if (tag.equals("VBZ") || tag.equals("VBP")) {
      return Tense.PRESENT;
    }
    return Tense.UNKNOWN;
  }
}
