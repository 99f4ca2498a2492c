package org.vigil.people;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Dateline;
import org.vigil.model.Person;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;
import org.vigil.quotes.QuotationMarks;
import org.vigil.quotes.TokenIndex;
import org.vigil.tables.WordLists;

/**
 * Finds the people of an article and merges their mentions: "Ismail al-Asali" … "Asali" …
 * "the 22-year-old"; "Donald Trump" … "Mr. Trump". Adds {@link Facts#PEOPLE}, ids e1, e2, …
 * in order of first mention, with age and descriptors where the article gives them.
 *
 * <p>Needs only the annotation. A short name joins the earliest person whose full name ends
 * (or starts) with it ("Abdel Rahman" joins "Rami Abdel Rahman"), because the main character
 * is usually introduced first. A definite description ("the 29-year-old", "the senator") joins
 * the nearest preceding person in subject position that fits, never one named inside a
 * quotation: a name inside a quote is the speaker's topic, not a participant of the narrative.
 */
public final class PeopleExtractor implements Extractor {
  private static final Pattern AGE_REFERENCE = Pattern.compile("\\b[Tt]he\\s+(\\d{1,3})-year-old\\b");
  private static final WordLists TITLE_WORDS = WordLists.load(PeopleExtractor.class,
      "titles.tsv", Set.of("honorific", "title"));
  private static final WordLists NAME_WORDS = WordLists.load(PeopleExtractor.class,
      "names.tsv", Set.of("verb-before-name", "name-prefix", "name-suffix"));
  private static final WordLists DESCRIPTION_WORDS = WordLists.load(PeopleExtractor.class,
      "descriptions.tsv", Set.of("role-noun", "place-noun", "determiner"));

  /** "Said Ellis:" tagged as one name. */
  private static final Set<String> LEADING_VERBS = NAME_WORDS.set("verb-before-name");
  /** "al-Asali" is compared as "asali". */
  private static final Pattern NAME_PREFIX =
      Pattern.compile("^(" + NAME_WORDS.alternation("name-prefix") + ")-");
  /** "Jr." is no part of a name to compare. */
  private static final Pattern NAME_SUFFIX =
      Pattern.compile("(" + NAME_WORDS.alternation("name-suffix") + ")\\.?");
  static final Set<String> HONORIFICS = TITLE_WORDS.set("honorific");
  static final Map<String, String> TITLES = TITLE_WORDS.map("title");
  /** "Name, a 22-year-old student,": the words that open a description after a name. */
  static final Set<String> DETERMINERS = DESCRIPTION_WORDS.set("determiner");
  /** Nouns that name a person by role, the default of {@link PeopleOptions#roleNouns}. */
  static final Set<String> ROLE_NOUNS = DESCRIPTION_WORDS.set("role-noun");
  /** Nouns that unmask a place tagged as a person: {@link PeopleOptions#placeNouns}' default. */
  static final Set<String> PLACE_NOUNS = DESCRIPTION_WORDS.set("place-noun");

  private final PeopleOptions options;
  private final Descriptors descriptors;

  public PeopleExtractor(PeopleOptions options) {
    this.options = options;
    this.descriptors = new Descriptors(options);
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(Facts.DATELINE);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.PEOPLE);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    TokenIndex index = new TokenIndex(doc, QuotationMarks.find(doc.text()));
    List<PersonCluster> clusters = new ArrayList<>();
    // CoreNLP tags an all-caps dateline place ("DEIR EZ-ZOR, Syria (Reuters)") as a person.
    Dateline dateline = facts.get(Facts.DATELINE);
    for (AnnotatedDocument.Mention m : doc.mentions()) {
      if (!m.ner().equals("PERSON")
          || dateline != null && dateline.span().overlaps(m.span())) {
        continue;
      }
      int first = index.tokenAt(m.span().start());
      int last = index.tokenAt(m.span().end() - 1);
      if (first >= 0 && first < last && LEADING_VERBS.contains(index.token(first).word())) {
        first++; // "Said Ellis:" tagged as one name
      }
      if (first < 0 || last < 0 || isPronoun(index.token(first)) || isPlace(index, last)) {
        continue;
      }
      addMention(clusters, index, first, endOfName(index, first, last) + 1);
    }
    clusters.removeIf(c -> c.mentions.isEmpty());
    for (PersonCluster c : clusters) {
      descriptors.describe(c, index);
    }
    resolveDescriptions(clusters, index);
    List<Person> people = new ArrayList<>();
    clusters.sort((a, b) -> a.mentions.get(0).compareTo(b.mentions.get(0)));
    for (PersonCluster c : clusters) {
      List<Span> mentions = new ArrayList<>(c.mentions);
      mentions.sort(null);
      people.add(new Person("e" + (people.size() + 1), c.name, c.age,
          List.copyOf(c.descriptors), mentions));
    }
    facts.put(Facts.PEOPLE, List.copyOf(people));
  }

  /**
   * The last token of a name tagged from {@code first} to {@code last}: a name runs on neither
   * past a line break nor into or out of a quotation ("― Jacklyn Ashley" above the next
   * reader's "“Trump must stop ...").
   */
  private static int endOfName(TokenIndex index, int first, int last) {
    for (int i = first + 1; i <= last; i++) {
      String gap = index.text().substring(index.token(i - 1).endPosition(),
          index.token(i).beginPosition());
      if (gap.indexOf('\n') >= 0 || index.quoteOf(i) != index.quoteOf(i - 1)) {
        return i - 1;
      }
    }
    return last;
  }

  private static boolean isPronoun(CoreLabel t) {
    return t.tag().startsWith("PRP") || t.tag().equals("WP") || !Character.isUpperCase(t.word().charAt(0));
  }

  /** "Albu Kamal -- the last town held by IS": an appositive place noun unmasks a place. */
  private boolean isPlace(TokenIndex index, int last) {
    for (int i = last + 1; i < Math.min(index.size(), last + 6); i++) {
      CoreLabel t = index.token(i);
      if (i == last + 1 && !(t.word().equals(",") || t.word().startsWith("-"))) {
        return false;
      }
      if (options.placeNouns().contains(t.word().toLowerCase(Locale.ROOT)) && t.tag().startsWith("NN")) {
        return true;
      }
      if (t.tag().startsWith("VB") || t.tag().equals("IN")) {
        return false;
      }
    }
    return false;
  }

  private void addMention(List<PersonCluster> clusters, TokenIndex index, int from, int to) {
    String text = index.text(from, to).replaceAll("(’s|'s)$", "");
    List<String> parts = nameParts(text);
    if (parts.isEmpty()) {
      return;
    }
    int start = index.token(from).beginPosition();
    if (from > 0 && HONORIFICS.contains(index.token(from - 1).word().toLowerCase(Locale.ROOT))) {
      start = index.token(from - 1).beginPosition(); // "Mr. Trump" is one mention
    }
    Span span = new Span(start, index.token(from).beginPosition() + text.length());
    PersonCluster target = null;
    if (parts.size() > 1) {
      for (PersonCluster c : clusters) {
        boolean tail = c.parts.size() > parts.size()
            && c.parts.subList(c.parts.size() - parts.size(), c.parts.size()).equals(parts);
        if (tail || (c.last().equals(parts.get(parts.size() - 1))
            && (c.parts.size() == 1 || c.parts.get(0).equals(parts.get(0))))) {
          target = c;
          break;
        }
      }
    } else {
      target = firstMatching(clusters, parts.get(0), true);
      if (target == null) {
        target = firstMatching(clusters, parts.get(0), false);
      }
    }
    if (target == null) {
      target = new PersonCluster();
      clusters.add(target);
    }
    if (target.name == null || parts.size() > target.parts.size()) {
      target.name = text;
      target.parts = parts;
    }
    target.mentions.add(span);
    target.tokens.add(new int[] {from, to});
  }

  private static PersonCluster firstMatching(List<PersonCluster> clusters, String part, boolean lastName) {
    for (PersonCluster c : clusters) {
      if (lastName ? c.last().equals(part) : c.parts.get(0).equals(part)) {
        return c;
      }
    }
    return null;
  }

  /** Lower-case name words without Arabic article prefixes, so "al-Asali" meets "Asali". */
  static List<String> nameParts(String name) {
    List<String> parts = new ArrayList<>();
    for (String w : name.split("\\s+")) {
      String p = NAME_PREFIX.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
      if (!p.isEmpty() && !NAME_SUFFIX.matcher(p).matches() && !p.matches("[a-z]\\.")) {
        parts.add(p);
      }
    }
    return parts;
  }

  /** "the 22-year-old", "the senator": joins the nearest fitting person named before. */
  private void resolveDescriptions(List<PersonCluster> clusters, TokenIndex index) {
    Matcher m = AGE_REFERENCE.matcher(index.text());
    while (m.find()) {
      int the = index.tokenAt(m.start());
      int next = index.tokenFrom(m.end());
      if (the < 0 || index.inQuote(the) || (next < index.size() && nounLike(index.token(next)))) {
        continue; // "the 22-year-old man" is not a reference back
      }
      int years = Integer.parseInt(m.group(1));
      PersonCluster found = nearestSubject(clusters, index, the, c -> c.age == null || c.age == years);
      if (found != null) {
        found.setAge(years);
        found.mentions.add(new Span(m.start(), m.end()));
      }
    }
    for (int i = 0; i + 1 < index.size(); i++) {
      String w = index.token(i).word().toLowerCase(Locale.ROOT);
      if (!w.equals("the") || index.inQuote(i)) {
        continue;
      }
      int head = i + 1;
      while (head < Math.min(index.size() - 1, i + 3)
          && !isRole(index.token(head)) && isModifier(index.token(head))) {
        head++;
      }
      CoreLabel h = index.token(head);
      if (!isRole(h) || (head + 1 < index.size() && nounLike(index.token(head + 1)))) {
        continue;
      }
      String role = h.word().toLowerCase(Locale.ROOT);
      PersonCluster found = nearestSubject(clusters, index, i, c -> c.hasDescriptor(role));
      if (found != null) {
        found.mentions.add(new Span(index.token(i).beginPosition(), h.endPosition()));
      }
    }
  }

  private boolean isRole(CoreLabel t) {
    return options.roleNouns().contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean isModifier(CoreLabel t) {
    return t.tag().startsWith("JJ") || t.tag().startsWith("NNP");
  }

  private static boolean nounLike(CoreLabel t) {
    return t.tag().startsWith("NN") || t.tag().equals("POS") || t.word().equals("of");
  }

  /** The person named last before {@code before}, outside quotes, in subject position. */
  private static PersonCluster nearestSubject(List<PersonCluster> clusters, TokenIndex index, int before,
      Predicate<PersonCluster> fits) {
    PersonCluster best = null;
    int bestAt = -1;
    for (PersonCluster c : clusters) {
      if (!fits.test(c)) {
        continue;
      }
      for (int[] m : c.tokens) {
        if (m[0] < before && m[0] > bestAt && !index.inQuote(m[0]) && index.isSubject(m[0], m[1])) {
          best = c;
          bestAt = m[0];
        }
      }
    }
    return best;
  }
}
