package org.vigil.casualties;

import java.util.ArrayList;
import java.util.List;

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

  public CasualtyReader() {
    CasualtyWords.load();
    QuantityReader quantities = new QuantityReader();
    Fates fates = new Fates(quantities);
    VictimPhraseReader phrases = new VictimPhraseReader(quantities, fates);
    theDead = new AmongTheDead(quantities, phrases, fates);
    groups = new VictimGroupReader(phrases, new VictimListReader(phrases),
        new Breakdowns(phrases, fates), theDead, fates);
    tolls = new DeathToll(quantities, groups);
    pronouns = new PronounVictim(fates);
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
      i = Math.max(next, i + 1);
    }
    return out;
  }
}
