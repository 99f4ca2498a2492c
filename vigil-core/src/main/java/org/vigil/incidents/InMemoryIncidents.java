package org.vigil.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Incidents of a batch held in memory, linked as a store links them: for scoring the linker on
 * a corpus and for callers with no database. Not thread-safe; one caller adds articles in order.
 */
public final class InMemoryIncidents {

  private final IncidentLinker linker;
  private final Map<Long, List<IncidentProfile.Member>> members = new LinkedHashMap<>();
  private final Map<Long, IncidentProfile> profiles = new LinkedHashMap<>();
  private final Map<String, String> reasons = new HashMap<>();

  public InMemoryIncidents(IncidentLinker linker) {
    this.linker = linker;
  }

  /**
   * Links the events of article {@code article} (of story {@code story}) and returns the
   * incident of each, in the order of {@code sketches}.
   */
  public List<Long> add(List<EventSketch> sketches, long article, long story) {
    List<Long> ids = new ArrayList<>();
    for (EventSketch e : sketches) {
      IncidentLinker.Decision d = linker.decide(e, candidates(e));
      reasons.put(e.key(), d.reason());
      long id = d.isNew() ? profiles.size() + 1L : d.incident();
      members.computeIfAbsent(id, k -> new ArrayList<>())
          .add(new IncidentProfile.Member(e, article, story));
      profiles.put(id, IncidentProfile.of(id, members.get(id)));
      ids.add(id);
    }
    return ids;
  }

  /** Why the event of {@code key} joined its incident or began one; null if never added. */
  public String reason(String key) {
    return reasons.get(key);
  }

  public int size() {
    return profiles.size();
  }

  /**
   * The incidents a store blocks for {@code e}: those of its country with days of their own
   * ({@link IncidentMatcher#linkable}) that reach within the slack of the event's.
   */
  private List<IncidentProfile> candidates(EventSketch e) {
    if (!linker.matcher().linkable(e)) {
      return List.of();
    }
    int slack = linker.matcher().options().slackDays();
    return profiles.values().stream()
        .filter(c -> Objects.equals(c.country(), e.country()) && linker.matcher().linkable(c))
        .filter(c -> !c.from().isAfter(e.to().plusDays(slack))
            && !c.to().isBefore(e.from().minusDays(slack)))
        .toList();
  }
}
