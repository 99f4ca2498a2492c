package org.vigil.incidents;

import java.util.Collection;
import java.util.Optional;

/**
 * Decides which known incident an event tells, if any: the candidate the matcher finds
 * likeliest to be the same incident, when that is likelier than not. Where and how candidates are found is the caller's (a
 * store blocks them by country and days); the decision is the same everywhere.
 */
public final class IncidentLinker {

  /** The incident an event joins, and why; {@code incident} null means a new incident. */
  public record Decision(Long incident, String reason) {
    public boolean isNew() {
      return incident == null;
    }
  }

  private final IncidentMatcher matcher;

  public IncidentLinker(IncidentMatcher matcher) {
    this.matcher = matcher;
  }

  public IncidentMatcher matcher() {
    return matcher;
  }

  /**
   * The decision for {@code e} among {@code candidates}. Two events of one article may join
   * one incident: a report often tells its incident twice (the headline's strike and the
   * lead's raid), and two incidents it tells apart differ in place, day or kind.
   */
  public Decision decide(EventSketch e, Collection<IncidentProfile> candidates) {
    if (!matcher.linkable(e)) {
      return new Decision(null, e.from() == null ? "new: the report gives no date"
          : "new: dated only to the " + e.precision());
    }
    IncidentProfile best = null;
    IncidentMatcher.Verdict bestVerdict = null;
    for (IncidentProfile c : candidates) {
      Optional<IncidentMatcher.Verdict> v = matcher.judge(e, c);
      if (v.isPresent() && v.get().probability() > 0.5
          && (bestVerdict == null || v.get().probability() > bestVerdict.probability())) {
        best = c;
        bestVerdict = v.get();
      }
    }
    return best == null ? new Decision(null, "new: no known incident matches")
        : new Decision(best.id(), bestVerdict.reason());
  }
}
