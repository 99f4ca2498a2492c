package org.vigil.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Dateline;
import org.vigil.model.Event;
import org.vigil.model.Organization;
import org.vigil.model.Person;
import org.vigil.model.Place;
import org.vigil.model.Published;
import org.vigil.model.Quote;
import org.vigil.model.Timex;

/**
 * The facts found so far in one document, by key. One instance per document, filled by the
 * extractors in pipeline order, so it needs no locking.
 */
public final class Facts {

  public static final FactKey<Dateline> DATELINE = FactKey.of("dateline", Dateline.class);
  public static final FactKey<Published> PUBLISHED = FactKey.of("published", Published.class);
  public static final FactKey<List<Person>> PEOPLE = FactKey.of("people", List.class);
  public static final FactKey<List<Organization>> ORGANIZATIONS =
      FactKey.of("organizations", List.class);
  public static final FactKey<List<Place>> PLACES = FactKey.of("places", List.class);
  public static final FactKey<List<Timex>> TIMES = FactKey.of("times", List.class);
  public static final FactKey<List<Quote>> QUOTES = FactKey.of("quotes", List.class);
  public static final FactKey<List<Event>> EVENTS = FactKey.of("events", List.class);

  private final Map<FactKey<?>, Object> values = new HashMap<>();

  public <T> void put(FactKey<T> key, T value) {
    values.put(key, value);
  }

  /** The fact, or null when no extractor found one (a dateline is often absent). */
  @SuppressWarnings("unchecked")
  public <T> T get(FactKey<T> key) {
    return (T) values.get(key);
  }

  /** The list fact, or an empty list. */
  public <E> List<E> list(FactKey<List<E>> key) {
    List<E> v = get(key);
    return v == null ? List.of() : v;
  }

  public boolean has(FactKey<?> key) {
    return values.containsKey(key);
  }
}
