package org.vigil.events;

import java.util.List;
import java.util.Set;
import org.vigil.casualties.CasualtyMention;
import org.vigil.model.Event.Actor;
import org.vigil.model.Event.EventDate;
import org.vigil.model.Place;
import org.vigil.model.Span;

/**
 * One sentence's report of an incident: its trigger, what the sentence itself says of place,
 * time, actors and casualties, and whether it refers back ("the strike", "his assassination").
 *
 * @param date the date of a time expression near the trigger, or null
 * @param saysWhen the sentence says when the act happened: a date, or a time relative to a
 *     report date that is unknown ("last night" in an undated note)
 * @param place the place the sentence names for the trigger, or null
 * @param placeStrong a preposition ties the place to the trigger ("strike in Baghdad")
 * @param placeBelowCountry the place is finer than a country
 * @param stems stems of every trigger in the sentence, to find what an anaphor refers to
 * @param listed its place is one of a list the sentence names apart ("the towns of A, B and
 *     C"): the text says it is not its neighbours' place, however near they lie
 * @param further the sentence tells a further act ("were also killed", "another bomb
 *     attack"), not more of one an earlier sentence told
 * @param dateSaid the date is that of a saying ("the organisation said Tuesday"): the act
 *     happened then or in the days before
 */
record EventMention(
    int sentence, Span sentenceSpan, TriggerLexicon.Hit trigger, EventDate date,
    boolean saysWhen, List<Span> dateSpans, Place place, boolean placeStrong,
    boolean placeBelowCountry, List<Actor> perpetrators, List<Actor> targets,
    List<CasualtyMention> casualties, boolean anaphoric, Set<String> stems, boolean listed,
    boolean further, boolean dateSaid) {

  /** How many sentences after a demonstration's may tell how it went. */
  private static final int AFTERMATH_SENTENCES = 2;

  EventMention {
    dateSpans = List.copyOf(dateSpans);
    perpetrators = List.copyOf(perpetrators);
    targets = List.copyOf(targets);
    casualties = List.copyOf(casualties);
    stems = Set.copyOf(stems);
  }

  /**
   * The text of its sentence and the two after, of the article's {@code sentences}: what a
   * report tells of how a demonstration went ("... Police then detained the protestors.", "The
   * protesters also clashed with government forces").
   */
  String withAftermath(String text, List<Span> sentences) {
    int last = Math.min(sentences.size() - 1, sentence + AFTERMATH_SENTENCES);
    return text.substring(sentenceSpan.start(), sentences.get(last).end());
  }

  /**
   * Says enough to stand as an incident of its own: a figure, when it happened, a settlement,
   * or that it is a further act ("Artillery shelling was also reported to the south of the
   * city").
   */
  boolean anchored() {
    return !casualties.isEmpty() || saysWhen
        || place != null && placeBelowCountry || further && !anaphoric;
  }

  /** Told in the report's first sentence, its headline or lead. */
  boolean inHeadline() {
    return sentence == 0;
  }

  /** The same mention placed at {@code where}, which a preposition ties to it. */
  EventMention withPlace(Place where) {
    return new EventMention(sentence, sentenceSpan, trigger, date, saysWhen, dateSpans, where,
        true, true, perpetrators, targets, casualties, anaphoric, stems, false, further,
        dateSaid);
  }

  /** The same act at {@code where}, another place of the list its sentence names, no toll. */
  EventMention listedAt(Place where) {
    return new EventMention(sentence, sentenceSpan, trigger, date, saysWhen, dateSpans, where,
        true, true, perpetrators, targets, List.of(), anaphoric, stems, true, further,
        dateSaid);
  }

  /** The same mention, its place named apart from its neighbours' ({@link #listed}). */
  EventMention apart() {
    return new EventMention(sentence, sentenceSpan, trigger, date, saysWhen, dateSpans, place,
        placeStrong, placeBelowCountry, perpetrators, targets, casualties, anaphoric, stems, true,
        further, dateSaid);
  }

  EventMention withCasualties(List<CasualtyMention> more) {
    List<CasualtyMention> all = new java.util.ArrayList<>(casualties);
    all.addAll(more);
    return new EventMention(sentence, sentenceSpan, trigger, date, saysWhen, dateSpans, place,
        placeStrong, placeBelowCountry, perpetrators, targets, all, anaphoric, stems, listed,
        further, dateSaid);
  }
}
