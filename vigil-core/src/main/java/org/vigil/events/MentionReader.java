package org.vigil.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.casualties.CasualtyMention;
import org.vigil.casualties.SentenceTolls;
import org.vigil.model.Dateline;
import org.vigil.model.Event.Actor;
import org.vigil.model.Event.EventDate;
import org.vigil.model.Place;
import org.vigil.model.Span;
import org.vigil.model.Timex;
import org.vigil.page.Report;
import org.vigil.pipeline.Facts;

/**
 * Reads the mentions of incidents in the sentences of one report: each sentence's main
 * trigger ({@link TriggerFinder}) with the date, place, perpetrators and casualties the
 * sentence gives it. A sentence of figures alone adds them to a mention before it
 * ({@link TollAttachment}).
 */
final class MentionReader {

  private final TriggerFinder triggers = new TriggerFinder();
  private final IncidentActors actors = new IncidentActors();
  private final EventDates dates = new EventDates();
  private final TollAttachment attachment;
  private final String text;
  private final PlaceLinker places;
  private final LocalDate documentDate;
  private final List<Timex> times;
  private final Set<String> settlements;

  /** A reader of the report {@code text}, given the facts of earlier steps. */
  MentionReader(EventOptions options, String text, Facts facts, PlaceLinker places,
      LocalDate documentDate, Report report) {
    this.attachment = new TollAttachment(options);
    this.text = text;
    this.places = places;
    this.documentDate = documentDate;
    this.times = eventTimes(facts, text, report);
    this.settlements = IncidentActors.settlements(text, facts.list(Facts.PLACES), places);
  }

  /** The mentions of {@code sentences}, in text order; {@code tolls} are their figures. */
  List<EventMention> read(List<Span> sentences, SentenceTolls tolls) {
    List<EventMention> mentions = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      Span sentence = sentences.get(si);
      List<TriggerLexicon.Hit> hits = triggers.find(text, sentence);
      List<CasualtyMention> found = tolls.of(si);
      if (hits.isEmpty() && found.isEmpty()) {
        continue;
      }
      if (found.isEmpty() && onlyHypothetical(hits, sentence)) {
        continue; // "rebels were threatening to strike two villages with missiles": no act
      }
      TriggerLexicon.Hit elsewhere = hits.isEmpty()
          ? attachment.furtherElsewhere(mentions, si, sentence, found, text, places) : null;
      if (elsewhere != null) {
        addFurther(mentions, si, sentence, elsewhere, found);
        continue;
      }
      if (hits.isEmpty()) {
        if (attachment.attach(mentions, si, sentence, found, text, places)) {
          continue;
        }
        hits = List.of(TollAttachment.cue(found, text));
      }
      add(mentions, si, sentence, hits, found);
    }
    return mentions;
  }

  /**
   * Adds the mentions of figures that tell further acts of the kind of {@code kind} at places of
   * their own, one for each place they are tied to in turn: "Five more civilians were killed in
   * the town of Sabqa and one in the town of Harasta" is five at Sabqa and one at Harasta. The
   * text names each place apart from the act before, however near they lie.
   */
  private void addFurther(List<EventMention> mentions, int si, Span sentence,
      TriggerLexicon.Hit kind, List<CasualtyMention> found) {
    List<List<CasualtyMention>> groups = new ArrayList<>();
    List<Place> at = new ArrayList<>();
    for (CasualtyMention c : found) {
      // the place told after the figure: "and one in the town of Harasta"
      PlaceLinker.Link l = places.link(text, new Span(c.span().start(), sentence.end()),
          c.span());
      Place p = l != null && l.strong() && places.fine(l.place()) ? l.place() : null;
      Place last = at.isEmpty() ? null : at.get(at.size() - 1);
      if (groups.isEmpty() || p != null && last != null && !places.samePlaceNamed(p, last)) {
        groups.add(new ArrayList<>());
        at.add(p);
      }
      groups.get(groups.size() - 1).add(c);
    }
    for (int g = 0; g < groups.size(); g++) {
      Span cue = groups.get(g).get(0).span();
      TriggerLexicon.Hit hit = new TriggerLexicon.Hit(cue.of(text), cue, kind.subtypes(),
          kind.specificity());
      add(mentions, si, sentence, List.of(hit), groups.get(g));
      EventMention m = mentions.get(mentions.size() - 1);
      mentions.set(mentions.size() - 1,
          (at.get(g) != null ? m.withPlace(at.get(g)) : m).apart());
    }
  }

  /** Whether {@code hits}, not none, are all of acts only considered, planned or threatened. */
  private boolean onlyHypothetical(List<TriggerLexicon.Hit> hits, Span sentence) {
    return !hits.isEmpty()
        && hits.stream().allMatch(h -> TriggerFinder.hypothetical(h, hits, text, sentence));
  }

  /** Adds the mention of sentence {@code si}, of its triggers {@code hits} and figures. */
  private void add(List<EventMention> mentions, int si, Span sentence,
      List<TriggerLexicon.Hit> hits, List<CasualtyMention> found) {
    TriggerLexicon.Hit main = TriggerFinder.main(hits, text, sentence);
    // "protested against the killing of two employees", "rioted after a boy was killed": the
    // dead are the cause's, not the protest's
    List<CasualtyMention> own = found.stream()
        .filter(c -> !TriggerFinder.tellsCause(main, c.span(), sentence, text)).toList();
    TriggerFinder.SecondAct second = TriggerFinder.secondAct(hits, main, text);
    List<CasualtyMention> secondOwn = List.of();
    if (second != null) {
      // the figures of the second act's clause are its own
      secondOwn = own.stream().filter(c -> c.span().start() >= second.clause()).toList();
      own = own.stream().filter(c -> c.span().start() < second.clause()).toList();
    }
    Set<String> stems = new HashSet<>();
    hits.forEach(h -> stems.add(h.stem()));
    List<Span> dateSpans = new ArrayList<>();
    Dated dated = nearestDate(sentence, main.span(), dateSpans);
    EventDate date = dated.date();
    boolean anaphoric = TriggerFinder.anaphoric(main, text, sentence);
    boolean further = !anaphoric && TriggerFinder.further(main, text, sentence);
    if (date == null && further) {
      date = furtherOfTheDay(mentions, main);
    }
    PlaceLinker.Link link = EventPlaces.ofMention(places, text, sentence, main, hits);
    Place place = link == null ? null : link.place();
    List<Actor> perpetrators = actors.ofMention(text, sentence, main, settlements, mentions);
    List<Actor> opponents = actors.opponents(text, sentence, main, settlements);
    boolean saysWhen = date != null || documentDate == null && timed(sentence);
    EventMention mention = new EventMention(si, sentence, main, date, saysWhen, dateSpans, place,
        link != null && link.strong(), place != null && !places.isCountry(place),
        perpetrators, opponents, own, anaphoric, stems, false, further,
        dated.said() && date == dated.date());
    mentions.add(mention);
    if (found.isEmpty()) {
      listed(mentions, mention, sentence, link);
    }
    if (second != null) {
      secondAct(mentions, si, sentence, second, mention, secondOwn, found.isEmpty());
    }
  }

  /**
   * Adds {@code mention} again at each further place of the list its {@code link} begins:
   * "Airstrikes also targeted the nearby towns of Rastan Talbeesah and Zafarana" is an act at
   * each. Only for a sentence with no toll: a toll stated over the list belongs to none of
   * them, so such a sentence is left whole (RollUps reads it).
   */
  private void listed(List<EventMention> mentions, EventMention mention, Span sentence,
      PlaceLinker.Link link) {
    if (link != null && link.strong() && places.fine(link.place())) {
      for (Place also : places.listedAfter(text, sentence, link)) {
        mentions.add(mention.listedAt(also));
      }
    }
  }

  /**
   * The date of a further act that its sentence leaves undated ("Airstrikes also targeted
   * ...", "Another rocket shell that fell in ..."): that of the latest act of its kind the
   * report told, passing over acts told only by a word for any violence ("attacks"), when that
   * is of the report's week. More of the day's news is of its day; a further act after one
   * recalled from February is not told as February's.
   */
  private EventDate furtherOfTheDay(List<EventMention> mentions, TriggerLexicon.Hit main) {
    for (int k = mentions.size() - 1; k >= 0; k--) {
      EventMention m = mentions.get(k);
      if (m.trigger().specificity() > 0 && IncidentActors.sameKind(m, main)) {
        return m.date() != null && (documentDate == null || !EventDates.start(m.date())
            .isBefore(documentDate.minusDays(7))) ? m.date() : null;
      }
    }
    return null;
  }

  /**
   * The mention of the second act its sentence tells in a clause of its own ("... and that 11
   * militants were also killed in clashes that day"), with the clause's figures {@code own}.
   * Where the clause names no place or time, it is the {@code first} act's, but for an act
   * that followed it. Adds it, and where {@code noToll} at each further place of a list it
   * names, to {@code mentions}.
   */
  private void secondAct(List<EventMention> mentions, int si, Span sentence,
      TriggerFinder.SecondAct second, EventMention first, List<CasualtyMention> own,
      boolean noToll) {
    Span clause = new Span(second.clause(), sentence.end());
    TriggerLexicon.Hit hit = second.hit();
    List<Span> dateSpans = new ArrayList<>();
    Dated dated = nearestDate(clause, hit.span(), dateSpans);
    EventDate date = dated.date();
    boolean said = dated.said();
    if (date == null && !second.after()) {
      date = first.date();
      said = first.dateSaid();
    }
    PlaceLinker.Link link = EventPlaces.ofMention(places, text, clause, hit, List.of(hit));
    Place place = link != null ? link.place() : first.place();
    boolean strong = link != null ? link.strong() : first.placeStrong();
    EventMention mention = new EventMention(si, sentence, hit, date, date != null, dateSpans,
        place, strong, place != null && !places.isCountry(place),
        actors.ofMention(text, clause, hit, settlements, List.of()),
        actors.opponents(text, clause, hit, settlements), own, false, Set.of(hit.stem()),
        false, true, said);
    mentions.add(mention);
    if (noToll) {
      listed(mentions, mention, clause, link);
    }
  }

  /** Whether {@code sentence} holds a date or a time of day, resolved or not. */
  private boolean timed(Span sentence) {
    return times.stream().anyMatch(t -> sentence.contains(t.span())
        && ("DATE".equals(t.type()) || "TIME".equals(t.type())));
  }

  /** A mention's date and whether it is the day of a saying ({@link EventMention#dateSaid}). */
  private record Dated(EventDate date, boolean said) {}

  /**
   * The date of the time expression nearest the trigger in its sentence, or null, with its span
   * added to {@code spans}, and whether it is the day of a saying ("the organisation said
   * Tuesday").
   */
  private Dated nearestDate(Span sentence, Span trigger, List<Span> spans) {
    Timex best = null;
    EventDate bestDate = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : times) {
      if (!sentence.contains(t.span())) {
        continue;
      }
      EventDate d = dates.of(t, documentDate);
      if (d == null) {
        continue;
      }
      int distance = t.span().start() >= trigger.end() ? t.span().start() - trigger.end()
          : trigger.start() - t.span().end() + 5;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = t;
        bestDate = d;
      }
    }
    if (best == null) {
      return new Dated(null, false);
    }
    spans.add(best.span());
    return new Dated(bestDate, TriggerFinder.datesASaying(text, best.span()));
  }

  /**
   * Time expressions that can date an incident: not the dateline's publication date, nor a
   * photo caption's date, which dates the picture.
   */
  private static List<Timex> eventTimes(Facts facts, String text, Report report) {
    Dateline dateline = facts.get(Facts.DATELINE);
    List<Timex> out = new ArrayList<>();
    for (Timex t : facts.list(Facts.TIMES)) {
      if (t.span() != null && (dateline == null || dateline.span() == null
          || !dateline.span().overlaps(t.span())) && !report.endsCaption(text, t.span())) {
        out.add(t);
      }
    }
    return out;
  }
}
