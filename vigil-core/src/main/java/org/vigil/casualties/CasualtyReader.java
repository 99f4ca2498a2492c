package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.BETWEEN;
import static org.vigil.casualties.CasualtyWords.NOBODY_HURT;
import static org.vigil.casualties.CasualtyWords.NOBODY_INJURED;
import static org.vigil.casualties.CasualtyWords.NOBODY_KILLED;
import static org.vigil.casualties.CasualtyWords.NO_CASUALTIES;
import static org.vigil.casualties.CasualtyWords.NO_DEATHS;
import static org.vigil.casualties.CasualtyWords.NO_INJURIES;
import static org.vigil.casualties.CasualtyWords.TOLL_PHRASES;
import static org.vigil.casualties.CasualtyWords.TOLL_RISES;
import static org.vigil.casualties.CasualtyWords.UPDATES;

import java.util.ArrayList;
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
  private final AmongTheDead theDead = new AmongTheDead(quantities, phrases, fates);
  private final VictimGroupReader groups = new VictimGroupReader(phrases,
      new VictimListReader(phrases), new Breakdowns(phrases, fates), theDead, fates);

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
        next = theDead.read(w, i, out);
      }
      if (next <= i) {
        next = pronoun(w, i, out);
      }
      if (next <= i) {
        next = groups.read(w, i, out, null, false, false);
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
      int end = groups.read(w, j, out, CasualtyMention.Kind.KILLED, true, update);
      return Math.max(end, j + 1);
    }
    return i;
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

}
