package org.vigil.model;

import java.util.List;
import java.util.Map;

/**
 * One incident the article reports, typed in ACLED's taxonomy, with its actors and casualties.
 */
public record Event(
    String id,
    String type,
    String subtype,
    Trigger trigger,
    EventDate date,
    String place,
    List<Actor> perpetrators,
    List<Actor> targets,
    Count killed,
    Count injured,
    List<Span> evidence) {

  public Event {
    perpetrators = List.copyOf(perpetrators);
    targets = List.copyOf(targets);
    evidence = List.copyOf(evidence);
  }

  /** The words that name the incident ("missile strike"). */
  public record Trigger(String text, Span span) {}

  /** When the incident happened, at the precision the text allows. */
  public record EventDate(String value, String precision) {}

  /** A perpetrator or target; {@code alleged} when the text only blames or accuses. */
  public record Actor(String name, boolean alleged) {}

  /**
   * A casualty figure. Vague quantities keep their vagueness: "hundreds" is low 200, best
   * null; "at least 12" is low 12.
   */
  public record Count(Integer best, Integer low, Integer high, Map<String, Integer> categories) {}
}
