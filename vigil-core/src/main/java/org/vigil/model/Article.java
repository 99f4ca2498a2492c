package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The record Vigil writes for one document (schema v1): its text and every fact extracted
 * from it, each with evidence spans into {@code text}.
 */
@JsonPropertyOrder({
  "id", "source", "text", "dateline", "published", "people", "organizations", "places",
  "times", "quotes", "events", "extractor"
})
public record Article(
    String id,
    Source source,
    String text,
    Dateline dateline,
    Published published,
    List<Person> people,
    List<Organization> organizations,
    List<Place> places,
    List<Timex> times,
    List<Quote> quotes,
    List<Event> events,
    ExtractorInfo extractor) {

  public Article {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** The place whose id is {@code id} (an event's {@code place}); empty for null or none. */
  public Optional<Place> place(String id) {
    return id == null ? Optional.empty()
        : places.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
