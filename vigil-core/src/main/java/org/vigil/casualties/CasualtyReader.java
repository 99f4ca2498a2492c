package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.AUXILIARIES;
import static org.vigil.casualties.CasualtyWords.BETWEEN;
import static org.vigil.casualties.CasualtyWords.DEAD_GROUPS;
import static org.vigil.casualties.CasualtyWords.DEATH_OF;
import static org.vigil.casualties.CasualtyWords.INJURE_VERBS;
import static org.vigil.casualties.CasualtyWords.INJURY_OF;
import static org.vigil.casualties.CasualtyWords.KILL_VERBS;
import static org.vigil.casualties.CasualtyWords.NOBODY_HURT;
import static org.vigil.casualties.CasualtyWords.NOBODY_INJURED;
import static org.vigil.casualties.CasualtyWords.NOBODY_KILLED;
import static org.vigil.casualties.CasualtyWords.NOT_CASUALTIES;
import static org.vigil.casualties.CasualtyWords.NO_CASUALTIES;
import static org.vigil.casualties.CasualtyWords.NO_DEATHS;
import static org.vigil.casualties.CasualtyWords.NO_INJURIES;
import static org.vigil.casualties.CasualtyWords.TOLL_PHRASES;
import static org.vigil.casualties.CasualtyWords.TOLL_RISES;
import static org.vigil.casualties.CasualtyWords.UPDATES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the casualty statements of one sentence: who was killed or injured, and how many.
 *
 * <p>A figure counts when a verb or state says what happened to the victims, on either side:
 * "killing 22 people", "six people were killed", "left a child dead", "13 dead", "the death
 * toll rose to 30", "he was wounded". The state may come after a phrase telling whose or
 * where the victims were ("10 members of the Takfiri group were killed"), a hedge ("are
 * estimated to have been killed") or a first fate ("were rounded up and executed"). A
 * breakdown after "including" fills the categories and is never added to the total (22, not
 * 38). Missing, arrested or displaced people are not casualties. Stateless: one instance
 * serves every thread.
 */
public final class CasualtyReader {

  private final QuantityReader quantities = new QuantityReader();
  private final Fates fates = new Fates(quantities);
  private final VictimPhraseReader phrases = new VictimPhraseReader(quantities, fates);
  private final VictimListReader lists = new VictimListReader(phrases);
  private final Breakdowns breakdowns = new Breakdowns(phrases, fates);

  public CasualtyReader() {
    CasualtyWords.load();
  }

  /** Reads the casualty statements of {@code sentence}, which starts at {@code offset}. */
  public List<CasualtyMention> read(String sentence, int offset) {
    Words w = Words.of(sentence, offset);
    List<CasualtyMention> out = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      int next = none(w, i, out);
      if (next <= i) {
        next = toll(w, i, out);
      }
      if (next <= i) {
        next = ofTheDead(w, i, out);
      }
      if (next <= i) {
        next = pronoun(w, i, out);
      }
      if (next <= i) {
        next = group(w, i, out, null, false, false);
      }
      i = Math.max(next, i + 1);
    }
    return out;
  }

  /** "the death toll rose to 30": a killed figure that later tolls update. */
  private int toll(Words w, int i, List<CasualtyMention> out) {
    int t;
    String phrase = CasualtyWords.phraseAt(w, i, TOLL_PHRASES);
    if (phrase != null) {
      t = i + CasualtyWords.length(phrase);
    } else if (w.lower(i).equals("toll")) {
      t = i + 1;
    } else {
      return i;
    }
    boolean update = false;
    for (int j = t; j < Math.min(w.size(), t + 16); j++) {
      String s = w.lower(j);
      if (s.equals(";") || s.equals("toll")) {
        break;
      }
      if (UPDATES.contains(s)) {
        update = update || TOLL_RISES.contains(s);
        continue;
      }
      if (s.equals("from") && quantities.number(w, j + 1) != null) {
        j = quantities.numberEnd(w, j + 1) - 1;
        continue;
      }
      if (s.equals("a") || s.equals("an") || s.equals("several")) {
        continue;
      }
      Quantity q = quantities.read(w, j);
      if (q == null || NotPeople.figure(w, q)) {
        continue;
      }
      if (q.best() == null && VictimNouns.category(w.lower(q.end())) == null
          && !w.lower(q.end()).equals("of")) {
        continue; // "dozens" alone after "toll" is too loose to count
      }
      int end = group(w, j, out, CasualtyMention.Kind.KILLED, true, update);
      return Math.max(end, j + 1);
    }
    return i;
  }

  /**
   * Who the dead were, said apart from how many: "five of the dead were children", "of those
   * killed, six were children", and after a figure, "seven of them children" or "on Tuesday,
   * among them four children". The first two say at least that many were killed; the others
   * refine the figure before them.
   */
  private int ofTheDead(Words w, int i, List<CasualtyMention> out) {
    int q = i;
    boolean lead = w.at(i, "of those killed") || w.at(i, "of the dead");
    boolean amongThem = w.at(i, "among them") || w.at(i, "among whom");
    if (lead) {
      q = w.lower(i + 3).equals(",") ? i + 4 : i + 3;
    } else if (amongThem) {
      q = i + 2;
    }
    Quantity n = quantities.read(w, q);
    if (n == null || n.best() == null || n.start() != q) {
      return i;
    }
    int j = n.end();
    boolean ofThem = amongThem || !lead && (w.at(j, "of them") || w.at(j, "of whom"));
    boolean ofDead = !lead && (w.at(j, "of those killed")
        || w.lower(j).equals("of") && w.lower(j + 1).equals("the")
        && DEAD_GROUPS.contains(w.lower(j + 2)));
    if (!(lead || ofThem || ofDead)) {
      return i;
    }
    j += lead || amongThem ? 0 : ofThem ? 2 : 3;
    if (AUXILIARIES.contains(w.lower(j))) {
      j++;
    }
    String category = VictimNouns.category(w.lower(j));
    if (category == null || category.isEmpty()) {
      return i;
    }
    Map<String, Integer> categories = Map.of(category, n.best());
    if (ofThem) {
      for (int k = out.size() - 1; k >= 0; k--) {
        CasualtyMention m = out.get(k);
        if (m.kind() == CasualtyMention.Kind.KILLED && !m.individual()) {
          Map<String, Integer> merged = new HashMap<>(m.categories());
          merged.put(category, n.best());
          out.set(k, new CasualtyMention(m.kind(), m.count(), merged, false, m.toll(),
              m.update(), m.span()));
          return j + 1;
        }
      }
      return i;
    }
    out.add(new CasualtyMention(CasualtyMention.Kind.KILLED,
        new Quantity(null, n.best(), null, n.start(), n.end()), categories, false, false,
        false, w.span(i, j + 1)));
    return j + 1;
  }

  /**
   * "caused no human casualties", "the YPG reported no deaths", "no one was hurt": an explicit
   * zero, which is a figure (0), not the absence of one. Casualties and hurt are both killed
   * and injured; deaths only killed, injuries only injured. A zero of one group ("no
   * casualties among the soldiers", "in the ranks of") says nothing of the others: not read.
   */
  private int none(Words w, int i, List<CasualtyMention> out) {
    int j;
    if (w.lower(i).equals("no") && !w.lower(i + 1).equals("one")) {
      j = i + 1;
      if (w.lower(j).equals("human")) {
        j++;
      }
    } else if (w.lower(i).equals("without")) {
      j = i + 1;
      while ((w.lower(j).equals("causing") || w.lower(j).equals("any")) && j < i + 3) {
        j++;
      }
    } else if (w.at(i, "no one") || w.lower(i).equals("nobody")) {
      j = i + (w.lower(i).equals("nobody") ? 1 : 2);
      if (w.lower(j).equals("was") || w.lower(j).equals("were")) {
        j++;
      }
      String verb = w.lower(j);
      boolean dead = NOBODY_KILLED.contains(verb);
      boolean hurt = NOBODY_HURT.contains(verb);
      if (!dead && !hurt && !NOBODY_INJURED.contains(verb)) {
        return i;
      }
      zero(w, i, j + 1, dead || hurt, !dead, out);
      return j + 1;
    } else {
      return i;
    }
    String both = CasualtyWords.phraseAt(w, j, NO_CASUALTIES);
    String deaths = CasualtyWords.phraseAt(w, j, NO_DEATHS);
    String injuries = CasualtyWords.phraseAt(w, j, NO_INJURIES);
    boolean dead = both != null || deaths != null;
    boolean hurt = both != null || injuries != null;
    if (!dead && !hurt || w.lower(j + 1).equals("among") || w.at(j + 1, "in the ranks")) {
      return i;
    }
    int end = j + CasualtyWords.length(both != null ? both : deaths != null ? deaths : injuries);
    zero(w, i, end, dead, hurt, out);
    return end;
  }

  private static void zero(Words w, int from, int to, boolean killed, boolean injured,
      List<CasualtyMention> out) {
    for (CasualtyMention.Kind kind : CasualtyMention.Kind.values()) {
      if (kind == CasualtyMention.Kind.KILLED ? killed : injured) {
        out.add(new CasualtyMention(kind, new Quantity(0, 0, 0, from, to), Map.of(), false,
            false, false, w.span(from, to)));
      }
    }
  }

  /** "he was wounded", "Soleimani, who was assassinated": one person. */
  private int pronoun(Words w, int i, List<CasualtyMention> out) {
    String s = w.lower(i);
    boolean person = s.equals("he") || s.equals("she")
        || s.equals("who") && w.lower(i - 1).equals(",") && i >= 2
            && Character.isUpperCase(w.get(i - 2).text().charAt(0));
    if (!person) {
      return i;
    }
    int j = i + 1;
    if (!(w.lower(j).equals("was") || w.at(j, "had been") || w.at(j, "has been"))) {
      return i;
    }
    j += w.lower(j).equals("was") ? 1 : 2;
    while (BETWEEN.contains(w.lower(j)) && j < i + 5) {
      j++;
    }
    CasualtyMention.Kind kind = fates.state(w, j);
    if (kind == null) {
      return i;
    }
    out.add(new CasualtyMention(kind, new Quantity(1, 1, 1, i, i + 1), Map.of(), true, false,
        false, w.span(i, j + 1)));
    return j + 1;
  }

  /**
   * A list of victim phrases with what happened to them. {@code forced} gives the kind when
   * no verb says it (a toll).
   */
  private int group(Words w, int i, List<CasualtyMention> out, CasualtyMention.Kind forced,
      boolean toll, boolean update) {
    VictimPhrase first = phrases.read(w, i, false);
    if (first == null) {
      return i;
    }
    VictimList items = lists.read(w, i, first);
    int j = items.end();
    Map<String, Integer> categories = items.categories();
    int after = breakdowns.afterList(w, j, categories);
    // "Ten children were among at least 48 people killed": the children are part of the 48
    // "Six civilians including a child were among at least 22 people killed": after the
    // breakdown, if one came
    int among = w.at(after, "were among") || w.at(after, "was among")
        || w.at(after, "are among") ? after + 2 : w.at(after, "among") ? after + 1 : -1;
    if (among > 0 && (w.lower(among).equals("the") || w.lower(among).equals("those"))
        && DEAD_GROUPS.contains(w.lower(among + 1))) {
      // "three children were among the dead", "among those killed": at least they died
      int n = categories.values().stream().mapToInt(Integer::intValue).sum();
      out.add(new CasualtyMention(CasualtyMention.Kind.KILLED,
          new Quantity(null, n, null, first.start(), after), categories, false, toll, update,
          w.span(i, among + 2)));
      return among + 2;
    }
    if (among > 0) {
      VictimPhrase whole = phrases.read(w, among, false);
      if (whole == null && w.lower(among).equals("the")) {
        whole = phrases.read(w, among + 1, false); // "among the 28 dead"
      }
      if (whole != null && (!whole.bare() || DEAD_GROUPS.contains(w.lower(whole.end())))) {
        Map<String, Integer> merged = new HashMap<>(categories);
        whole.countIn(merged);
        int r = Fates.pastAuxiliaries(w, whole.end());
        CasualtyMention.Kind kind = fates.state(w, r);
        if (kind != null) {
          Quantity q = whole.quantity();
          out.add(new CasualtyMention(kind, new Quantity(q.best(), q.low(), q.high(), among,
              whole.end()), merged, false, toll, update, w.span(i, r + 1)));
          return r + 1;
        }
      }
    }
    int r = fates.andThen(w, fates.hedged(w, Fates.pastAuxiliaries(w, after)));
    // "kills 33 Fateh Al Sham Terrorist Captured 10": when a verb before the group already
    // tells its fate, a participle right after it starts a headline's next clause
    boolean fated = KILL_VERBS.contains(w.lower(i - 1)) || INJURE_VERBS.contains(w.lower(i - 1));
    if (NOT_CASUALTIES.contains(w.lower(r)) && !(r == after && fated)) {
      return r + 1;
    }
    CasualtyMention.Kind kind = fates.state(w, r);
    int start = i;
    int end = kind != null ? r + 1 : after;
    if (kind == null && r != j) {
      // the state may follow the group itself: "22 people, including 9 children, were killed"
      kind = fates.state(w, Fates.pastAuxiliaries(w, j));
    }
    if (kind == null) {
      int v = i - 1;
      if (w.lower(v).equals("of") && DEATH_OF.contains(w.lower(v - 1))) {
        kind = CasualtyMention.Kind.KILLED;
        start = w.lower(v - 2).equals("the") ? v - 2 : v - 1;
      } else if (w.lower(v).equals("of") && INJURY_OF.contains(w.lower(v - 1))) {
        kind = CasualtyMention.Kind.INJURED;
        start = w.lower(v - 2).equals("the") ? v - 2 : v - 1;
      } else if (KILL_VERBS.contains(w.lower(v))) {
        kind = CasualtyMention.Kind.KILLED;
        start = v;
      } else if (INJURE_VERBS.contains(w.lower(v))) {
        kind = CasualtyMention.Kind.INJURED;
        start = v;
      }
    }
    if (kind == null && !first.bare()) {
      int c = fates.complement(w, after);
      if (c > after) {
        kind = fates.state(w, c);
        end = c + 1;
      }
    }
    if (kind == null && items.size() == 1) {
      if (VictimNouns.DEATH_NOUNS.contains(first.noun())) {
        kind = CasualtyMention.Kind.KILLED;
      } else if (VictimNouns.INJURY_NOUNS.contains(first.noun())) {
        kind = CasualtyMention.Kind.INJURED;
      }
    }
    if (kind == null) {
      kind = forced;
    }
    if (kind == null) {
      return first.bare() ? i : after;
    }
    if (kind != CasualtyMention.Kind.KILLED && forced != null) {
      toll = false;
    }
    if (end > after) {
      // "at least 56 dead including 11 children": the breakdown after the state
      end = breakdowns.afterState(w, end, categories);
    }
    out.add(new CasualtyMention(kind, items.total(i, j), categories, items.individual(), toll,
        update, w.span(start, Math.max(end, j))));
    return Math.max(end, after);
  }

}
