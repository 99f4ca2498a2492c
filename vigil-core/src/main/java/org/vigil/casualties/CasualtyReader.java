package org.vigil.casualties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p>This class walks the sentence and tries, at each word, the forms a statement takes, in
 * order: an explicit zero ({@link NoCasualties}), a death toll ({@link DeathToll}), who the
 * dead were ({@link AmongTheDead}), a pronoun's fate ({@link PronounVictim}) and a group of
 * victims with its fate ({@link VictimGroupReader}).
 */
public final class CasualtyReader {

  private final DeathToll tolls;
  private final AmongTheDead theDead;
  private final PronounVictim pronouns;
  private final VictimGroupReader groups;
  private final QuantityReader quantities;

  public CasualtyReader() {
    CasualtyWords.load();
    quantities = new QuantityReader();
    Fates fates = new Fates(quantities);
    VictimPhraseReader phrases = new VictimPhraseReader(quantities, fates);
    theDead = new AmongTheDead(quantities, phrases, fates);
    groups = new VictimGroupReader(phrases, new VictimListReader(phrases),
        new Breakdowns(phrases, fates), theDead, fates);
    tolls = new DeathToll(quantities, groups);
    pronouns = new PronounVictim(fates);
  }

  /** Prepositions of place that may follow a figure whose fate was elided: "and one in". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near");
  /** The most words between a figure and the "and" of its elided twin: a place phrase. */
  private static final int PLACE_PHRASE_WORDS = 8;

  /**
   * A figure whose fate the statement before it tells, at word {@code i}: "Five more civilians
   * were killed in the town of Sabqa and one in the town of Harasta" gives one killed at
   * Harasta. After a statement and its place, "and", a figure and a preposition of place;
   * returns the index after the figure, or {@code i} when there is none.
   */
  private int elided(Words w, int i, List<CasualtyMention> out) {
    if (out.isEmpty() || !w.lower(i).equals("and") || i + 2 >= w.size()) {
      return i;
    }
    CasualtyMention before = out.get(out.size() - 1);
    int after = i;
    while (after > 0 && w.get(after - 1).start() >= before.span().end()) {
      after--;
    }
    if (after == i || i - after > PLACE_PHRASE_WORDS
        || !PLACE_PREPOSITIONS.contains(w.lower(after))) {
      return i;
    }
    Quantity q = quantities.read(w, i + 1);
    if (q == null || q.end() >= w.size() || !PLACE_PREPOSITIONS.contains(w.lower(q.end()))) {
      return i;
    }
    out.add(new CasualtyMention(before.kind(), q, Map.of(), false, false, false,
        w.span(i + 1, q.end())));
    return q.end();
  }

  /** Reads the casualty statements of {@code sentence}, which starts at {@code offset}. */
  public List<CasualtyMention> read(String sentence, int offset) {
    Words w = Words.of(sentence, offset);
    List<CasualtyMention> out = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      int next = NoCasualties.read(w, i, out);
      if (next <= i) {
        next = tolls.read(w, i, out);
      }
      if (next <= i) {
        next = theDead.read(w, i, out);
      }
      if (next <= i) {
        next = pronouns.read(w, i, out);
      }
      if (next <= i) {
        next = groups.read(w, i, out, null, false, false);
      }
      if (next <= i) {
        next = elided(w, i, out);
      }
      i = Math.max(next, i + 1);
    }
    return out;
  }
}
