package org.vigil.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.events.EventDates;
import org.vigil.model.Article;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.model.Span;

/**
 * Reads the sketches of an article's events: the date at its precision (the report's date,
 * week precision, when the event has none), the place's point and codes, and the words of the
 * sentences that tell it.
 */
public final class EventSketches {

  /** Words kept per event: its sentences rarely hold more. */
  static final int MAX_WORDS = 200;

  private final Set<String> commonWords;

  public EventSketches(LinkOptions options) {
    this.commonWords = options.commonWords();
  }

  /** One sketch per event of {@code article}, in its order; {@code inputHash} keys them. */
  public List<EventSketch> of(Article article, String inputHash) {
    Map<String, Place> places = new HashMap<>();
    article.places().forEach(p -> places.put(p.id(), p));
    List<EventSketch> out = new ArrayList<>();
    for (Event e : article.events()) {
      out.add(sketch(article, e, places.get(e.place()), inputHash));
    }
    return out;
  }

  private EventSketch sketch(Article a, Event e, Place p, String inputHash) {
    Event.EventDate date = e.date();
    if (date == null && a.published() != null) {
      date = new Event.EventDate(a.published().value(), DatePrecision.WEEK);
    }
    LocalDate from = date == null ? null : EventDates.start(date);
    LocalDate to = date == null ? null : EventDates.end(date);
    LocalDate day = date == null || !date.value().matches("\\d{4}-\\d{2}-\\d{2}.*") ? null
        : LocalDate.parse(date.value().substring(0, 10));
    int at = e.trigger() != null ? e.trigger().span().start()
        : e.evidence().isEmpty() ? 0 : e.evidence().get(0).start();
    return new EventSketch(inputHash + ":" + at, e.type(), e.subtype(), from, to, day,
        date == null ? null : date.precision(),
        p == null ? null : p.name(), p == null ? null : p.lat(), p == null ? null : p.lon(),
        p == null ? null : p.precision(), p == null ? null : p.country(),
        p == null ? null : p.admin1(), e.killed(), e.injured(),
        Wording.of(words(a.text(), e.evidence()), MAX_WORDS));
  }

  /** Content words of the sentences around the evidence, in text order. */
  Set<String> words(String text, List<Span> evidence) {
    Set<String> words = new LinkedHashSet<>();
    int last = -1;
    for (Span s : evidence.stream().sorted().toList()) {
      int from = sentenceStart(text, s.start());
      int to = sentenceEnd(text, s.end());
      if (from < last) {
        from = last;
      }
      if (from < to) {
        collect(text.substring(from, to), words);
        last = to;
      }
    }
    return words;
  }

  /** The sentence (or headline line) around {@code span}: an event's notes, as a coder reads. */
  public static String sentenceAround(String text, Span span) {
    return text.substring(sentenceStart(text, span.start()), Math.min(text.length(),
        sentenceEnd(text, span.end()) + 1)).strip();
  }

  private static int sentenceStart(String text, int at) {
    int i = Math.min(at, text.length());
    while (i > 0 && !endsSentence(text, i - 1)) {
      i--;
    }
    return i;
  }

  private static int sentenceEnd(String text, int at) {
    int i = Math.max(0, Math.min(at, text.length()));
    while (i < text.length() && !endsSentence(text, i)) {
      i++;
    }
    return i;
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || ((c == '.' || c == '!' || c == '?')
        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
  }

  private void collect(String sentence, Set<String> words) {
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 3 && !commonWords.contains(w)) {
        words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
      }
    }
  }
}
