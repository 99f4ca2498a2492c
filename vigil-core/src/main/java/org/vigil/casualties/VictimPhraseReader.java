package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.POSSESSIVES;
import static org.vigil.casualties.CasualtyWords.STOP;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one victim phrase at a word: a figure and the noun that names the victims ("22
 * people", "nine of his comrades", "two family members"), a kin noun ("his wife"), or a bare
 * figure ("13"), with the category the noun counts the victims in.
 */
final class VictimPhraseReader {

  private static final Pattern AGE =
      Pattern.compile("([a-z0-9\\-]+?)-(day|week|month|year)s?-old");

  private final QuantityReader quantities;
  private final Fates fates;

  /**
   * The words of a victim phrase before its noun.
   *
   * @param figureAt the index of the figure, after a possessive or "the"
   * @param quantity the figure, or null
   * @param singular the figure is "a" or "an"
   * @param oneOf "one of the commanders": one person, told apart from the group's figure
   * @param words the index of the first word after the figure (and "of his")
   * @param inList the phrase follows another in a list
   */
  private record Opening(int start, int figureAt, Quantity quantity, boolean possessive,
      boolean singular, boolean oneOf, int words, boolean inList) {}

  VictimPhraseReader(QuantityReader quantities, Fates fates) {
    this.quantities = quantities;
    this.fates = fates;
  }

  /** One victim phrase from word {@code i}, or null. */
  VictimPhrase read(Words w, int i, boolean inList) {
    Opening o = opening(w, i, inList);
    if (o.quantity() != null && NotPeople.figure(w, o.quantity())) {
      return null;
    }
    return noun(w, o);
  }

  private Opening opening(Words w, int i, boolean inList) {
    int k = i;
    boolean possessive = POSSESSIVES.contains(w.lower(k));
    if (possessive || w.lower(k).equals("the")) {
      k++;
    }
    Quantity q = quantities.read(w, k);
    boolean singular = q != null && (w.lower(k).equals("a") || w.lower(k).equals("an"))
        && Integer.valueOf(1).equals(q.best());
    if (q != null && q.best() == null && q.low() != null && q.low() == 3
        && !w.lower(k).equals("several")) {
      q = null;
    }
    int m = q != null ? q.end() : k;
    // "killed one of the commanders": one person, told apart from the group's figure
    boolean oneOf = q != null && Integer.valueOf(1).equals(q.best()) && w.lower(m).equals("of");
    if (q != null && w.lower(m).equals("of") && !singular) {
      m++;
      if (POSSESSIVES.contains(w.lower(m))) {
        m++; // "nine of his comrades"
      }
    }
    return new Opening(i, k, q, possessive, singular, oneOf, m, inList);
  }

  /** The phrase ending in the first victim noun after the opening {@code o}, or without one. */
  private VictimPhrase noun(Words w, Opening o) {
    int m = o.words();
    boolean childAge = false;
    int last = m; // after the words read so far that name no victim
    for (int j = m; j < Math.min(w.size(), m + 7); j++) {
      String s = w.lower(j);
      if (quantities.number(w, j) != null) {
        break; // "17:27 Nine Civilians Killed": the noun is the nearer figure's
      }
      if (VictimNouns.category(s) != null && !(o.quantity() == null && !VictimNouns.isKin(s))) {
        if (headComesLater(w, j, m)) {
          continue; // "family members", "civilian victims": the head comes last
        }
        return named(o, j, s, childAge);
      }
      if (s.equals("(") || s.equals(")") || s.equals("/")) {
        continue; // "31 Islamic State (IS) group militants", "5 TTP/LEI militants"
      }
      if (endsPhrase(w, j, m)) {
        break;
      }
      childAge |= childAge(s);
      last = j + 1;
    }
    return unnamed(w, o, last);
  }

  /** Whether the victim noun at {@code j} is followed by the phrase's head noun. */
  private static boolean headComesLater(Words w, int j, int m) {
    String next = w.lower(j + 1);
    return VictimNouns.category(next) != null && !VictimNouns.DEATH_NOUNS.contains(next)
        && !VictimNouns.INJURY_NOUNS.contains(next) && !STOP.contains(next) && j + 1 < m + 7;
  }

  /** Whether the word at {@code j} can be no word of the phrase before its noun. */
  private boolean endsPhrase(Words w, int j, int m) {
    String s = w.lower(j);
    boolean joins = s.equals("and") && j > m && quantities.read(w, j + 1) == null
        && VictimNouns.category(w.lower(j - 1)) == null; // "regime and rebel fighters"
    String raw = w.get(j).text();
    boolean acronym = raw.length() > 1 && raw.chars().allMatch(Character::isUpperCase);
    return !joins && (STOP.contains(s) && !acronym
        || !s.matches("[\\p{L}][\\p{L}\\-'.]*|\\d+-[\\p{L}\\-]+"));
  }

  /** The phrase of the opening {@code o} ending in the victim noun {@code s} at {@code j}. */
  private static VictimPhrase named(Opening o, int j, String s, boolean childAge) {
    String cat = VictimNouns.category(s);
    boolean kin = VictimNouns.isKin(s);
    Quantity q = o.quantity();
    if (q == null) {
      if (!(o.possessive() || o.inList()) || VictimNouns.isPlural(s)) {
        return null;
      }
      q = new Quantity(1, 1, 1, o.start(), j + 1);
    } else if (o.singular() && VictimNouns.isPlural(s)) {
      return null;
    }
    if (kin && childAge || cat.equals(VictimNouns.CHILDREN)) {
      cat = VictimNouns.CHILDREN;
    }
    return new VictimPhrase(o.start(), j + 1, q, cat, s,
        kin && o.possessive() || kin && o.inList() || o.oneOf(), false);
  }

  /** A figure without a victim noun, the words before {@code last} read; or null. */
  private VictimPhrase unnamed(Words w, Opening o, int last) {
    Quantity q = o.quantity();
    int m = o.words();
    int k = o.figureAt();
    // "Around 15 young Assyrians are martyred": a plural the victim nouns lack, before a fate
    if (q != null && !o.singular() && last > m && last - m <= 3
        && w.lower(last - 1).endsWith("s") && !NotPeople.isYear(w, q) && fates.fateAt(w, last)) {
      return new VictimPhrase(o.start(), last, q, "", w.lower(last - 1), false, false);
    }
    // "A ranger was shot dead": one victim the nouns lack, named by a singular before its fate
    if (o.singular() && last > m && last - m <= 3 && fates.fateAt(w, last)) {
      return new VictimPhrase(o.start(), last, q, "", w.lower(last - 1), false, false);
    }
    // "Maoists allegedly killed an adivasi", "shot dead a pathan film actress": one victim the
    // nouns lack, the object of a verb or phrase of killing ("claimed a" claims no life)
    if (o.singular() && last > m && last - m <= 3 && killedBefore(w, o.start())) {
      return new VictimPhrase(o.start(), last, q, "", w.lower(last - 1), false, false);
    }
    if (q != null && !o.singular() && q.start() == k && !w.lower(k).equals("the")
        && k == o.start() && !NotPeople.isYear(w, q) && !age(w, q)) {
      return new VictimPhrase(o.start(), q.end(), q, "", "", o.oneOf(), true);
    }
    return null;
  }

  /** "Rajaram Jha, 25, died": a bare figure set off by commas after a name is an age. */
  private static boolean age(Words w, Quantity q) {
    int before = q.start() - 2;
    return before >= 0 && w.lower(q.start() - 1).equals(",") && w.lower(q.end()).equals(",")
        && Character.isUpperCase(w.get(before).text().charAt(0));
  }

  /** Whether a verb or phrase of killing ends right before word {@code i}. */
  private static boolean killedBefore(Words w, int i) {
    return CasualtyWords.killsItsObject(w.lower(i - 1))
        || VictimGroupReader.killedPhraseBefore(w, i) >= 0;
  }

  /** "five-month-old", "3-year-old" (under 18). */
  private static boolean childAge(String s) {
    Matcher m = AGE.matcher(s);
    if (!m.matches()) {
      return false;
    }
    if (!m.group(2).equals("year")) {
      return true;
    }
    Integer n = new QuantityReader().number(Words.of(m.group(1), 0), 0);
    return n != null && n < 18;
  }
}
