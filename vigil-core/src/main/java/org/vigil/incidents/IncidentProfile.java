package org.vigil.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event.Count;
import org.vigil.model.EventType;
import org.vigil.model.PlacePrecision;
import org.vigil.model.SubEventType;

/**
 * An incident as its member events describe it together: the most precise date and place any
 * of them gives, the type most of them give, figures over their stories, and their words.
 *
 * @param id the incident's id in its store
 * @param from the first day of its date: of an incident dated to the day, the first day any
 *     of its members names
 * @param to the last day, likewise
 * @param sources how many articles report it (an article that tells it twice counts once)
 * @param stories how many distinct stories report it: copies of one wire story count once
 */
public record IncidentProfile(
    long id, EventType type, SubEventType subtype, LocalDate from, LocalDate to, LocalDate day,
    DatePrecision precision,
    String placeName, Double lat, Double lon, PlacePrecision placePrecision, String country,
    String admin1, Figure killed, Figure injured, Wording words, int sources, int stories) {

  /** Words kept per incident: enough to tell its wording, bounded so a row stays small. */
  static final int MAX_WORDS = 120;

  /** One member: an event sketch, the article it came from, and that article's story. */
  public record Member(EventSketch sketch, long article, long story) {}

  /** The profile of incident {@code id} made of {@code members}, in the order they joined. */
  public static IncidentProfile of(long id, List<Member> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no member events");
    }
    EventSketch when = members.stream().map(Member::sketch).filter(s -> s.from() != null)
        .min(Comparator.comparingLong(EventSketch::days)).orElse(members.get(0).sketch());
    EventSketch where = members.stream().map(Member::sketch)
        .filter(s -> s.placePrecision() != null)
        .min(Comparator.comparing(EventSketch::placePrecision))
        .orElse(members.get(0).sketch());
    EventSketch kind = commonestType(members);
    List<String> words = new ArrayList<>();
    members.forEach(m -> words.addAll(m.sketch().words().words()));
    LocalDate from = when.from();
    LocalDate to = when.to();
    if (when.day() != null) { // reports of one incident may name days apart: keep their span
      for (Member m : members) {
        LocalDate d = m.sketch().day();
        if (d != null) {
          from = d.isBefore(from) ? d : from;
          to = d.isAfter(to) ? d : to;
        }
      }
    }
    return new IncidentProfile(id, kind.type(), kind.subtype(), from, to,
        when.day(), when.precision(), where.placeName(), where.lat(), where.lon(), where.placePrecision(),
        where.country(), where.admin1(), Figure.over(perStory(members, true)),
        Figure.over(perStory(members, false)), Wording.of(words, MAX_WORDS),
        (int) members.stream().mapToLong(Member::article).distinct().count(),
        (int) members.stream().mapToLong(Member::story).distinct().count());
  }

  private static EventSketch commonestType(List<Member> members) {
    Map<Kind, Integer> votes = new HashMap<>();
    members.forEach(m -> votes.merge(Kind.of(m.sketch()), 1, Integer::sum));
    int top = votes.values().stream().max(Integer::compare).orElse(0);
    return members.stream().map(Member::sketch)
        .filter(s -> votes.get(Kind.of(s)) == top).findFirst().orElseThrow();
  }

  /** A type and sub-type, as the members vote for them. */
  private record Kind(EventType type, SubEventType subtype) {
    static Kind of(EventSketch s) {
      return new Kind(s.type(), s.subtype());
    }
  }

  /** Each story's count: of its copies, the one with the highest figure. */
  private static List<Count> perStory(List<Member> members, boolean killed) {
    Map<Long, Count> byStory = new HashMap<>();
    for (Member m : members) {
      Count c = killed ? m.sketch().killed() : m.sketch().injured();
      byStory.merge(m.story(), c == null ? new Count(null, null, null, Map.of()) : c,
          (a, b) -> rank(b) > rank(a) ? b : a);
    }
    return List.copyOf(byStory.values());
  }

  private static int rank(Count c) {
    Integer v = c.best() != null ? c.best() : c.low() != null ? c.low() : c.high();
    return v == null ? -1 : v;
  }

  /** This profile with its wording, read apart from the rest. */
  public IncidentProfile withWords(Wording w) {
    return new IncidentProfile(id, type, subtype, from, to, day, precision, placeName, lat, lon,
        placePrecision, country, admin1, killed, injured, w, sources, stories);
  }

  public boolean hasPoint() {
    return lat != null && lon != null;
  }

  /** Placed at or near a named settlement, with its point. */
  public boolean inSettlement() {
    return placePrecision != null && placePrecision.atOrNearSettlement() && hasPoint();
  }
}
