package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.DEATH_OF;
import static org.vigil.casualties.CasualtyWords.INJURE_VERBS;
import static org.vigil.casualties.CasualtyWords.INJURY_OF;
import static org.vigil.casualties.CasualtyWords.KILLED_PHRASES;
import static org.vigil.casualties.CasualtyWords.KILL_VERBS;
import static org.vigil.casualties.CasualtyWords.NOT_CASUALTIES;
import static org.vigil.casualties.CasualtyWords.POSSESSIVES;

import java.util.List;
import java.util.Map;

/**
 * Reads a list of victim phrases with what happened to them as one mention: its total, its
 * categories and breakdown, and its fate, told by a verb before it ("killing 22 people"), a
 * state after it ("six people were killed"), a phrase of killing before it ("shot dead two
 * policemen") or its noun ("13 deaths").
 */
final class VictimGroupReader {

  /** How far after a group a verb of killing may take it as its object by a pronoun. */
  private static final int PRONOUN_WORDS = 15;

  private final VictimPhraseReader phrases;
  private final VictimListReader lists;
  private final Breakdowns breakdowns;
  private final AmongTheDead among;
  private final Fates fates;

  /**
   * The fate told of a group, and the words it was told in.
   *
   * @param kind killed, injured, or null when nothing tells it
   * @param start the index of the first word of the statement
   * @param end the index after the state, or after the group when none follows it
   */
  private record Told(CasualtyMention.Kind kind, int start, int end) {}

  VictimGroupReader(VictimPhraseReader phrases, VictimListReader lists, Breakdowns breakdowns,
      AmongTheDead among, Fates fates) {
    this.phrases = phrases;
    this.lists = lists;
    this.breakdowns = breakdowns;
    this.among = among;
    this.fates = fates;
  }

  /**
   * A list of victim phrases with what happened to them. {@code forced} gives the kind when
   * no verb says it (a toll). Returns the index after what was read, {@code i} if none.
   */
  int read(Words w, int i, List<CasualtyMention> out, CasualtyMention.Kind forced,
      boolean toll, boolean update) {
    VictimPhrase first = phrases.read(w, i, false);
    if (first == null) {
      return i;
    }
    VictimList items = lists.read(w, i, first);
    int j = items.end();
    Map<String, Integer> categories = items.categories();
    int after = breakdowns.afterList(w, j, categories);
    int amongEnd = among.afterList(w, i, after, categories, toll, update, out);
    if (amongEnd >= 0) {
      return amongEnd;
    }
    int r = fates.andThen(w, fates.hedged(w, Fates.pastAuxiliaries(w, after)));
    // "kills 33 Fateh Al Sham Terrorist Captured 10": when a verb before the group already
    // tells its fate, a participle right after it starts a headline's next clause
    boolean fated = KILL_VERBS.contains(w.lower(i - 1)) || INJURE_VERBS.contains(w.lower(i - 1));
    if (NOT_CASUALTIES.contains(w.lower(r)) && !(r == after && fated)) {
      return r + 1;
    }
    Told told = told(w, i, j, r, after, first, items.size());
    CasualtyMention.Kind kind = told.kind() != null ? told.kind() : forced;
    if (kind == null) {
      return first.bare() ? i : after;
    }
    if (kind != CasualtyMention.Kind.KILLED && forced != null) {
      toll = false;
    }
    int end = told.end();
    if (end > after) {
      // "at least 56 dead including 11 children": the breakdown after the state
      end = breakdowns.afterState(w, end, categories);
    }
    Quantity total = items.total(i, j);
    int more = 0;
    if (withKin(w, i, first, items.size(), after)) {
      more = 1; // "A volunteer ranger and his brother were shot dead": the one before, too
    }
    VictimPhrase along = end > after && w.at(end, "along with")
        ? phrases.read(w, end + 2, false) : null;
    if (along != null && along.quantity() != null && !along.bare()) {
      // "Two security forces personnel were killed along with 15 militants": both died
      more += along.quantity().magnitude();
      along.countIn(categories);
      end = along.end();
    }
    if (more > 0) {
      total = new Quantity(total.magnitude() + more, total.magnitude() + more,
          total.magnitude() + more, total.start(), total.end());
    }
    out.add(new CasualtyMention(kind, total, categories, items.individual(), toll,
        update, w.span(told.start(), Math.max(end, j)), items.size() >= 2 && more == 0));
    return Math.max(end, after);
  }

  /**
   * What happened to the group from {@code i} to {@code j}, whose state may sit at {@code r}
   * after its breakdown (which ends at {@code after}), right after the group itself, in a verb
   * before it, after a phrase telling whose the victims were, or in its only noun.
   */
  private Told told(Words w, int i, int j, int r, int after, VictimPhrase first, int size) {
    CasualtyMention.Kind kind = fates.state(w, r);
    int end = kind != null ? r + 1 : after;
    if (kind == null && r != j) {
      // the state may follow the group itself: "22 people, including 9 children, were killed"
      kind = fates.state(w, Fates.pastAuxiliaries(w, j));
    }
    if (kind != null) {
      return new Told(kind, i, end);
    }
    Told before = actBefore(w, i, end);
    if (before != null) {
      return before;
    }
    if (!first.bare()) {
      int c = fates.complement(w, after);
      if (c > after) {
        kind = fates.state(w, c);
        end = c + 1;
      }
    }
    if (kind == null && !first.bare() && killedLater(w, after,
        size > 1 || first.quantity().magnitude() > 1)) {
      kind = CasualtyMention.Kind.KILLED;
    }
    if (kind == null && size == 1) {
      if (VictimNouns.DEATH_NOUNS.contains(first.noun())) {
        kind = CasualtyMention.Kind.KILLED;
      } else if (VictimNouns.INJURY_NOUNS.contains(first.noun())) {
        kind = CasualtyMention.Kind.INJURED;
      }
    }
    return new Told(kind, i, end);
  }

  /**
   * Whether the group is one kin of someone named just before it, both told by a plural verb:
   * "A volunteer ranger and his brother were shot dead", "The DSP of Peshawar Central Jail,
   * and his brother were shot dead" (the someone is no victim phrase of its own).
   */
  private static boolean withKin(Words w, int i, VictimPhrase first, int size, int after) {
    return size == 1 && first.kin() && POSSESSIVES.contains(w.lower(i))
        && w.lower(i - 1).equals("and") && w.lower(after).equals("were");
  }

  /**
   * Whether the group's clause goes on to kill it by a pronoun, from word {@code from}:
   * "targeted two levies personnel in Awaran, Balochistan, killing them on the spot", "shooting
   * him while he was on duty, killing him" ({@code plural}: "them", else "him" or "her").
   */
  private static boolean killedLater(Words w, int from, boolean plural) {
    for (int k = from; k < Math.min(w.size(), from + PRONOUN_WORDS); k++) {
      String s = w.lower(k);
      if (s.equals(".") || s.equals(";")) {
        return false;
      }
      if (CasualtyWords.killsItsObject(s)) {
        String o = w.lower(k + 1);
        return plural ? o.equals("them") : o.equals("him") || o.equals("her");
      }
    }
    return false;
  }

  /** The index where a killed phrase ending right before word {@code i} starts, or -1. */
  static int killedPhraseBefore(Words w, int i) {
    for (String p : KILLED_PHRASES) {
      int start = i - CasualtyWords.length(p);
      if (start >= 0 && w.at(start, p)) {
        return start;
      }
    }
    return -1;
  }

  /**
   * The fate told by the words before a group at {@code i}, "killing 22 people", "the death of
   * eight", with the index where they start; or null.
   */
  private static Told actBefore(Words w, int i, int end) {
    int v = i - 1;
    int of = w.lower(v - 2).equals("the") ? v - 2 : v - 1; // "the death of"
    if (w.lower(v).equals("of") && DEATH_OF.contains(w.lower(v - 1))) {
      return new Told(CasualtyMention.Kind.KILLED, of, end);
    } else if (w.lower(v).equals("of") && INJURY_OF.contains(w.lower(v - 1))) {
      return new Told(CasualtyMention.Kind.INJURED, of, end);
    } else if (KILL_VERBS.contains(w.lower(v))) {
      return new Told(CasualtyMention.Kind.KILLED, v, end);
    }
    // "gunmen shot dead two policemen": the phrase that tells a fate is also an act
    int phrase = killedPhraseBefore(w, i);
    if (phrase >= 0) {
      return new Told(CasualtyMention.Kind.KILLED, phrase, end);
    } else if (INJURE_VERBS.contains(w.lower(v))) {
      return new Told(CasualtyMention.Kind.INJURED, v, end);
    }
    return null;
  }
}
