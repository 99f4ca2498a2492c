package org.vigil.events;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.casualties.CasualtyMention;
import org.vigil.model.Event.EventDate;
import org.vigil.model.Span;
import org.vigil.tables.PatternTable;

/**
 * Tells the incidents a report recalls from those it reports: "Fridays attack came after a
 * double car bombing ... killed at least 100 people on Tuesday", "Russian air strikes killed
 * 23 civilians in strikes on Idlib city on May 31". Their dead belong to older news, so they
 * are not the report's toll, as a war's running total is not
 * ({@link org.vigil.casualties.CumulativeToll}).
 *
 * <p>The lead, the first incident stating dead that the text does not look back on, is what
 * the report is about. Another incident is recalled when its date ends more than a day before
 * the earlier of the report's day and the lead's, or when the sentence that first gives its
 * dead looks back: "three days before" or "last month" anywhere in it, "came a week after", "a
 * day after" or "the town where" before the dead. A cue is read per sentence, so one that
 * joined a current incident does not make the whole incident an old one. Victims told one by
 * one ("his daughter") are never recalled.
 */
final class RecalledIncidents {

  private static final PatternTable PHRASES = PatternTable.load(RecalledIncidents.class,
      "recalled-phrases.tsv", Set.of("looking-back", "looking-back-after"));
  private static final Pattern LOOKING_BACK = PHRASES.get("looking-back");
  private static final Pattern LOOKING_BACK_AFTER = PHRASES.get("looking-back-after");

  /**
   * The indices of the recalled ones among {@code incidents} (in text order), whose {@link
   * #lead} is {@code lead}: none when no incident states dead ({@code lead} -1). {@code
   * sentences} are the article's; {@code fallback} is the report's date, or null.
   */
  BitSet recalled(List<IncidentGrouper.Incident> incidents, int lead, String text,
      List<Span> sentences, EventDate fallback) {
    BitSet out = new BitSet();
    if (lead < 0) {
      return out;
    }
    // the report's news starts on the earlier of its own day and the lead's
    LocalDate now = fallback == null ? null : LocalDate.parse(fallback.value());
    EventDate leadDate = incidents.get(lead).date;
    if (leadDate != null && (now == null || EventDates.start(leadDate).isBefore(now))) {
      now = EventDates.start(leadDate);
    }
    for (int i = 0; i < incidents.size(); i++) {
      IncidentGrouper.Incident incident = incidents.get(i);
      boolean old = incident.date != null && now != null
          && EventDates.end(incident.date).isBefore(now.minusDays(1));
      if (i != lead && !ofPeople(incident)
          && (old || statesDead(incident) && lookingBack(incident, text, sentences))) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * The index of the lead: the first incident stating dead that the text does not look back
   * on ("hit a school just a day after dozens were killed in Idlib": not the Idlib dead), else
   * the first stating dead; where none does, the one its headline tells ("ISIL Used Chemical
   * Weapons against Syria Kurds", an attack of last month that killed no one); else -1.
   */
  static int lead(List<IncidentGrouper.Incident> incidents, String text, List<Span> sentences) {
    int first = -1;
    for (int i = 0; i < incidents.size(); i++) {
      if (statesDead(incidents.get(i))) {
        if (!lookingBack(incidents.get(i), text, sentences)) {
          return i;
        }
        first = first < 0 ? i : first;
      }
    }
    for (int i = 0; i < incidents.size() && first < 0; i++) {
      if (incidents.get(i).mentions.stream().anyMatch(EventMention::inHeadline)) {
        first = i;
      }
    }
    return first;
  }

  private static boolean statesDead(IncidentGrouper.Incident incident) {
    return incident.casualties().stream()
        .anyMatch(c -> c.kind() == CasualtyMention.Kind.KILLED && !c.none());
  }

  /**
   * "killing his five-month-old daughter", "who was assassinated", "he was wounded": victims
   * told one by one, by kin or pronoun, are the people the report is about (a feature looking
   * back at their lives), not a figure of older news it recalls.
   */
  private static boolean ofPeople(IncidentGrouper.Incident incident) {
    List<CasualtyMention> all = incident.casualties();
    return !all.isEmpty() && all.stream().allMatch(CasualtyMention::individual);
  }

  /**
   * Whether the text looks back at the incident's dead where it first tells them: an incident
   * introduced as older news ("just a day after dozens of children were killed in airstrikes on
   * a school in Idlib") stays older news however much the report retells of it later.
   */
  private static boolean lookingBack(IncidentGrouper.Incident incident, String text,
      List<Span> sentences) {
    return incident.casualties().stream().filter(c -> c.kind() == CasualtyMention.Kind.KILLED)
        .min(Comparator.comparingInt(c -> c.span().start()))
        .flatMap(c -> sentences.stream().filter(s -> s.contains(c.span())).findFirst()
            .map(s -> looksBackAt(s, c.span(), text))).orElse(false);
  }

  /** Whether sentence {@code s} looks back at what it says at {@code at}. */
  private static boolean looksBackAt(Span s, Span at, String text) {
    String sentence = s.of(text);
    if (LOOKING_BACK.matcher(sentence).find()) {
      return true;
    }
    Matcher after = LOOKING_BACK_AFTER.matcher(sentence);
    return after.find() && s.start() + after.end() <= at.start();
  }
}
