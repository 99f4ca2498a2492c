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
  private static final Set<String> SPOKES = WORDS.set("spokes-head");
  private static final Set<String> AUXILIARIES = WORDS.set("auxiliary");
  private static final Set<String> AUXILIARY_CLITICS = WORDS.set("auxiliary-clitic");

  private final TokenIndex index;
  private final String text;
  private final ArticleEntities entities;
  private final QuoteOptions options;

  CueFinder(TokenIndex index, ArticleEntities entities, QuoteOptions options) {
    this.index = index;
    this.text = index.text();
    this.entities = entities;
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
    Cue before = opensSentence ? null : cueBefore(lo, first);
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

  private Cue cueBefore(int lo, int first) {
    for (int v = first - 1; v >= lo; v--) {
      int phrase = sourcePhraseAt(v);
      if (phrase > 0) {
        SpeakerPhrase np = rightNp(v + phrase, first);
        if (np != null) {
          return new Cue(v, np);
        }
      } else if (isSpeechVerb(v)) {
        SpeakerPhrase np = leftNp(v, lo);
        if (np == null) {
          np = rightNp(v + 1, first);
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
        SpeakerPhrase np = inverted ? leadingEntity(v + 1, sentenceEnd(v)) : leadingEntity(after, v);
        if (np == null && inverted) {
          np = rightNp(v + 1, sentenceEnd(v));
        }
        if (np == null && !inverted) {
          np = leftNp(v, after);
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

  /** The subject left of verb {@code v}, no further left than {@code lo}. */
  SpeakerPhrase leftNp(int v, int lo) {
    CoreLabel verb = index.token(v);
    if (v > lo && (index.token(v - 1).tag().equals("TO") || verb.tag().equals("VBG")
        || index.token(v - 1).tag().equals("CC"))) {
      // "Clinton had mocked it, saying …", "took to Twitter to accuse", "bemoaned … and said";
      // but "footage of Hillary Clinton asking" names its own subject.
      if (verb.tag().equals("VBG") && entities.idAt(v - 1) != null) {
        return npEndingAt(v - 1, lo);
      }
      return sentenceSubject(lo, v);
    }
    for (int r = lo + 1; r < v; r++) {
      String tag = index.token(r).tag();
      if ((tag.equals("WDT") || tag.equals("WP")) && !index.inQuote(r)) {
        SpeakerPhrase head = leadingEntity(lo, r); // "US Central Command, which oversees …, said"
        if (head != null) {
          return head;
        }
        break;
      }
    }
    int j = v - 1;
    while (j >= lo && (index.token(j).tag().startsWith("RB") || isAux(index.token(j)))) {
      j--;
    }
    j = index.skipParenthesis(j, lo); // "Sen. Claire McCaskill (D-Mo.) said"
    if (j >= lo && index.token(j).word().equals(",")) {
      SpeakerPhrase opening = leadingEntity(lo, j); // "Michael Mulgrew, president of …, which …, said"
      if (opening != null && index.token(opening.to()).word().equals(",")) {
        return opening;
      }
      int k = j - 1;
      while (k >= lo && k > j - 25 && !index.token(k).word().equals(",")) {
        k--;
      }
      if (k < lo || !index.token(k).word().equals(",")) {
        return null;
      }
      j = k - 1;
    }
    if (j < lo) {
      return null;
    }
    return npEndingAt(j, lo);
  }

  /** The first person or organisation in subject position between {@code lo} and {@code v}. */
  SpeakerPhrase sentenceSubject(int lo, int v) {
    SpeakerPhrase opening = leadingEntity(lo, v); // "House Speaker Paul Ryan, R-Wis., despite …"
    if (opening != null) {
      return opening;
    }
    for (int i = lo; i < v; i++) {
      if (index.inQuote(i)) {
        continue;
      }
      if (entities.idAt(i) != null) {
        int end = i;
        while (end < v && entities.idAt(i).equals(entities.idAt(end))) {
          end++;
        }
        if (index.isSubject(i, end)) {
          return new SpeakerPhrase(i, end, SpeakerPhrase.Kind.ENTITY, entities.idAt(i), null);
        }
        i = end - 1;
      } else if (index.token(i).tag().equals("PRP") && (i == lo || !Character.isLetterOrDigit(index.token(i - 1).word().charAt(0)))) {
        return new SpeakerPhrase(i, i + 1, SpeakerPhrase.Kind.PRONOUN, null, index.token(i).word().toLowerCase(Locale.ROOT));
      }
    }
    return null;
  }

  private SpeakerPhrase npEndingAt(int j, int lo) {
    CoreLabel t = index.token(j);
    if (entities.idAt(j) != null) {
      int a = j;
      while (a > lo && entities.idAt(j).equals(entities.idAt(a - 1))) {
        a--;
      }
      return new SpeakerPhrase(a, j + 1, SpeakerPhrase.Kind.ENTITY, entities.idAt(j), null);
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.tag().equals("PRP")) {
      return new SpeakerPhrase(j, j + 1, SpeakerPhrase.Kind.PRONOUN, null, w);
    }
    if ((t.tag().equals("WDT") || t.tag().equals("WP")) && j - 1 >= lo) {
      // "the Chicago Police Department which reported …": the relative pronoun's antecedent
      // only a named one: "anybody who complains" is seldom the speaker the quote wants
      int k = index.token(j - 1).word().equals(",") ? j - 2 : j - 1;
      SpeakerPhrase antecedent = k >= lo ? npEndingAt(k, lo) : null;
      return antecedent != null && antecedent.kind() == SpeakerPhrase.Kind.ENTITY ? antecedent : null;
    }
    if (isWhen(t)) {
      return null; // "the coalition which launched … in Syria last September said"
    }
    if (t.tag().startsWith("NN") || t.tag().startsWith("JJ")) {
      int a = j;
      while (a > lo && (index.token(a - 1).tag().startsWith("NN") || index.token(a - 1).tag().startsWith("JJ")
          || index.token(a - 1).tag().equals("DT") || index.token(a - 1).tag().equals("CD")
          || index.token(a - 1).tag().equals("POS") || index.token(a - 1).tag().equals("IN")
          || index.token(a - 1).tag().equals("CC") || entities.idAt(a - 1) != null)
          && j - a < 8) {
        a--;
        if (index.token(a).tag().equals("DT")) {
          break;
        }
      }
      if (SPOKES.contains(w)) {
        for (int i = a; i <= j; i++) {
          if (entities.idAt(i) != null && entities.isOrganization(entities.idAt(i))) {
            return new SpeakerPhrase(a, j + 1, SpeakerPhrase.Kind.ENTITY, entities.idAt(i), null); // "a ministry spokesman"
          }
        }
      }
      boolean proper = t.tag().startsWith("NNP");
      return new SpeakerPhrase(a, j + 1, proper ? SpeakerPhrase.Kind.NAME : SpeakerPhrase.Kind.DESCRIPTION, null, w);
    }
    return null;
  }

  private static boolean isWhen(CoreLabel t) {
    String ner = t.ner();
    return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "NUMBER".equals(ner);
  }

  /** The subject right of an inverted verb: {@code said displaced Aleppo native Abu Ahmed}. */
  SpeakerPhrase rightNp(int from, int hi) {
    int k = from;
    int lastNoun = -1;
    for (; k < hi && k < from + 10; k++) {
      CoreLabel t = index.token(k);
      String w = t.word();
      if (entities.idAt(k) != null && !index.inQuote(k)) {
        int end = k;
        while (end < hi && entities.idAt(k).equals(entities.idAt(end))) {
          end++;
        }
        return new SpeakerPhrase(from, end, SpeakerPhrase.Kind.ENTITY, entities.idAt(k), null);
      }
      if (t.tag().equals("PRP") && k == from) {
        return new SpeakerPhrase(k, k + 1, SpeakerPhrase.Kind.PRONOUN, null, w.toLowerCase(Locale.ROOT));
      }
      if ((!Character.isLetterOrDigit(w.charAt(0)) && !t.tag().equals("HYPH"))
          || t.tag().equals("VBD") || t.tag().equals("VBZ")
          || t.tag().equals("VBP") || t.tag().equals("MD") || t.tag().equals("WP")
          || t.tag().equals("WDT") || w.equalsIgnoreCase("that") || index.inQuote(k)) {
        break;
      }
      if (t.tag().startsWith("NN") || t.tag().startsWith("JJ")) {
        lastNoun = k;
      }
    }
    if (lastNoun < 0) {
      return null;
    }
    CoreLabel head = index.token(lastNoun);
    return new SpeakerPhrase(from, lastNoun + 1, head.tag().startsWith("NNP") ? SpeakerPhrase.Kind.NAME : SpeakerPhrase.Kind.DESCRIPTION,
        null, head.word().toLowerCase(Locale.ROOT));
  }

  /**
   * The person or organisation heading the noun phrase that starts at {@code from}, past
   * titles and affiliations: {@code panel Chairman Rep. Jason Chaffetz (R-Utah)},
   * {@code IMF chief economist Maury Obstfeld}, {@code MSNBC host Chris Matthews}. Null when
   * the phrase ends in a plain noun ("Trump lawyer").
   */
  private SpeakerPhrase leadingEntity(int from, int hi) {
    int end = from;
    while (end < hi && end < from + 12 && isNominal(end)) {
      if (end > from && index.token(end).tag().equals("DT") && entities.idAt(end - 1) != null) {
        break; // "Hisham Marwah the Syrian National Coalition's vice-president": comma lost
      }
      end++;
    }
    if (end == from || entities.idAt(end - 1) == null || index.inQuote(end - 1)) {
      return null;
    }
    String id = entities.idAt(end - 1);
    int start = end - 1;
    while (start > from && id.equals(entities.idAt(start - 1))) {
      start--;
    }
    return new SpeakerPhrase(from, end, SpeakerPhrase.Kind.ENTITY, id, null);
  }

  private boolean isNominal(int i) {
    CoreLabel t = index.token(i);
    String tag = t.tag();
    if (t.word().equals(".") && i > 0 && index.token(i - 1).word().matches("\\p{Lu}\\p{L}{0,3}")) {
      return true; // "said Del. Stacey Plaskett" when "Del." is split
    }
    return entities.idAt(i) != null || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT")
        || tag.equals("HYPH") || tag.equals("POS") || tag.equals("CD") || tag.equals("VBN");
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
        SpeakerPhrase np = rightNp(v + phrase, sentenceEnd(v));
        if (np != null) {
          out.add(new Cue(v, np));
        }
        continue;
      }
      if (!t.tag().startsWith("VB") || !options.reportingVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      SpeakerPhrase np = leftNp(v, start);
      if (np == null && v > start && index.token(v - 1).word().equals(",")) {
        np = rightNp(v + 1, sentenceEnd(v));
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

  private boolean isAux(CoreLabel t) {
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
