package org.vigil.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Person;
import org.vigil.model.Quote;
import org.vigil.model.Span;
import org.vigil.tables.WordLists;

/**
 * Reads the unquoted turns of interviews and transcripts: a paragraph opening with "A:" (or
 * "ANSWER:") is the interviewee speaking, one opening with a name in capitals ("PENCE:") is
 * that person.
 *
 * <p>The interviewee is the person the article names most often: the one the interview is
 * about. Questions ("Q:") are the publication's, not a named speaker's, so
 * they are left out; so is a capitalised label that names nobody in the article
 * ("CLARIFICATION:", "UPDATE:").
 */
final class InterviewTurns {
  private static final WordLists WORDS = WordLists.load(InterviewTurns.class,
      "interview-labels.tsv", Set.of("turn-label"));
  /** "Q" and "A" with the turn each opens, "question" or "answer". */
  private static final Map<String, String> TURNS = turns();
  /** A label of {@link #TURNS}, tried first, or a name in capitals ("PENCE:"). */
  private static final Pattern LABEL = Pattern.compile("(" + WORDS.alternation("turn-label")
      + "|[A-Z][A-Z'’.\\-]+(?: [A-Z][A-Z'’.\\-]+){0,2}):\\s+");

  private final String text;
  private final List<Span> paragraphs;
  private final List<Span> quoted;
  private final ArticleEntities entities;

  InterviewTurns(String text, List<Span> paragraphs, List<Span> quoted,
      ArticleEntities entities) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.quoted = quoted;
    this.entities = entities;
  }

  /** The turns as direct quotes, each with the label as its cue. */
  List<Quote> find() {
    List<Quote> turns = new ArrayList<>();
    for (Span p : paragraphs) {
      Matcher m = LABEL.matcher(text).region(p.start(), p.end());
      if (!m.lookingAt() || m.end() >= p.end() || insideQuote(p.start())) {
        continue;
      }
      String label = m.group(1);
      String turn = TURNS.get(label);
      if ("question".equals(turn)) {
        continue;
      }
      Speaker sp = "answer".equals(turn) ? interviewee() : entities.byLastName(label);
      if (sp == null || sp.id() == null || !sp.person()) {
        continue;
      }
      Span said = new Span(m.end(), p.end());
      turns.add(new Quote(said, said.of(text), sp.id(), sp.name(),
          new Span(m.start(1), m.end(1)), "direct"));
    }
    return turns;
  }

  /** The labels with their turns; a turn other than question or answer fails, naming its line. */
  private static Map<String, String> turns() {
    return WORDS.map("turn-label", List.of("question", "answer"));
  }

  private boolean insideQuote(int offset) {
    return quoted.stream().anyMatch(q -> q.start() <= offset && offset < q.end());
  }

  private Speaker interviewee() {
    return entities.people().stream()
        .max(Comparator.comparingInt((Person p) -> p.mentions().size()))
        .map(p -> entities.speaker(p.id()))
        .orElse(null);
  }
}
