package org.vigil.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.casualties.CasualtyMention;
import org.vigil.model.Event.EventDate;
import org.vigil.model.SubEventType;

/**
 * Finds the tolls a report gives first and then breaks down by place: "Thirteen civilians ...
 * were killed in aerial attacks ... on the northern province of Aleppo", then five "when
 * helicopters dropped a barrel bomb on the village of Taduf" and eight "when regime warplanes
 * struck the village of Daret Izza". The later figures, each told with its own place in its
 * own sentence, add up to the first exactly: that one is a sum, and they are its parts, each an
 * incident of its own.
 *
 * <p>An exact sum of two to five later figures of the same kind of act, on days that agree, is
 * rarely chance; a figure restated ("killed at least 22" twice) is no part, and a toll that
 * "rose" is no sum. One sentence gives one part, unless it names the places of several apart
 * ("Five more ... in the town of Sabqa and one in the town of Harasta"). A part the report
 * dates no further happened on its sum's day.
 */
final class SummedParts {

  private static final int MOST_PARTS = 5;

  /** Each part, to the sums it is part of, in text order. */
  private final Map<EventMention, Set<EventMention>> sumsOf = new HashMap<>();
  private final Set<EventMention> sums = new HashSet<>();

  /** The sums and parts among {@code mentions}, in text order. */
  static SummedParts of(List<EventMention> mentions) {
    SummedParts out = new SummedParts();
    for (int i = 0; i < mentions.size(); i++) {
      EventMention sum = mentions.get(i);
      int total = IncidentGrouper.mostDead(sum);
      if (total < 2 || sum.casualties().stream().anyMatch(CasualtyMention::update)) {
        continue;
      }
      List<EventMention> candidates = new ArrayList<>();
      Set<Integer> sentences = new HashSet<>();
      for (int j = i + 1; j < mentions.size(); j++) {
        EventMention m = mentions.get(j);
        int d = IncidentGrouper.mostDead(m);
        if (m.sentence() > sum.sentence() && d > 0 && d < total && m.place() != null
            && m.placeBelowCountry() && IncidentActors.sameKind(m, sum.trigger())
            && (m.date() == null || sum.date() == null || EventDates.agree(m.date(), sum.date()))
            && (m.listed() || sentences.add(m.sentence()))) {
          candidates.add(m);
        }
      }
      List<EventMention> parts = new ArrayList<>();
      if (sums(candidates, 0, total, parts)) {
        out.sums.add(sum);
        parts.forEach(p -> out.sumsOf.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(sum));
      }
    }
    return out;
  }

  /**
   * The date of the first sum {@code part} adds up to that has one, or null: "Thirteen
   * civilians ... were killed in aerial attacks ... Wednesday" dates its parts.
   */
  EventDate dateOf(EventMention part) {
    Set<EventMention> mine = sumsOf.get(part);
    return mine == null ? null : mine.stream().map(EventMention::date)
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * The sub-types of the first sum {@code part} adds up to, or none: a part told by a word for
   * any violence ("terrorists targeted al-Sulimaniah and al-Furqan neighborhoods") is an act
   * of the kind its sum names ("13 civilians killed ... due to terrorist rocket attacks").
   */
  List<SubEventType> kindOf(EventMention part) {
    Set<EventMention> mine = sumsOf.get(part);
    return mine == null ? List.of() : mine.iterator().next().trigger().subtypes();
  }

  /** Whether {@code m} states a toll later broken down into parts. */
  boolean isSum(EventMention m) {
    return sums.contains(m);
  }

  /**
   * Whether {@code m} cannot join {@code incident}: it is a part of a sum the incident holds,
   * or of the same sum as another part the incident holds.
   */
  boolean keepsApart(IncidentGrouper.Incident incident, EventMention m) {
    Set<EventMention> mine = sumsOf.get(m);
    if (mine == null) {
      return false;
    }
    for (EventMention x : incident.mentions) {
      if (mine.contains(x)) {
        return true;
      }
      Set<EventMention> theirs = sumsOf.get(x);
      if (theirs != null && theirs.stream().anyMatch(mine::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two to {@link #MOST_PARTS} of {@code candidates} from index {@code from} on add up
   * to {@code left}, the earliest such found added to {@code taken}.
   */
  private static boolean sums(List<EventMention> candidates, int from, int left,
      List<EventMention> taken) {
    if (left == 0) {
      return taken.size() >= 2;
    }
    if (taken.size() == MOST_PARTS) {
      return false;
    }
    for (int k = from; k < candidates.size(); k++) {
      EventMention c = candidates.get(k);
      if (IncidentGrouper.mostDead(c) <= left) {
        taken.add(c);
        if (sums(candidates, k + 1, left - IncidentGrouper.mostDead(c), taken)) {
          return true;
        }
        taken.remove(taken.size() - 1);
      }
    }
    return false;
  }
}
