package org.vigil.people;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.quotes.TokenIndex;

/**
 * A person's age and descriptors from the words around their mentions: before the name
 * ("displaced Aleppo native Abu Ahmed", "Gov. Mike Pence", "22-year-old Ismail") and in an
 * apposition after it ("Name, 35,", "Name, another displaced Aleppo native,").
 */
final class Descriptors {
  private static final Pattern AGE_BEFORE_NAME = Pattern.compile("\\b(\\d{1,3})-year-old\\s+$");
  private static final Pattern AGE_WORD = Pattern.compile("(\\d{1,3})-year-old");

  private final PeopleOptions options;

  Descriptors(PeopleOptions options) {
    this.options = options;
  }

  /** Age and descriptors from the words around each mention. */
  void describe(PersonCluster c, TokenIndex index) {
    for (int[] m : c.tokens) {
      before(c, index, m[0]);
      after(c, index, m[1]);
    }
  }

  /** "displaced Aleppo native Abu Ahmed", "Gov. Mike Pence", "22-year-old Ismail". */
  private void before(PersonCluster c, TokenIndex index, int from) {
    String head = index.text().substring(Math.max(0, index.token(from).beginPosition() - 20),
        index.token(from).beginPosition());
    Matcher years = AGE_BEFORE_NAME.matcher(head);
    if (years.find()) {
      c.setAge(Integer.parseInt(years.group(1)));
      return;
    }
    int i = from - 1;
    if (i >= 0 && PeopleExtractor.HONORIFICS.contains(index.token(i).word().toLowerCase(Locale.ROOT))) {
      i--;
    }
    int end = i + 1;
    int start = end;
    while (i >= 0 && end - i <= options.maxDescriptorTokens() + 1) {
      CoreLabel t = index.token(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (PeopleExtractor.TITLES.containsKey(w)) {
        c.descriptors.add(PeopleExtractor.TITLES.get(w));
        if (start == end) {
          end = i;
          start = i;
          i--;
          continue;
        }
        break;
      }
      boolean modifier = (t.tag().startsWith("JJ") || t.tag().startsWith("NN") || t.tag().equals("VBN"))
          && !t.ner().equals("PERSON") && !t.ner().equals("DATE") && !t.ner().equals("TIME")
          && !t.word().equals("-LRB-") && !index.inQuote(i);
      if (!modifier) {
        break;
      }
      start = i;
      i--;
    }
    if (start < end && hasRole(index, start, end)) {
      c.descriptors.add(index.text(start, end));
    }
  }

  /** "Name, 35," gives an age; "Name, another displaced Aleppo native," a descriptor. */
  private void after(PersonCluster c, TokenIndex index, int to) {
    if (to >= index.size() || !index.token(to).word().equals(",")) {
      return;
    }
    int i = to + 1;
    int stop = i;
    while (stop < index.size() && stop < i + 9 && !isClauseEnd(index.token(stop))) {
      stop++;
    }
    if (stop == i || stop >= index.size()) {
      return;
    }
    if (stop == i + 1 && index.token(i).tag().equals("CD")) {
      String w = index.token(i).word();
      if (w.matches("\\d{1,3}") && Integer.parseInt(w) > 0 && Integer.parseInt(w) < 120) {
        c.setAge(Integer.parseInt(w));
      }
      return;
    }
    String det = index.token(i).word().toLowerCase(Locale.ROOT);
    if (!PeopleExtractor.DETERMINERS.contains(det)) {
      return;
    }
    // "a 41-year-old shopkeeper who was wounded": the relative clause ends the description.
    int from = i + 1;
    for (int k = from; k < stop; k++) {
      String tag = index.token(k).tag();
      if (tag.startsWith("W")) {
        stop = k;
        break;
      }
      if (tag.startsWith("VBD") || tag.startsWith("VBZ") || tag.startsWith("VBP")
          || tag.equals("MD")) {
        return;
      }
    }
    // The tokeniser splits "22-year-old" at its hyphens: read the age off the text.
    Matcher years = from < stop ? AGE_WORD.matcher(index.text(from, stop)) : null;
    if (years != null && years.lookingAt()) {
      c.setAge(Integer.parseInt(years.group(1)));
      int ageEnd = index.token(from).beginPosition() + years.end();
      while (from < stop && index.token(from).endPosition() <= ageEnd) {
        from++;
      }
    }
    if (from < stop && stop - from <= options.maxDescriptorTokens() + 4
        && hasRoleOrNoun(index, from, stop)) {
      c.descriptors.add(index.text(from, stop));
    }
  }

  private static boolean isClauseEnd(CoreLabel t) {
    String w = t.word();
    return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.startsWith("--")
        || w.equals("-RRB-") || w.equals("''") || w.equals("``");
  }

  private boolean hasRole(TokenIndex index, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isRole(index.token(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRoleOrNoun(TokenIndex index, int from, int to) {
    for (int i = from; i < to; i++) {
      if (index.token(i).tag().startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  private boolean isRole(CoreLabel t) {
    return options.roleNouns().contains(t.word().toLowerCase(Locale.ROOT));
  }
}
