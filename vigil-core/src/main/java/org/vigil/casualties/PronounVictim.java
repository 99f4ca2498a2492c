package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.BETWEEN;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fate of one person told by a pronoun ("he was wounded", "Soleimani, who was
 * assassinated") or by a name or a victim noun before a singular verb ("Sirajul Islam Sikder
 * was chopped to death").
 */
final class PronounVictim {

  /** The verbs by which a person dies of what befell them. */
  private static final Set<String> DIED = Set.of("died", "succumbed");
  /** The words that open a sentence on one person: "A man", "An activist", "One JCO". */
  private static final Set<String> ONE = Set.of("a", "an", "one");
  /** What follows "a" or "one" and is no person: "A day after", "A number of". */
  private static final Set<String> NOT_ONE_PERSON = Set.of("day", "week", "month", "year",
      "night", "morning", "evening", "decade", "while", "lot", "number", "total", "few",
      "couple", "dozen", "handful", "series", "spate", "string", "group", "source", "report",
      "statement", "spokesman", "spokesperson", "of");

  private final Fates fates;

  PronounVictim(Fates fates) {
    this.fates = fates;
  }

  /**
   * "he was wounded", "Soleimani, who was assassinated": one person. Returns the index after
   * what was read, {@code i} if none.
   */
  int read(Words w, int i, List<CasualtyMention> out) {
    String s = w.lower(i);
    boolean person = s.equals("he") || s.equals("she")
        || s.equals("who") && w.lower(i - 1).equals(",") && i >= 2
            && capitalised(w, i - 2);
    if (person) {
      if (DIED.contains(w.lower(i + 1))) {
        return died(w, i, i + 1, out); // "he died in hospital"
      }
      return fate(w, i, i + 1, true, true, out);
    }
    if (i == 0 && ONE.contains(s) && !NOT_ONE_PERSON.contains(w.lower(1))) {
      // "An unidentified boy who suffered burns in an arson attack ... died at Dhaka Medical
      // College Hospital", "A man, who suffered burn injuries ..., died on way to Dhaka": one
      // person, however long the clause between, opening the sentence that says they died.
      // The words between are still read: a group among them has its own fate.
      for (int k = 2; k < w.size(); k++) {
        if (DIED.contains(w.lower(k))) {
          died(w, i, k, out);
          return i + 1;
        }
      }
    }
    if (i == 0 && (ONE.contains(s) || s.equals("the")) && !NOT_ONE_PERSON.contains(w.lower(1))) {
      // "The driver of a covered van, was killed", "The general secretary of the Muavia unit
      // of the ASWJ ... was shot dead", "A jawan of 24 AR troopers was killed": one person,
      // the sentence's subject, told by a singular verb (its words name no other victims); a
      // name or a victim noun right before the verb is read below instead
      for (int k = 2; k < Math.min(w.size(), 25); k++) {
        String t = w.lower(k);
        if (t.equals("were") || t.equals(";") || t.equals("who") || t.equals("which")) {
          break;
        }
        if (t.equals("was")) {
          int last = w.lower(k - 1).equals(",") ? k - 2 : k - 1;
          if (!capitalised(w, last) && !singularVictim(w.lower(last))) {
            int r = fate(w, i, k, false, false, out);
            if (r != i) {
              return r;
            }
          }
          break;
        }
      }
    }
    // "Jubo League leader Sirajul Islam Sikder was chopped to death", "Senior Afghan Taliban
    // leader, Maulvi Mir Ahmad Gul Hashmi, was shot dead", "GNLA cadre was gunned down": a
    // singular verb after a name or a victim noun tells the fate of one person
    int before = w.lower(i - 1).equals(",") ? i - 2 : i - 1;
    if (before >= 0 && (capitalised(w, before) || singularVictim(w.lower(before)))
        && !w.lower(before).equals("he") && !w.lower(before).equals("she")) {
      return fate(w, before, i, false, true, out);
    }
    return i;
  }

  /** One death told by {@code died} at {@code k} of the person at {@code i}; after it. */
  private static int died(Words w, int i, int k, List<CasualtyMention> out) {
    out.add(new CasualtyMention(CasualtyMention.Kind.KILLED, new Quantity(1, 1, 1, i, i + 1),
        Map.of(), true, false, false, w.span(i, k + 1)));
    return k + 1;
  }

  /** Whether the word at {@code k} starts with a capital letter. */
  private static boolean capitalised(Words w, int k) {
    String t = w.get(k).text();
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  /** A victim noun that names one person: "cadre", "leader", "constable". */
  private static boolean singularVictim(String s) {
    return VictimNouns.category(s) != null && !VictimNouns.isPlural(s)
        && !VictimNouns.DEATH_NOUNS.contains(s) && !VictimNouns.INJURY_NOUNS.contains(s);
  }

  /**
   * The fate told from {@code j}, a singular verb, of the person at {@code i}; {@code
   * injuries} also reads an injury (a name's subject may be no person: "Aleppo was hurt").
   * One told by pronoun or name is an {@code individual}, summed with others; one told as the
   * sentence's subject ("A man was killed") is a figure of one, as "one man" would be.
   * Returns the index after what was read, {@code i} if none.
   */
  private int fate(Words w, int i, int j, boolean injuries, boolean individual,
      List<CasualtyMention> out) {
    if (!(w.lower(j).equals("was") || w.at(j, "had been") || w.at(j, "has been"))) {
      return i;
    }
    j += w.lower(j).equals("was") ? 1 : 2;
    while (BETWEEN.contains(w.lower(j)) && j < i + 5) {
      j++;
    }
    int r = fates.andThen(w, j);
    CasualtyMention.Kind kind = fates.state(w, r);
    if (kind == null || !injuries && kind != CasualtyMention.Kind.KILLED) {
      return i;
    }
    out.add(new CasualtyMention(kind, new Quantity(1, 1, 1, i, i + 1), Map.of(), individual,
        false, false, w.span(i, r + 1)));
    return r + 1;
  }
}
