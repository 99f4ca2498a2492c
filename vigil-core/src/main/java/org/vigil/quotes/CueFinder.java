package org.vigil.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Span;
import org.vigil.tables.WordLists;

/**
 * Finds the speech verb that attributes a quotation or reports indirect speech, and the
 * phrase naming its speaker: {@code "…," X said}, {@code said X}, {@code X said: "…"},
 * {@code according to X}. Reads tokens only; turning the phrase into a speaker is
 * {@link SpeakerResolver}'s job.
 *
 * <p>One per document, used on one thread.
 */
final class CueFinder {
  private static final WordLists WORDS = WordLists.load(CueFinder.class, "cue-words.tsv",
      Set.of("reporting-verb", "quoting-verb", "name-tagged-verb", "source-phrase",
          "spokes-head", "auxiliary", "auxiliary-clitic"));

  /** Lemmas that introduce indirect speech, the default of {@link QuoteOptions#reportingVerbs}. */
  static final Set<String> REPORTING_VERBS = WORDS.set("reporting-verb");
  /** Lemmas that attribute a direct quote only; with the reporting verbs, the speech verbs. */
  static final Set<String> QUOTING_VERBS = WORDS.set("quoting-verb");
  /** "Said" opening a sentence, often tagged as a name, with the lemma it stands for. */
  private static final Map<String, String> NAME_TAGGED_VERBS = WORDS.map("name-tagged-verb");
  /** "according to X": the words of each phrase, in the table's order. */
  private static final List<String[]> SOURCE_PHRASES = WORDS.list("source-phrase").stream()
      .map(p -> p.split("\\s+")).toList();
  /** Heads through which an organisation speaks: "a ministry spokesman", "a Homeland Security official". */
  static final Set<String> SPOKES = WORDS.set("spokes-head");
  private static final Set<String> AUXILIARIES = WORDS.set("auxiliary");
  private static final Set<String> AUXILIARY_CLITICS = WORDS.set("auxiliary-clitic");

  private final TokenIndex index;
  private final String text;
  private final ArticleEntities entities;
  private final QuoteOptions options;
  private final SpeakerPhrases phrases;

  CueFinder(TokenIndex index, ArticleEntities entities, SpeakerPhrases phrases,
      QuoteOptions options) {
    this.index = index;
    this.text = index.text();
    this.entities = entities;
    this.phrases = phrases;
    this.options = options;
  }

  /** The speech verb and subject that attribute quotation {@code q}, or null. */
  Cue cueOf(int q) {
    Span s = index.quotes().get(q);
    int first = index.tokenFrom(s.start());
    int after = index.tokenFrom(s.end());
    if (first >= index.size()) {
      return null;
    }
    int sentence = index.sentence(first);
    int lo = first;
    while (lo > 0 && index.sentence(lo - 1) == sentence && !index.inQuote(lo - 1)
        && !isSentenceEnd(index.token(lo - 1))) {
      lo--;
    }
    boolean opensSentence = true;
    for (int i = lo; i < first; i++) {
      if (Character.isLetterOrDigit(index.token(i).word().charAt(0))) {
        opensSentence = false;
      }
    }
    Cue before = opensSentence ? null : cueBefore(lo, first, s);
    if (before != null) {
      return before;
    }
    // A quote of some words may take its cue after it even mid-sentence ("Both parties "saw
    // Burma as …," said Victor Cha"); wire copy stripped of commas needs that too.
    boolean attributive = QuotationMarks.words(text, s) >= options.minSpeechWords()
        && !QuotationMarks.isTitle(text, s);
    if (!opensSentence && !attributive && !(first > 0 && index.token(first - 1).word().equals(":"))) {
      return null; // "On "Fox News Sunday," Pence said": a title, not Pence's words
    }
    return cueAfter(after);
  }

  private Cue cueBefore(int lo, int first, Span quote) {
    for (int v = first - 1; v >= lo; v--) {
      int phrase = sourcePhraseAt(v);
      if (phrase > 0) {
        SpeakerPhrase np = phrases.rightNp(v + phrase, first);
        if (np != null) {
          return new Cue(v, np);
        }
      } else if (isSpeechVerb(v)) {
        if (v == lo && index.token(v).tag().equals("VBG")) {
          SpeakerPhrase subject = participleSubject(quote);
          if (subject != null) {
            return new Cue(v, subject);
          }
        }
        SpeakerPhrase np = phrases.leftNp(v, lo);
        if (np == null) {
          np = phrases.rightNp(v + 1, first);
          if (np != null && (np.to() >= first || hasWordBetween(np.to(), first)
              || !isColonOrComma(index.token(np.to())))) {
            np = null; // only "said Trump: "…"": "accuse Clinton of being "duped"" names an object
          }
        }
        if (np != null) {
          return new Cue(v, np);
        }
      }
    }
    return null;
  }

  /**
   * The subject of the clause after a sentence's opening participle, whose quotation ends the
   * participle's clause with a comma: "Bemoaning the "phony system," Trump accused Holt …" is
   * Trump's.
   */
  private SpeakerPhrase participleSubject(Span quote) {
    int k = index.tokenFrom(quote.end());
    String text = index.text();
    boolean comma = text.substring(quote.start(), quote.end()).matches("(?s).*,\\W?");
    if (k < index.size() && index.token(k).word().equals(",")) {
      k++;
      comma = true;
    }
    return comma && k < index.size() ? phrases.leadingEntity(k, sentenceEnd(k)) : null;
  }

  private Cue cueAfter(int after) {
    if (after < 1 || after >= index.size()) {
      return null;
    }
    int sentence = index.sentence(after - 1);
    // CoreNLP ends a sentence at "?”" even when "Clinton said" follows on the same line.
    char last = text.charAt(Math.max(0, index.token(after - 1).beginPosition() - 1));
    int next = last == '?' || last == '!' ? index.sentence(after) : sentence;
    int hi = after;
    while (hi < index.size() && hi < after + options.maxCueGap() && !index.inQuote(hi)
        && (index.sentence(hi) == sentence || index.sentence(hi) == next)) {
      hi++;
    }
    for (int v = after; v < hi; v++) {
      CoreLabel t = index.token(v);
      if (isSpeechVerb(v)) {
        boolean inverted = true;
        for (int i = after; i < v; i++) {
          if (Character.isLetterOrDigit(index.token(i).word().charAt(0))) {
            inverted = false;
          }
        }
        SpeakerPhrase np = inverted ? phrases.leadingEntity(v + 1, sentenceEnd(v)) : phrases.leadingEntity(after, v);
        if (np == null && inverted) {
          np = phrases.rightNp(v + 1, sentenceEnd(v));
        }
        if (np == null && !inverted) {
          np = phrases.leftNp(v, after);
        }
        return np == null ? null : new Cue(v, np);
      }
      if (t.tag().startsWith("VB") && !t.tag().equals("VBN") && !t.tag().equals("VBG")
          && !isAux(t)) {
        return null; // another verb first: the quote is that clause's object, not speech
      }
    }
    return null;
  }

  /** Speech verbs outside quotes that attribute no quotation: indirect speech. */
  List<Cue> indirectCues(Set<Integer> used, boolean[] speech) {
    List<Cue> out = new ArrayList<>();
    for (int v = 0; v < index.size(); v++) {
      CoreLabel t = index.token(v);
      int phrase = sourcePhraseAt(v);
      boolean according = phrase > 0;
      if (index.inQuote(v) || used.contains(v)
          || !(according || (t.tag().startsWith("VB") && options.reportingVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))))
          || sentenceHasSpeech(v, speech)) {
        continue;
      }
      int start = sentenceStart(v);
      if (according) {
        SpeakerPhrase np = phrases.rightNp(v + phrase, sentenceEnd(v));
        if (np != null) {
          out.add(new Cue(v, np));
        }
        continue;
      }
      if (!t.tag().startsWith("VB") || !options.reportingVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      SpeakerPhrase np = phrases.leftNp(v, start);
      if (np == null && v > start && index.token(v - 1).word().equals(",")) {
        np = phrases.rightNp(v + 1, sentenceEnd(v));
      }
      if (np != null) {
        out.add(new Cue(v, np));
      }
    }
    return out;
  }

  private boolean sentenceHasSpeech(int v, boolean[] speech) {
    int s = index.sentence(v);
    for (int i = sentenceStart(v); i < index.size() && index.sentence(i) == s; i++) {
      int q = index.quoteOf(i);
      if (q >= 0 && speech[q]) {
        return true;
      }
    }
    return false;
  }

  int sentenceStart(int v) {
    int s = v;
    while (s > 0 && index.sentence(s - 1) == index.sentence(v)) {
      s--;
    }
    return s;
  }

  int sentenceEnd(int v) {
    int end = v;
    while (end < index.size() && index.sentence(end) == index.sentence(v) && !index.inQuote(end)) {
      end++;
    }
    return end;
  }

  boolean isSpeechVerb(int v) {
    CoreLabel t = index.token(v);
    boolean verb = t.tag().startsWith("VB") || NAME_TAGGED_VERBS.containsKey(t.word());
    String lemma = verb && !t.tag().startsWith("VB") ? NAME_TAGGED_VERBS.get(t.word())
        : t.lemma().toLowerCase(Locale.ROOT);
    if (t.tag().equals("VBN") && v > 0 && entities.idAt(v - 1) == null
        && (index.token(v - 1).tag().equals("NN") || index.token(v - 1).tag().equals("NNS"))) {
      return false; // "the offensive dubbed "Euphrates Shield"": a participle, nobody speaks
    }
    return verb && options.speechVerbs().contains(lemma)
        && !(v > 0 && index.token(v - 1).tag().equals("HYPH")); // "so-called"
  }

  /** Whether a source phrase ("according to") starts at token {@code v}. */
  boolean isSourcePhrase(int v) {
    return sourcePhraseAt(v) > 0;
  }

  /** The tokens of the source phrase ("according to") starting at token {@code v}, or 0. */
  private int sourcePhraseAt(int v) {
    for (String[] words : SOURCE_PHRASES) {
      int n = 0;
      while (n < words.length && v + n < index.size()
          && index.token(v + n).word().equalsIgnoreCase(words[n])) {
        n++;
      }
      if (n == words.length) {
        return n;
      }
    }
    return 0;
  }

  static boolean isAux(CoreLabel t) {
    String l = t.lemma();
    String w = t.word();
    return t.tag().equals("MD") || AUXILIARIES.contains(l)
        || AUXILIARY_CLITICS.contains(w); // "He’s claiming", tagged POS
  }

  private boolean isColonOrComma(CoreLabel t) {
    return t.word().equals(":") || t.word().equals(",");
  }

  private boolean isSentenceEnd(CoreLabel t) {
    String w = t.word();
    return w.equals(".") || w.equals("?") || w.equals("!");
  }

  private boolean hasWordBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(index.token(i).word().charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
