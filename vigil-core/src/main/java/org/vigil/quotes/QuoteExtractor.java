package org.vigil.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

  /** A quotation or an indirect cue, in document order. */
  private record Item(int position, int quote, Cue cue) {}

  /** Everything about one document; lives for one {@link #extract} call. */
  private final class Run {
    final String text;
    final TokenIndex index;
    final List<Span> paragraphs;
    final ArticleEntities entities;
    final CueFinder cues;
    final SpeakerPhrases phrases;
    final SpeakerResolver speakers;

    Run(AnnotatedDocument doc, List<Person> persons, List<Organization> organizations) {
      this.text = doc.text();
      this.index = new TokenIndex(doc, QuotationMarks.find(text));
      this.paragraphs = QuotationMarks.paragraphs(text);
      this.entities = new ArticleEntities(index, persons, organizations);
      this.phrases = new SpeakerPhrases(index, entities);
      this.cues = new CueFinder(index, entities, phrases, options);
      this.speakers = new SpeakerResolver(index, entities, options);
    }

    List<Quote> quotes() {
      List<Span> quoted = index.quotes();
      List<Quote> out = new ArrayList<>();
      Map<Integer, Speaker> quoteSpeaker = new HashMap<>();
      int previousQuote = -1;
      for (Item item : items(quoted)) {
        if (item.quote() < 0) {
          Quote q = indirect(item.cue());
          if (q != null) {
            out.add(q);
          }
          continue;
        }
        out.add(direct(quoted, item, previousQuote, quoteSpeaker));
        previousQuote = item.quote();
      }
      out.addAll(new InterviewTurns(text, paragraphs, quoted, entities).find());
      out.sort(Comparator.comparing(Quote::span));
      return List.copyOf(out);
    }

    /** The quoted spans that are speech, and the cues of indirect speech, in text order. */
    private List<Item> items(List<Span> quoted) {
      Set<Integer> cueVerbs = new HashSet<>();
      List<Item> items = new ArrayList<>();
      boolean[] speech = new boolean[quoted.size()];
      for (int q = 0; q < quoted.size(); q++) {
        Span s = quoted.get(q);
        Cue cue = cues.cueOf(q);
        speech[q] = cue != null || transcriptName(s) != null || listSpeaker(s) != null
            || ((QuotationMarks.words(text, s) >= options.minSpeechWords()
                || QuotationMarks.isSentence(text, s)) && !QuotationMarks.isTitle(text, s));
        if (!speech[q]) {
          continue;
        }
        if (cue != null) {
          cueVerbs.add(cue.verb());
        }
        items.add(new Item(s.start(), q, cue));
      }
      if (options.indirect()) {
        for (Cue c : cues.indirectCues(cueVerbs, speech)) {
          items.add(new Item(index.token(c.verb()).beginPosition(), -1, c));
        }
      }
      items.sort(Comparator.comparingInt(Item::position));
      return items;
    }

    /** Reported speech: the clause its cue introduces, with the cue's speaker; or null. */
    private Quote indirect(Cue cue) {
      Speaker sp = speakers.resolve(cue.phrase(), cue.verb());
      if (sp == null) {
        return null;
      }
      speakers.spoke(cue.verb(), sp);
      Span clause = clauseOf(cue);
      return clause == null ? null
          : new Quote(clause, clause.of(text), sp.id(), sp.name(), cueSpan(cue), "indirect");
    }

    /**
     * A quoted span with its speaker: a transcript's or a list's name, the cue's speaker, else
     * the previous quote's where it carries over, else the sentence's subject.
     */
    private Quote direct(List<Span> quoted, Item item, int previousQuote,
        Map<Integer, Speaker> quoteSpeaker) {
      int q = item.quote();
      Cue cue = item.cue();
      Span s = quoted.get(q);
      Speaker sp = null;
      Span cueSpan = null;
      String transcript = transcriptName(s);
      Span listed = listSpeaker(s);
      if (transcript != null) {
        sp = entities.byLastName(transcript);
        int at = text.indexOf(transcript, s.start());
        cueSpan = new Span(at, at + transcript.length());
      } else if (listed != null) {
        sp = named(listed);
        cueSpan = listed;
      } else if (cue != null) {
        sp = speakers.resolve(cue.phrase(), cue.verb());
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
        speakers.spoke(index.tokenFrom(s.start()), sp);
      }
      return new Quote(s, s.of(text), sp == null ? null : sp.id(), sp == null ? null : sp.name(),
          cueSpan, "direct");
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
      if (t >= 0 && entities.idAt(t) != null) {
        return entities.speaker(entities.idAt(t));
      }
      return entities.byLastName(name.of(text));
    }

    private Speaker subjectOfSentence(Span s) {
      int first = index.tokenFrom(s.start());
      if (first >= index.size()) {
        return null;
      }
      SpeakerPhrase np = phrases.sentenceSubject(cues.sentenceStart(first), first);
      return np == null ? null : speakers.resolve(np, np.from());
    }

    private String transcriptName(Span s) {
      Matcher m = TRANSCRIPT.matcher(text.substring(s.start(), Math.min(s.end(), s.start() + 40)));
      return m.find() ? m.group(1).trim() : null;
    }

    /** A quote with no cue of its own continues the last speaker's turn. */
    private Speaker carriedOver(int q, int previous, Map<Integer, Speaker> quoteSpeakers) {
      Span s = index.quotes().get(q);
      int para = paragraphOf(s.start());
      boolean opensParagraph = paragraphs.get(para).start() == s.start();
      // Within a paragraph only nearby: wire copy often comes as one long paragraph.
      int sentence = index.sentence(index.tokenFrom(s.start()));
      if (previous >= 0) {
        Span prev = index.quotes().get(previous);
        int prevPara = paragraphOf(prev.start());
        boolean near = sentence - index.sentence(index.tokenFrom(prev.end()) - 1) <= 2;
        if ((prevPara == para && near) || (opensParagraph && prevPara == para - 1)) {
          return quoteSpeakers.get(previous);
        }
      }
      int recent = index.size();
      for (int t = index.tokenFrom(s.start()) - 1; t >= 0 && sentence - index.sentence(t) <= 2; t--) {
        recent = t;
      }
      int from = Math.max(paragraphs.get(para).start(),
          recent < index.size() ? index.token(recent).beginPosition() : s.start());
      Speaker earlier = speakers.lastSpeakerBetween(from, s.start());
      if (earlier != null) {
        return earlier; // "…, Schiff said. "The other factor …""
      }
      if (opensParagraph && para > 0) {
        // "Caddell continued:" / "The New York Times reports:" introduce the next paragraph.
        Span before = paragraphs.get(para - 1);
        if (text.charAt(before.end() - 1) == ':') {
          int end = index.tokenFrom(before.end()) - 1;
          for (int v = end; v >= 0 && index.token(v).beginPosition() >= before.start(); v--) {
            if (!index.inQuote(v) && cues.isSpeechVerb(v)) {
              SpeakerPhrase np = phrases.leftNp(v, cues.sentenceStart(v));
              if (np == null) {
                np = phrases.rightNp(v + 1, end + 1);
              }
              Speaker sp = np == null ? null : speakers.resolve(np, v);
              if (sp != null) {
                return sp;
              }
            }
          }
          if (end >= 0) { // "Sanders made the following comment:"
            SpeakerPhrase np = phrases.sentenceSubject(cues.sentenceStart(end), end);
            Speaker sp = np == null ? null : speakers.resolve(np, np.from());
            if (sp != null) {
              return sp;
            }
          }
        }
        return speakers.lastSpeakerBetween(before.start(), before.end());
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

    private Span cueSpan(Cue c) {
      int from = Math.min(c.verb(), c.phrase().from());
      int to = Math.max(c.verb() + 1, c.phrase().to());
      return index.span(from, to);
    }

    /** The reported clause of an indirect cue: what follows the verb, or what precedes the cue. */
    private Span clauseOf(Cue c) {
      int start = cues.sentenceStart(c.verb());
      int end = cues.sentenceEnd(c.verb());
      while (end > start && !Character.isLetterOrDigit(index.token(end - 1).word().charAt(0))) {
        end--;
      }
      int cueFrom = Math.min(c.verb(), c.phrase().from());
      int cueTo = Math.max(c.verb() + 1, c.phrase().to());
      int after = cueTo;
      if (cues.isSourcePhrase(c.verb()) && after < end && index.token(after).word().equals(",")) {
        after++;
      }
      if (after < end && index.token(c.verb()).lemma().equals("tell") && entities.idAt(after) != null) {
        while (after < end && entities.idAt(after) != null) {
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
