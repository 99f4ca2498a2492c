package org.vigil.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Organization;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;
import org.vigil.tables.WordLists;

/**
 * Finds the organisations of an article and merges their mentions: "Syrian Observatory for
 * Human Rights" … "the Observatory"; "Islamic State" … "IS". Adds {@link Facts#ORGANIZATIONS},
 * ids o1, o2, … in order of first mention.
 *
 * <p>Needs only the annotation. A mention joins an earlier one when one name's words are a
 * trailing part of the other's or one is the other's initials; the fullest form names the
 * organisation.
 */
public final class OrganizationExtractor implements Extractor {
  private static final WordLists WORDS = WordLists.load(OrganizationExtractor.class,
      "organizations.tsv", Set.of("not-in-initials"));
  /** "ISW" is the Institute for the Study of War: these words give no initial. */
  private static final Set<String> NOT_IN_INITIALS = WORDS.set("not-in-initials");

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.ORGANIZATIONS);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    List<Group> groups = new ArrayList<>();
    for (AnnotatedDocument.Mention m : doc.mentions()) {
      if (!m.ner().equals("ORGANIZATION")) {
        continue;
      }
      String name = m.text().replaceAll("^(?i)the\\s+", "").replaceAll("(’s|'s)$", "");
      List<String> words = words(name);
      if (words.isEmpty()) {
        continue;
      }
      Group target = null;
      for (Group g : groups) {
        if (sameOrganization(g.words, words)) {
          target = g;
          break;
        }
      }
      if (target == null) {
        target = new Group();
        groups.add(target);
      }
      if (target.name == null || words.size() > target.words.size()) {
        target.name = name;
        target.words = words;
      }
      target.mentions.add(new Span(m.span().start(), m.span().start() + m.text().replaceAll("(’s|'s)$", "").length()));
    }
    List<Organization> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(new Organization("o" + (out.size() + 1), g.name, g.mentions));
    }
    facts.put(Facts.ORGANIZATIONS, List.copyOf(out));
  }

  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("[\\s]+")) {
      if (!w.isBlank()) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  static boolean sameOrganization(List<String> a, List<String> b) {
    if (a.equals(b)) {
      return true;
    }
    List<String> longer = a.size() >= b.size() ? a : b;
    List<String> shorter = longer == a ? b : a;
    if (shorter.size() == 1 && longer.size() > 1 && initials(longer).equals(shorter.get(0))) {
      return true;
    }
    // "the Post" after "The New York Post", "the Observatory" after "Syrian Observatory for
    // Human Rights"; a short generic word ("group") must not merge.
    if (shorter.size() == 1 && shorter.get(0).length() > 3 && longer.contains(shorter.get(0))) {
      return true;
    }
    return shorter.size() < longer.size() && shorter.get(shorter.size() - 1).length() > 3
        && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
  }

  private static String initials(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (!NOT_IN_INITIALS.contains(w)) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static final class Group {
    String name;
    List<String> words = List.of();
    final List<Span> mentions = new ArrayList<>();
  }
}
