package org.vigil.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>While a pipeline runs a step ({@link #enter}), the step's contract is enforced: it may
 * read only the facts it declares in {@link Extractor#requires()} or {@link
 * Extractor#provides()}, write only those it provides, and not write over a fact another step
 * wrote. A breach fails at once, naming the step and the fact. Outside a run (a test that
 * calls one extractor, a scorer reading the facts after it) nothing is checked.
 */
public final class Facts {

  public static final FactKey<Dateline> DATELINE = FactKey.of("dateline", Dateline.class);
  /** The id of the place the dateline names, among {@link #PLACES}. */
  public static final FactKey<String> DATELINE_PLACE = FactKey.of("dateline place",
      String.class);
  public static final FactKey<Published> PUBLISHED = FactKey.of("published", Published.class);
  public static final FactKey<List<Person>> PEOPLE = FactKey.listOf("people", Person.class);
  public static final FactKey<List<Organization>> ORGANIZATIONS =
      FactKey.listOf("organizations", Organization.class);
  public static final FactKey<List<Place>> PLACES = FactKey.listOf("places", Place.class);
  public static final FactKey<List<Timex>> TIMES = FactKey.listOf("times", Timex.class);
  public static final FactKey<List<Quote>> QUOTES = FactKey.listOf("quotes", Quote.class);
  public static final FactKey<List<Event>> EVENTS = FactKey.listOf("events", Event.class);

  private final Map<FactKey<?>, Object> values = new HashMap<>();
  private final Map<FactKey<?>, String> writers = new HashMap<>();
  private String step;
  private Set<FactKey<?>> reads;
  private Set<FactKey<?>> writes;

  /** From now on, {@code e} runs: its reads and writes are checked against its contract. */
  void enter(Extractor e) {
    step = e.name();
    writes = Set.copyOf(e.provides());
    Set<FactKey<?>> r = new HashSet<>(e.requires());
    r.addAll(writes);
    reads = r;
  }

  /** The step is over: nothing is checked until the next one enters. */
  void leave() {
    step = null;
    reads = null;
    writes = null;
  }

  /**
   * Records {@code value} as the fact {@code key}; a value of another type than the key's, or a
   * write the running step does not declare, fails at once, naming the step and the fact.
   */
  public <T> void put(FactKey<T> key, T value) {
    String wrong = key.mismatch(value);
    if (wrong != null) {
      throw new PipelineException((step == null ? "" : step + " ") + "writes fact '" + key
          + "' as " + wrong);
    }
    if (step != null) {
      if (!writes.contains(key)) {
        throw new PipelineException(step + " writes fact '" + key
            + "', which it does not declare in provides()");
      }
      String writer = writers.putIfAbsent(key, step);
      if (writer != null && !writer.equals(step)) {
        throw new PipelineException(step + " writes fact '" + key + "', which " + writer
            + " wrote before it");
      }
    }
    values.put(key, value);
  }

  /** The fact, or null when no extractor found one (a dateline is often absent). */
  @SuppressWarnings("unchecked")
  public <T> T get(FactKey<T> key) {
    checkRead(key);
    return (T) values.get(key);
  }

  /** The list fact, or an empty list. */
  public <E> List<E> list(FactKey<List<E>> key) {
    List<E> v = get(key);
    return v == null ? List.of() : v;
  }

  public boolean has(FactKey<?> key) {
    checkRead(key);
    return values.containsKey(key);
  }

  private void checkRead(FactKey<?> key) {
    if (step != null && !reads.contains(key)) {
      throw new PipelineException(step + " reads fact '" + key
          + "', which it does not declare in requires()");
    }
  }
}
