package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One incident the article reports, typed in ACLED's taxonomy, with its actors and casualties.
 */
public record Event(
    String id,
    EventType type,
    SubEventType subtype,
    Trigger trigger,
    EventDate date,
    String place,
    Role role,
    List<Actor> perpetrators,
    List<Actor> targets,
    Count killed,
    Count injured,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Means> means,
    List<Span> evidence) {

  public Event {
    perpetrators = List.copyOf(perpetrators);
    targets = List.copyOf(targets);
    means = means == null ? List.of() : List.copyOf(means); // left out of the JSON when none
    evidence = List.copyOf(evidence);
  }

  /**
   * A weapon or means the text names for the incident (left out of the record when none is): {@code name} in Vigil's words
   * ("barrel bomb", "chlorine", "car bomb", "sniper", "mortar", "drone"), {@code span} where
   * the text says it.
   */
  public record Means(String name, Span span) {}

  /**
   * What the report does with the incident: the news it brings, an older incident it recalls
   * for context, or a total over many incidents ("400,000 killed since 2011").
   */
  public enum Role {
    REPORTED, RECALLED, AGGREGATE;

    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The words that name the incident ("missile strike"). */
  public record Trigger(String text, Span span) {}

  /** When the incident happened, at the precision the text allows. */
  public record EventDate(String value, DatePrecision precision) {}

  /**
   * A perpetrator or target. {@code category} is one of ACLED's eight (State forces, Rebel
   * groups, Political militias, Identity militias, Rioters, Protesters, Civilians,
   * External/Other forces), or null when unknown; {@code alleged} when the text only blames or
   * accuses.
   */
  public record Actor(String name, String category, boolean alleged) {}

  /**
   * One source's figure, where the sources a report cites disagree ("regime media saying one
   * person had been killed", "the Observatory ... gave a death toll of three"): {@code value}
   * (the best, else the low bound), {@code source} in Vigil's one name for it, {@code span}
   * where the text gives the figure.
   */
  public record SourcedFigure(int value, String source, Span span) {}

  /**
   * A casualty figure. Vague quantities keep their vagueness: "hundreds" is low 200, best
   * null; "at least 12" is low 12. {@code categories} are kept in the order of their names,
   * so that a record is written the same however it was built or carried (a copy made by a
   * serializer keeps no order of its own). {@code sources}, when the report's sources
   * disagree, gives each one's figure; low and high then span them (left out of the record
   * when they agree).
   */
  public record Count(Integer best, Integer low, Integer high, Map<String, Integer> categories,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SourcedFigure> sources) {

    public Count {
      categories = categories == null ? null : Collections.unmodifiableMap(
          new TreeMap<>(categories));
      sources = sources == null ? List.of() : List.copyOf(sources); // left out when none
    }

    /** A figure no two sources of the report disagree on. */
    public Count(Integer best, Integer low, Integer high, Map<String, Integer> categories) {
      this(best, low, high, categories, List.of());
    }

    /** The figure the count states, as scorers read it: the best, else the low bound. */
    public Integer figure() {
      return best != null ? best : low;
    }
  }
}
