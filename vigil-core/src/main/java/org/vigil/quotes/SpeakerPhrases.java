package org.vigil.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;

/**
 * The phrase that names a speaker next to a speech verb: the subject to its left ("the
 * ministry's spokesman said"), the phrase to its right ("said Col. John Dorrian"), the
 * sentence's subject, an entity opening a clause. Reads tokens and the article's entities;
 * which person or organisation the phrase means is {@link SpeakerResolver}'s job.
 */
final class SpeakerPhrases {
  private final TokenIndex index;
  private final ArticleEntities entities;

  SpeakerPhrases(TokenIndex index, ArticleEntities entities) {
    this.index = index;
    this.entities = entities;
  }

  /** The subject left of verb {@code v}, no further left than {@code lo}. */
  SpeakerPhrase leftNp(int v, int lo) {
    CoreLabel verb = index.token(v);
    if (v > lo && (index.token(v - 1).tag().equals("TO") || verb.tag().equals("VBG")
        || index.token(v - 1).tag().equals("CC"))) {
      // "Clinton had mocked it, saying …", "took to Twitter to accuse", "bemoaned … and said";
      // but "footage of Hillary Clinton asking" names its own subject.
      if (verb.tag().equals("VBG") && entities.idAt(v - 1) != null) {
        return npEndingAt(v - 1, lo);
      }
      return sentenceSubject(lo, v);
    }
    for (int r = lo + 1; r < v; r++) {
      String tag = index.token(r).tag();
      if ((tag.equals("WDT") || tag.equals("WP")) && !index.inQuote(r)) {
        SpeakerPhrase head = leadingEntity(lo, r); // "US Central Command, which oversees …, said"
        if (head != null) {
          return head;
        }
        break;
      }
    }
    int j = v - 1;
    while (j >= lo && (index.token(j).tag().startsWith("RB") || CueFinder.isAux(index.token(j)))) {
      j--;
    }
    j = index.skipParenthesis(j, lo); // "Sen. Claire McCaskill (D-Mo.) said"
    if (j >= lo && index.token(j).word().equals(",")) {
      SpeakerPhrase opening = leadingEntity(lo, j); // "Michael Mulgrew, president of …, which …, said"
      if (opening != null && index.token(opening.to()).word().equals(",")) {
        return opening;
      }
      int k = j - 1;
      while (k >= lo && k > j - 25 && !index.token(k).word().equals(",")) {
        k--;
      }
      if (k < lo || !index.token(k).word().equals(",")) {
        return null;
      }
      SpeakerPhrase appositive = wholeEntity(k + 1, j);
      if (appositive != null) {
        return appositive; // "Another critic, Laurence H. Tribe, likened …": the name
      }
      j = k - 1;
    }
    if (j < lo) {
      return null;
    }
    return npEndingAt(j, lo);
  }

  /**
   * The index of "of" where the capitalised words ending at {@code j} name what a person is of
   * ("Senator Mitch McConnell of Kentucky", "Rep. Adam Schiff of California"), else -1.
   */
  private int personOfPlace(int j, int lo) {
    for (int o = j - 1; o > lo && o >= j - 4; o--) {
      if (!Character.isUpperCase(index.token(o + 1).word().charAt(0))) {
        return -1;
      }
      if (index.token(o).word().equals("of")) {
        String person = entities.idAt(o - 1);
        return person != null && entities.isPerson(person) ? o : -1;
      }
    }
    return -1;
  }

  /** The person or organisation whose name is all of tokens {@code [from, to)}, or null. */
  private SpeakerPhrase wholeEntity(int from, int to) {
    String id = from < to ? entities.idAt(from) : null;
    for (int i = from; id != null && i < to; i++) {
      if (!id.equals(entities.idAt(i))) {
        return null;
      }
    }
    return id == null ? null : new SpeakerPhrase(from, to, SpeakerPhrase.Kind.ENTITY, id, null);
  }

  /** The first person or organisation in subject position between {@code lo} and {@code v}. */
  SpeakerPhrase sentenceSubject(int lo, int v) {
    SpeakerPhrase opening = leadingEntity(lo, v); // "House Speaker Paul Ryan, R-Wis., despite …"
    if (opening != null) {
      return opening;
    }
    for (int i = lo; i < v; i++) {
      if (index.inQuote(i)) {
        continue;
      }
      if (entities.idAt(i) != null) {
        int end = i;
        while (end < v && entities.idAt(i).equals(entities.idAt(end))) {
          end++;
        }
        if (index.isSubject(i, end)) {
          return new SpeakerPhrase(i, end, SpeakerPhrase.Kind.ENTITY, entities.idAt(i), null);
        }
        i = end - 1;
      } else if (index.token(i).tag().equals("PRP") && (i == lo || !Character.isLetterOrDigit(index.token(i - 1).word().charAt(0)))) {
        return new SpeakerPhrase(i, i + 1, SpeakerPhrase.Kind.PRONOUN, null, index.token(i).word().toLowerCase(Locale.ROOT));
      }
    }
    return null;
  }

  SpeakerPhrase npEndingAt(int j, int lo) {
    CoreLabel t = index.token(j);
    int of = personOfPlace(j, lo);
    if (of >= 0) {
      return npEndingAt(of - 1, lo); // "Gov. Earl Ray Tomblin of West Virginia lauded …"
    }
    if (entities.idAt(j) != null) {
      int a = j;
      while (a > lo && entities.idAt(j).equals(entities.idAt(a - 1))) {
        a--;
      }
      return new SpeakerPhrase(a, j + 1, SpeakerPhrase.Kind.ENTITY, entities.idAt(j), null);
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.tag().equals("PRP")) {
      return new SpeakerPhrase(j, j + 1, SpeakerPhrase.Kind.PRONOUN, null, w);
    }
    if ((t.tag().equals("WDT") || t.tag().equals("WP")) && j - 1 >= lo) {
      // "the Chicago Police Department which reported …": the relative pronoun's antecedent
      // only a named one: "anybody who complains" is seldom the speaker the quote wants
      int k = index.token(j - 1).word().equals(",") ? j - 2 : j - 1;
      SpeakerPhrase antecedent = k >= lo ? npEndingAt(k, lo) : null;
      return antecedent != null && antecedent.kind() == SpeakerPhrase.Kind.ENTITY ? antecedent : null;
    }
    if (isWhen(t)) {
      return null; // "the coalition which launched … in Syria last September said"
    }
    if (t.tag().startsWith("NN") || t.tag().startsWith("JJ")) {
      int a = j;
      while (a > lo && (index.token(a - 1).tag().startsWith("NN") || index.token(a - 1).tag().startsWith("JJ")
          || index.token(a - 1).tag().equals("DT") || index.token(a - 1).tag().equals("CD")
          || index.token(a - 1).tag().equals("POS") || index.token(a - 1).tag().equals("IN")
          || index.token(a - 1).tag().equals("CC") || entities.idAt(a - 1) != null)
          && j - a < 8) {
        a--;
        if (index.token(a).tag().equals("DT")) {
          break;
        }
      }
      if (CueFinder.SPOKES.contains(w)) {
        for (int i = a; i <= j; i++) {
          if (entities.idAt(i) != null && entities.isOrganization(entities.idAt(i))) {
            return new SpeakerPhrase(a, j + 1, SpeakerPhrase.Kind.ENTITY, entities.idAt(i), null); // "a ministry spokesman"
          }
        }
      }
      boolean proper = t.tag().startsWith("NNP");
      return new SpeakerPhrase(a, j + 1, proper ? SpeakerPhrase.Kind.NAME : SpeakerPhrase.Kind.DESCRIPTION, null, w);
    }
    return null;
  }

  private static boolean isWhen(CoreLabel t) {
    String ner = t.ner();
    return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "NUMBER".equals(ner);
  }

  /** The subject right of an inverted verb: {@code said displaced Aleppo native Abu Ahmed}. */
  SpeakerPhrase rightNp(int from, int hi) {
    int k = from;
    int lastNoun = -1;
    for (; k < hi && k < from + 10; k++) {
      CoreLabel t = index.token(k);
      String w = t.word();
      if (entities.idAt(k) != null && !index.inQuote(k)) {
        int end = k;
        while (end < hi && entities.idAt(k).equals(entities.idAt(end))) {
          end++;
        }
        return new SpeakerPhrase(from, end, SpeakerPhrase.Kind.ENTITY, entities.idAt(k), null);
      }
      if (t.tag().equals("PRP") && k == from) {
        return new SpeakerPhrase(k, k + 1, SpeakerPhrase.Kind.PRONOUN, null, w.toLowerCase(Locale.ROOT));
      }
      if ((!Character.isLetterOrDigit(w.charAt(0)) && !t.tag().equals("HYPH"))
          || t.tag().equals("VBD") || t.tag().equals("VBZ")
          || t.tag().equals("VBP") || t.tag().equals("MD") || t.tag().equals("WP")
          || t.tag().equals("WDT") || w.equalsIgnoreCase("that") || index.inQuote(k)) {
        break;
      }
      if (t.tag().startsWith("NN") || t.tag().startsWith("JJ")) {
        lastNoun = k;
      }
    }
    if (lastNoun < 0) {
      return null;
    }
    CoreLabel head = index.token(lastNoun);
    return new SpeakerPhrase(from, lastNoun + 1, head.tag().startsWith("NNP") ? SpeakerPhrase.Kind.NAME : SpeakerPhrase.Kind.DESCRIPTION,
        null, head.word().toLowerCase(Locale.ROOT));
  }

  /**
   * The person or organisation heading the noun phrase that starts at {@code from}, past
   * titles and affiliations: {@code panel Chairman Rep. Jason Chaffetz (R-Utah)},
   * {@code IMF chief economist Maury Obstfeld}, {@code MSNBC host Chris Matthews}. Null when
   * the phrase ends in a plain noun ("Trump lawyer").
   */
  SpeakerPhrase leadingEntity(int from, int hi) {
    int end = from;
    while (end < hi && end < from + 12 && isNominal(end)) {
      if (end > from && index.token(end).tag().equals("DT") && entities.idAt(end - 1) != null) {
        break; // "Hisham Marwah the Syrian National Coalition's vice-president": comma lost
      }
      end++;
    }
    if (end == from || entities.idAt(end - 1) == null || index.inQuote(end - 1)) {
      return null;
    }
    String id = entities.idAt(end - 1);
    int start = end - 1;
    while (start > from && id.equals(entities.idAt(start - 1))) {
      start--;
    }
    return new SpeakerPhrase(from, end, SpeakerPhrase.Kind.ENTITY, id, null);
  }

  private boolean isNominal(int i) {
    CoreLabel t = index.token(i);
    String tag = t.tag();
    if (t.word().equals(".") && i > 0 && index.token(i - 1).word().matches("\\p{Lu}\\p{L}{0,3}")) {
      return true; // "said Del. Stacey Plaskett" when "Del." is split
    }
    return entities.idAt(i) != null || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT")
        || tag.equals("HYPH") || tag.equals("POS") || tag.equals("CD") || tag.equals("VBN");
  }
}
