package org.vigil.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Organization;
import org.vigil.model.Person;
import org.vigil.model.Quote;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;

/**
 * Finds direct quotes and indirect speech and names who said them. Adds {@link Facts#QUOTES};
 * needs {@link Facts#PEOPLE} and {@link Facts#ORGANIZATIONS} to turn a cue's subject into an
 * id.
 *
 * <p>Cheap rules, no coreference: a quote's cue is the nearest speech verb beside it in its
 * sentence ({@code "…," X said}, {@code said X}, {@code X said: "…"}); its subject is a name,
 * a description the people step already merged ("the 22-year-old"), or a pronoun, which goes
 * to the latest speaker or subject-position person before it. A quote with no cue continues
 * the previous quote of its paragraph, or of the paragraph before when it opens its own. A
 * name inside a quotation is never its speaker. Short quoted phrases with no speech verb in
 * their sentence are scare quotes or titles and are left out.
 */
public final class QuoteExtractor implements Extractor {
  private static final Pattern TRANSCRIPT = Pattern.compile("^[\"“”„]?\\s*([A-Z][A-Z.'’\\- ]{1,30}[A-Z]):\\s");
  private static final Set<String> HE = Set.of("he");
  private static final Set<String> SHE = Set.of("she");
  private static final Set<String> GROUP = Set.of("they", "it", "we");
  /** Heads through which an organisation speaks: "a ministry spokesman", "a Homeland Security official". */
  private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson",
      "statement", "official", "officials", "representative", "source", "sources", "release",
      "report");
  private static final Pattern LIST_SPEAKER = Pattern.compile("^[ \t\u00A0]*[―—–-][ \t\u00A0]*([^\n]{2,60})");

  private final QuoteOptions options;

  public QuoteExtractor(QuoteOptions options) {
    this.options = options;
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(Facts.PEOPLE, Facts.ORGANIZATIONS);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.QUOTES);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    facts.put(Facts.QUOTES, new Run(doc, facts.list(Facts.PEOPLE), facts.list(Facts.ORGANIZATIONS)).quotes());
  }

  /** Who a cue points at before resolution. */
  private enum Kind { ENTITY, PRONOUN, NAME, DESCRIPTION }

  /** A cue's subject: tokens {@code [from, to)}. */
  private record Np(int from, int to, Kind kind, String id, String name) {}

  /** A resolved speaker. */
  private record Speaker(String id, String name, boolean person) {}

  /** A speech verb with its subject: the attribution of a quote or of indirect speech. */
  private record Cue(int verb, Np np) {}

  /** Everything about one document; lives for one {@link #extract} call. */
  private final class Run {
    final AnnotatedDocument doc;
    final String text;
    final TokenIndex index;
    final List<Span> paragraphs;
    final Map<String, Person> people = new HashMap<>();
    final Map<String, Organization> orgs = new HashMap<>();
    final String[] entityAt;
    final Map<String, Character> gender = new HashMap<>();
    /** Person and organisation mentions in subject position outside quotes: {token, id}. */
    final List<Object[]> subjects = new ArrayList<>();
    /** Resolved speech acts so far: {token, speaker}. */
    final List<Object[]> acts = new ArrayList<>();

    Run(AnnotatedDocument doc, List<Person> persons, List<Organization> organizations) {
      this.doc = doc;
      this.text = doc.text();
      this.index = new TokenIndex(doc, QuotationMarks.find(text));
      this.paragraphs = QuotationMarks.paragraphs(text);
      this.entityAt = new String[index.size()];
      for (Organization o : organizations) {
        orgs.put(o.id(), o);
        mark(o.id(), o.mentions());
      }
      for (Person p : persons) {
        people.put(p.id(), p);
        mark(p.id(), p.mentions());
      }
      for (int i = 0; i < index.size(); i++) {
        String id = entityAt[i];
        if (id != null && (i == 0 || !id.equals(entityAt[i - 1])) && !index.inQuote(i)) {
          int end = i;
          while (end < index.size() && id.equals(entityAt[end])) {
            end++;
          }
          if (index.isSubject(i, end)) {
            subjects.add(new Object[] {i, id});
          }
        }
      }
      guessGenders();
      if (System.getenv("VIGIL_DEBUG") != null) System.err.println("GENDER " + gender);
    }

    private void mark(String id, List<Span> mentions) {
      for (Span m : mentions) {
        for (int i = index.tokenFrom(m.start()); i < index.size() && index.token(i).beginPosition() < m.end(); i++) {
          entityAt[i] = id;
        }
      }
    }

    /**
     * He or she, from "Mr."/"Mrs." and from third-person pronouns in sentences where only one
     * person is in view (that sentence and the one before), so two people never share votes.
     */
    private void guessGenders() {
      Map<String, int[]> votes = new HashMap<>();
      Map<Integer, Set<String>> inSentence = new HashMap<>();
      for (int i = 0; i < index.size(); i++) {
        if (!index.inQuote(i) && entityAt[i] != null && people.containsKey(entityAt[i])) {
          inSentence.computeIfAbsent(index.sentence(i), k -> new java.util.HashSet<>()).add(entityAt[i]);
          String w = index.token(i).word().toLowerCase(Locale.ROOT);
          int[] v = votes.computeIfAbsent(entityAt[i], k -> new int[2]);
          if (w.equals("mr.") || w.equals("mr")) {
            v[0] += 5;
          } else if (w.startsWith("mrs") || w.startsWith("ms") || w.equals("miss")) {
            v[1] += 5;
          }
        }
      }
      for (int i = 0; i < index.size(); i++) {
        if (index.inQuote(i)) {
          continue;
        }
        String w = index.token(i).word().toLowerCase(Locale.ROOT);
        boolean he = w.equals("he") || w.equals("his") || w.equals("him") || w.equals("himself");
        boolean she = w.equals("she") || w.equals("her") || w.equals("herself");
        if (!he && !she) {
          continue;
        }
        Set<String> inView = new java.util.HashSet<>(inSentence.getOrDefault(index.sentence(i), Set.of()));
        inView.addAll(inSentence.getOrDefault(index.sentence(i) - 1, Set.of()));
        if (inView.size() == 1) {
          votes.get(inView.iterator().next())[he ? 0 : 1]++;
        }
      }
      votes.forEach((id, v) -> {
        if (v[0] != v[1]) {
          gender.put(id, v[0] > v[1] ? 'm' : 'f');
        }
      });
    }

    List<Quote> quotes() {
      List<Span> quoted = index.quotes();
      List<Quote> out = new ArrayList<>();
      Set<Integer> cueVerbs = new java.util.HashSet<>();
      List<Object[]> items = new ArrayList<>(); // {position, quote index or -1, Cue or null}
      Cue[] cues = new Cue[quoted.size()];
      boolean[] speech = new boolean[quoted.size()];
      for (int q = 0; q < quoted.size(); q++) {
        Span s = quoted.get(q);
        Cue cue = cueOf(q);
        cues[q] = cue;
        speech[q] = cue != null || transcriptName(s) != null || listSpeaker(s) != null
            || ((words(s) >= options.minSpeechWords() || isSentence(s)) && !isTitle(s));
        if (!speech[q]) {
          continue;
        }
        if (cue != null) {
          cueVerbs.add(cue.verb);
        }
        items.add(new Object[] {s.start(), q, cue});
      }
      if (options.indirect()) {
        for (Cue c : indirectCues(cueVerbs, quoted, speech)) {
          items.add(new Object[] {index.token(c.verb).beginPosition(), -1, c});
        }
      }
      items.sort(Comparator.comparingInt(o -> (Integer) o[0]));
      Map<Integer, Speaker> quoteSpeaker = new HashMap<>();
      int previousQuote = -1;
      for (Object[] item : items) {
        int q = (Integer) item[1];
        Cue cue = (Cue) item[2];
        if (q < 0) {
          Speaker sp = resolve(cue.np, cue.verb);
          if (sp != null) {
            acts.add(new Object[] {cue.verb, sp});
            Span clause = clauseOf(cue);
            if (clause != null) {
              out.add(new Quote(clause, clause.of(text), sp.id, sp.name, cueSpan(cue), "indirect"));
            }
          }
          continue;
        }
        Span s = quoted.get(q);
        Speaker sp = null;
        Span cueSpan = null;
        String transcript = transcriptName(s);
        Span listed = listSpeaker(s);
        if (transcript != null) {
          sp = byLastName(transcript);
          int at = text.indexOf(transcript, s.start());
          cueSpan = new Span(at, at + transcript.length());
        } else if (listed != null) {
          sp = named(listed);
          cueSpan = listed;
        } else if (cue != null) {
          sp = resolve(cue.np, cue.verb);
          cueSpan = cueSpan(cue);
        }
        if (sp == null && cue == null && listed == null) {
          sp = carriedOver(q, previousQuote, quoteSpeaker);
          if (sp == null) {
            sp = subjectOfSentence(s); // "Trump tells his supporters to "go to your place and vote""
          }
        }
        if (sp != null) {
          quoteSpeaker.put(q, sp);
          acts.add(new Object[] {index.tokenFrom(s.start()), sp});
        }
        previousQuote = q;
        out.add(new Quote(s, s.of(text), sp == null ? null : sp.id, sp == null ? null : sp.name,
            cueSpan, "direct"));
      }
      out.sort(Comparator.comparing(Quote::span));
      return List.copyOf(out);
    }

    private int words(Span s) {
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
    private boolean isTitle(Span s) {
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
    private boolean isSentence(Span s) {
      String inner = text.substring(s.start() + 1, Math.max(s.start() + 1, s.end() - 1)).strip();
      return inner.length() > 1 && Character.isUpperCase(inner.charAt(0))
          && ".?!".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /** {@code “…” ― Sonya Herridge}: a list layout names the speaker after a dash. */
    private Span listSpeaker(Span s) {
      Matcher m = LIST_SPEAKER.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 70)));
      if (!m.find()) {
        return null;
      }
      String name = m.group(1).replaceAll("[.,;]?[\\s\\u00A0]*$", ""); // no-break spaces too
      if (!name.matches("\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}")) {
        return null;
      }
      int start = s.end() + m.start(1);
      return new Span(start, start + name.length());
    }

    private Speaker named(Span name) {
      int t = index.tokenAt(name.start());
      if (t >= 0 && entityAt[t] != null) {
        return speaker(entityAt[t]);
      }
      return byLastName(name.of(text));
    }

    private Speaker subjectOfSentence(Span s) {
      int first = index.tokenFrom(s.start());
      if (first >= index.size()) {
        return null;
      }
      Np np = sentenceSubject(sentenceStart(first), first);
      return np == null ? null : resolve(np, np.from);
    }

    private String transcriptName(Span s) {
      Matcher m = TRANSCRIPT.matcher(text.substring(s.start(), Math.min(s.end(), s.start() + 40)));
      return m.find() ? m.group(1).trim() : null;
    }

    private Speaker byLastName(String name) {
      String last = name.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
      for (Person p : people.values()) {
        String[] parts = p.name().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts[parts.length - 1].replaceAll("^(al|el)-", "").equals(last.replaceAll("^(al|el)-", ""))) {
          return new Speaker(p.id(), p.name(), true);
        }
      }
      return new Speaker(null, name, true);
    }

    /** A quote with no cue of its own continues the last speaker's turn. */
    private Speaker carriedOver(int q, int previous, Map<Integer, Speaker> speakers) {
      Span s = index.quotes().get(q);
      int para = paragraphOf(s.start());
      boolean opensParagraph = paragraphs.get(para).start() == s.start();
      if (previous >= 0) {
        int prevPara = paragraphOf(index.quotes().get(previous).start());
        if (prevPara == para || (opensParagraph && prevPara == para - 1)) {
          return speakers.get(previous);
        }
      }
      Span here = paragraphs.get(para);
      for (int i = acts.size() - 1; i >= 0; i--) {
        int at = index.token((Integer) acts.get(i)[0]).beginPosition();
        if (at >= here.start() && at < s.start()) {
          return (Speaker) acts.get(i)[1]; // "…, Schiff said. "The other factor …""
        }
      }
      if (opensParagraph && para > 0) {
        // "Caddell continued:" / "The New York Times reports:" introduce the next paragraph.
        Span before = paragraphs.get(para - 1);
        if (text.charAt(before.end() - 1) == ':') {
          int end = index.tokenFrom(before.end()) - 1;
          for (int v = end; v >= 0 && index.token(v).beginPosition() >= before.start(); v--) {
            if (!index.inQuote(v) && isSpeechVerb(v)) {
              Np np = leftNp(v, sentenceStart(v));
              if (np == null) {
                np = rightNp(v + 1, end + 1);
              }
              Speaker sp = np == null ? null : resolve(np, v);
              if (sp != null) {
                return sp;
              }
            }
          }
          if (end >= 0) { // "Sanders made the following comment:"
            Np np = sentenceSubject(sentenceStart(end), end);
            Speaker sp = np == null ? null : resolve(np, np.from);
            if (sp != null) {
              return sp;
            }
          }
        }
        for (int i = acts.size() - 1; i >= 0; i--) {
          int at = index.token((Integer) acts.get(i)[0]).beginPosition();
          if (at >= before.start() && at < before.end()) {
            return (Speaker) acts.get(i)[1];
          }
        }
      }
      return null;
    }

    private int paragraphOf(int offset) {
      for (int i = 0; i < paragraphs.size(); i++) {
        if (offset < paragraphs.get(i).end()) {
          return i;
        }
      }
      return paragraphs.size() - 1;
    }

    /** The speech verb and subject that attribute quotation {@code q}, or null. */
    private Cue cueOf(int q) {
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
      boolean attributive = words(s) >= options.minSpeechWords() && !isTitle(s)
          && text.substring(s.start(), s.end()).matches("(?s).*,\\s*[\"”]$");
      if (!opensSentence && !attributive && !(first > 0 && index.token(first - 1).word().equals(":"))) {
        return null; // "On "Fox News Sunday," Pence said": a title, not Pence's words
      }
      return cueAfter(after);
    }

    private Cue cueBefore(int lo, int first) {
      for (int v = first - 1; v >= lo; v--) {
        CoreLabel t = index.token(v);
        if (isAccordingTo(v)) {
          Np np = rightNp(v + 2, first);
          if (np != null) {
            return new Cue(v, np);
          }
        } else if (isSpeechVerb(v)) {
          Np np = leftNp(v, lo);
          if (np == null) {
            np = rightNp(v + 1, first);
            if (np != null && (np.to >= first || hasWordBetween(np.to, first)
                || !isColonOrComma(index.token(np.to)))) {
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

    private Cue cueAfter(int after) {
      if (after >= index.size()) {
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
          Np np = inverted ? leadingEntity(v + 1, sentenceEnd(v)) : leadingEntity(after, v);
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

    /**
     * The person or organisation heading the noun phrase that starts at {@code from}, past
     * titles and affiliations: {@code panel Chairman Rep. Jason Chaffetz (R-Utah)},
     * {@code IMF chief economist Maury Obstfeld}, {@code MSNBC host Chris Matthews}. Null when
     * the phrase ends in a plain noun ("Trump lawyer").
     */
    private Np leadingEntity(int from, int hi) {
      int end = from;
      while (end < hi && end < from + 12 && isNominal(end)) {
        end++;
      }
      if (end == from || entityAt[end - 1] == null || index.inQuote(end - 1)) {
        return null;
      }
      String id = entityAt[end - 1];
      int start = end - 1;
      while (start > from && id.equals(entityAt[start - 1])) {
        start--;
      }
      return new Np(from, end, Kind.ENTITY, id, null);
    }

    private boolean isNominal(int i) {
      CoreLabel t = index.token(i);
      String tag = t.tag();
      if (t.word().equals(".") && i > 0 && index.token(i - 1).word().matches("\\p{Lu}\\p{L}{0,3}")) {
        return true; // "said Del. Stacey Plaskett" when "Del." is split
      }
      return entityAt[i] != null || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT")
          || tag.equals("HYPH") || tag.equals("POS") || tag.equals("CD") || tag.equals("VBN");
    }

    private int sentenceEnd(int v) {
      int end = v;
      while (end < index.size() && index.sentence(end) == index.sentence(v) && !index.inQuote(end)) {
        end++;
      }
      return end;
    }

    private boolean isSpeechVerb(int v) {
      CoreLabel t = index.token(v);
      boolean verb = t.tag().startsWith("VB") || t.word().equals("Said") || t.word().equals("Says");
      String lemma = verb && !t.tag().startsWith("VB") ? "say" : t.lemma().toLowerCase(Locale.ROOT);
      return verb && options.speechVerbs().contains(lemma)
          && !(v > 0 && index.token(v - 1).tag().equals("HYPH")); // "so-called"
    }

    private boolean isAccordingTo(int v) {
      return index.token(v).word().equalsIgnoreCase("according") && v + 1 < index.size()
          && index.token(v + 1).word().equalsIgnoreCase("to");
    }

    private boolean isAux(CoreLabel t) {
      String l = t.lemma();
      String w = t.word();
      return t.tag().equals("MD") || l.equals("have") || l.equals("be") || l.equals("do")
          || w.equals("’s") || w.equals("'s"); // "He’s claiming", tagged POS
    }

    /** The subject left of verb {@code v}, no further left than {@code lo}. */
    private Np leftNp(int v, int lo) {
      CoreLabel verb = index.token(v);
      if (v > lo && (index.token(v - 1).tag().equals("TO") || verb.tag().equals("VBG")
          || index.token(v - 1).tag().equals("CC"))) {
        // "Clinton had mocked it, saying …", "took to Twitter to accuse", "bemoaned … and said"
        Np subject = sentenceSubject(lo, v);
        if (subject != null || !verb.tag().equals("VBG")) {
          return subject;
        }
      }
      int j = v - 1;
      while (j >= lo && (index.token(j).tag().startsWith("RB") || isAux(index.token(j)))) {
        j--;
      }
      j = index.skipParenthesis(j, lo); // "Sen. Claire McCaskill (D-Mo.) said"
      if (j >= lo && index.token(j).word().equals(",")) {
        Np opening = leadingEntity(lo, j); // "Michael Mulgrew, president of …, which …, said"
        if (opening != null && index.token(opening.to).word().equals(",")) {
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
    private Np sentenceSubject(int lo, int v) {
      for (int i = lo; i < v; i++) {
        if (index.inQuote(i)) {
          continue;
        }
        if (entityAt[i] != null) {
          int end = i;
          while (end < v && entityAt[i].equals(entityAt[end])) {
            end++;
          }
          if (index.isSubject(i, end)) {
            return new Np(i, end, Kind.ENTITY, entityAt[i], null);
          }
          i = end - 1;
        } else if (index.token(i).tag().equals("PRP") && (i == lo || !Character.isLetterOrDigit(index.token(i - 1).word().charAt(0)))) {
          return new Np(i, i + 1, Kind.PRONOUN, null, index.token(i).word().toLowerCase(Locale.ROOT));
        }
      }
      return null;
    }

    private Np npEndingAt(int j, int lo) {
      CoreLabel t = index.token(j);
      if (entityAt[j] != null) {
        int a = j;
        while (a > lo && entityAt[j].equals(entityAt[a - 1])) {
          a--;
        }
        return new Np(a, j + 1, Kind.ENTITY, entityAt[j], null);
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.tag().equals("PRP")) {
        return new Np(j, j + 1, Kind.PRONOUN, null, w);
      }
      if (t.tag().startsWith("NN") || t.tag().startsWith("JJ")) {
        int a = j;
        while (a > lo && (index.token(a - 1).tag().startsWith("NN") || index.token(a - 1).tag().startsWith("JJ")
            || index.token(a - 1).tag().equals("DT") || index.token(a - 1).tag().equals("CD")
            || index.token(a - 1).tag().equals("POS") || index.token(a - 1).tag().equals("IN")
            || index.token(a - 1).tag().equals("CC") || entityAt[a - 1] != null)
            && j - a < 8) {
          a--;
          if (index.token(a).tag().equals("DT")) {
            break;
          }
        }
        if (SPOKES.contains(w)) {
          for (int i = a; i <= j; i++) {
            if (entityAt[i] != null && orgs.containsKey(entityAt[i])) {
              return new Np(a, j + 1, Kind.ENTITY, entityAt[i], null); // "a ministry spokesman"
            }
          }
        }
        boolean proper = t.tag().startsWith("NNP");
        return new Np(a, j + 1, proper ? Kind.NAME : Kind.DESCRIPTION, null, w);
      }
      return null;
    }

    /** The subject right of an inverted verb: {@code said displaced Aleppo native Abu Ahmed}. */
    private Np rightNp(int from, int hi) {
      int k = from;
      int lastNoun = -1;
      for (; k < hi && k < from + 10; k++) {
        CoreLabel t = index.token(k);
        String w = t.word();
        if (entityAt[k] != null && !index.inQuote(k)) {
          int end = k;
          while (end < hi && entityAt[k].equals(entityAt[end])) {
            end++;
          }
          return new Np(from, end, Kind.ENTITY, entityAt[k], null);
        }
        if (t.tag().equals("PRP") && k == from) {
          return new Np(k, k + 1, Kind.PRONOUN, null, w.toLowerCase(Locale.ROOT));
        }
        if (!Character.isLetterOrDigit(w.charAt(0)) || t.tag().equals("VBD") || t.tag().equals("VBZ")
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
      return new Np(from, lastNoun + 1, head.tag().startsWith("NNP") ? Kind.NAME : Kind.DESCRIPTION,
          null, head.word().toLowerCase(Locale.ROOT));
    }

    /** Turns a cue's subject into a speaker; pronouns look back, never into quotes. */
    private Speaker resolve(Np np, int at) {
      switch (np.kind) {
        case ENTITY:
          return speaker(np.id);
        case NAME:
        case DESCRIPTION:
          return described(np);
        default:
          return pronoun(np.name, at);
      }
    }

    /**
     * A cue subject CoreNLP did not tag: a name part of a known person ("Ditto said"), the head
     * of an organisation's name ("the ministry"), a person's descriptor ("the senator"), or else
     * the description itself as the article gives it ("the announcer"), with no id.
     */
    private Speaker described(Np np) {
      CoreLabel head = index.token(np.to - 1);
      String word = head.word();
      if (Character.isUpperCase(word.charAt(0))) {
        for (Person p : people.values()) {
          for (String part : p.name().split("\\s+")) {
            if (part.replaceAll("^(al|el)-", "").equals(word)) {
              return new Speaker(p.id(), p.name(), true);
            }
          }
        }
      }
      String lower = word.toLowerCase(Locale.ROOT);
      for (Organization o : orgs.values()) {
        for (String w : o.name().toLowerCase(Locale.ROOT).split("\\s+")) {
          if (w.equals(lower)) {
            return speaker(o.id());
          }
        }
      }
      boolean role = !head.tag().startsWith("NNP") && options.roleNouns().contains(lower);
      for (Person p : role ? people.values() : List.<Person>of()) {
        for (String d : p.descriptors()) {
          if (List.of(d.toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(lower)) {
            return new Speaker(p.id(), p.name(), true);
          }
        }
      }
      if (!head.tag().startsWith("NN")) {
        return null;
      }
      if (options.roleNouns().contains(lower)
          && index.token(np.from).word().equalsIgnoreCase("the")) {
        Speaker anaphor = pronoun("", np.from); // "the former secretary of state … said"
        if (anaphor != null) {
          return anaphor;
        }
      }
      String text = index.text(np.from, np.to).replaceAll("^(?i)(the|a|an)\\s+", "");
      return new Speaker(null, text, Character.isLowerCase(word.charAt(0)) || !head.tag().endsWith("S"));
    }

    private Speaker speaker(String id) {
      Person p = people.get(id);
      if (p != null) {
        return new Speaker(id, p.name(), true);
      }
      Organization o = orgs.get(id);
      return o == null ? null : new Speaker(id, o.name(), false);
    }

    /** The latest speaker or subject before token {@code at} fitting {@code word}; "" for any person. */
    private Speaker pronoun(String word, int at) {
      boolean personal = word.isEmpty() || HE.contains(word) || SHE.contains(word);
      if (!personal && !GROUP.contains(word)) {
        return null;
      }
      Character wanted = HE.contains(word) ? Character.valueOf('m') : SHE.contains(word) ? Character.valueOf('f') : null;
      int best = -1;
      Speaker found = null;
      for (Object[] a : acts) {
        int pos = (Integer) a[0];
        Speaker sp = (Speaker) a[1];
        if (pos < at && pos > best && fits(sp.id, sp.person, personal, wanted)) {
          best = pos;
          found = sp;
        }
      }
      for (Object[] s : subjects) {
        int pos = (Integer) s[0];
        String id = (String) s[1];
        if (pos < at && pos > best && fits(id, people.containsKey(id), personal, wanted)) {
          best = pos;
          found = speaker(id);
        }
      }
      return found;
    }

    private boolean fits(String id, boolean person, boolean personal, Character wanted) {
      if (person != personal) {
        return false;
      }
      if (!personal || id == null) {
        return id != null || personal;
      }
      Character g = gender.get(id);
      return g == null || wanted == null || g.equals(wanted);
    }

    private Span cueSpan(Cue c) {
      int from = Math.min(c.verb, c.np.from);
      int to = Math.max(c.verb + 1, c.np.to);
      return index.span(from, to);
    }

    /** Speech verbs outside quotes that attribute no quotation: indirect speech. */
    private List<Cue> indirectCues(Set<Integer> used, List<Span> quoted, boolean[] speech) {
      List<Cue> out = new ArrayList<>();
      for (int v = 0; v < index.size(); v++) {
        CoreLabel t = index.token(v);
        boolean according = isAccordingTo(v);
        if (index.inQuote(v) || used.contains(v)
            || !(according || (t.tag().startsWith("VB") && options.reportingVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))))
            || sentenceHasSpeech(v, speech)) {
          continue;
        }
        int start = sentenceStart(v);
        if (according) {
          Np np = rightNp(v + 2, sentenceEnd(v));
          if (np != null) {
            out.add(new Cue(v, np));
          }
          continue;
        }
        if (!t.tag().startsWith("VB") || !options.reportingVerbs().contains(t.lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Np np = leftNp(v, start);
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

    private int sentenceStart(int v) {
      int s = v;
      while (s > 0 && index.sentence(s - 1) == index.sentence(v)) {
        s--;
      }
      return s;
    }

    /** The reported clause of an indirect cue: what follows the verb, or what precedes the cue. */
    private Span clauseOf(Cue c) {
      int start = sentenceStart(c.verb);
      int end = sentenceEnd(c.verb);
      while (end > start && !Character.isLetterOrDigit(index.token(end - 1).word().charAt(0))) {
        end--;
      }
      int cueFrom = Math.min(c.verb, c.np.from);
      int cueTo = Math.max(c.verb + 1, c.np.to);
      int after = cueTo;
      if (isAccordingTo(c.verb) && after < end && index.token(after).word().equals(",")) {
        after++;
      }
      if (after < end && index.token(c.verb).lemma().equals("tell") && entityAt[after] != null) {
        while (after < end && entityAt[after] != null) {
          after++;
        }
      }
      if (after < end && index.token(after).word().equalsIgnoreCase("that")) {
        after++;
      }
      if (end - after >= 3 && Character.isLetterOrDigit(index.token(after).word().charAt(0))) {
        return index.span(after, end);
      }
      int before = cueFrom;
      while (before > start && !Character.isLetterOrDigit(index.token(before - 1).word().charAt(0))) {
        before--;
      }
      return before - start >= 3 ? index.span(start, before) : null;
    }
  }
}
