package org.vigil.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Organization;
import org.vigil.model.Person;
import org.vigil.model.Span;
import org.vigil.tables.WordLists;

/**
 * The people and organisations of one article laid over its tokens: which entity each token
 * names, which mentions stand in subject position, and a guessed gender per person for "he"
 * and "she".
 */
final class ArticleEntities {
  private static final WordLists GENDER = WordLists.load(ArticleEntities.class, "gender.tsv",
      Set.of("male-title", "female-title", "female-title-start", "male-pronoun",
          "female-pronoun"));
  private static final Set<String> MALE_TITLES = GENDER.set("male-title");
  private static final Set<String> FEMALE_TITLES = GENDER.set("female-title");
  private static final List<String> FEMALE_TITLE_STARTS = GENDER.list("female-title-start");
  private static final Set<String> MALE_PRONOUNS = GENDER.set("male-pronoun");
  private static final Set<String> FEMALE_PRONOUNS = GENDER.set("female-pronoun");

  /** A person or organisation named in subject position, outside quotes. */
  record Subject(int token, String id) {}

  private final TokenIndex index;
  private final Map<String, Person> people = new HashMap<>();
  private final Map<String, Organization> orgs = new HashMap<>();
  private final String[] entityAt;
  private final Map<String, Character> gender = new HashMap<>();
  private final List<Subject> subjects = new ArrayList<>();

  ArticleEntities(TokenIndex index, List<Person> persons, List<Organization> organizations) {
    this.index = index;
    this.entityAt = new String[index.size()];
    for (Organization o : organizations) {
      orgs.put(o.id(), o);
      mark(o.id(), o.mentions());
    }
    for (Person p : persons) {
      people.put(p.id(), p);
      mark(p.id(), p.mentions());
    }
    for (int i = 0; i < index.size(); i++) {
      String id = entityAt[i];
      if (id != null && (i == 0 || !id.equals(entityAt[i - 1])) && !index.inQuote(i)) {
        int end = i;
        while (end < index.size() && id.equals(entityAt[end])) {
          end++;
        }
        if (index.isSubject(i, end)) {
          subjects.add(new Subject(i, id));
        }
      }
    }
    guessGenders();
  }

  /** The id of the person or organisation token {@code i} names, or null. */
  String idAt(int i) {
    return entityAt[i];
  }

  boolean isPerson(String id) {
    return people.containsKey(id);
  }

  boolean isOrganization(String id) {
    return orgs.containsKey(id);
  }

  Collection<Person> people() {
    return people.values();
  }

  Collection<Organization> organizations() {
    return orgs.values();
  }

  List<Subject> subjects() {
    return subjects;
  }

  /** 'm', 'f', or null when the article does not tell. */
  Character gender(String id) {
    return gender.get(id);
  }

  private void mark(String id, List<Span> mentions) {
    for (Span m : mentions) {
      for (int i = index.tokenFrom(m.start()); i < index.size() && index.token(i).beginPosition() < m.end(); i++) {
        entityAt[i] = id;
      }
    }
  }

  /**
   * He or she, from "Mr."/"Mrs." and from third-person pronouns in sentences where only one
   * person is in view (that sentence and the one before), so two people never share votes.
   */
  private void guessGenders() {
    Map<String, int[]> votes = new HashMap<>();
    Map<Integer, Set<String>> inSentence = new HashMap<>();
    for (int i = 0; i < index.size(); i++) {
      if (!index.inQuote(i) && entityAt[i] != null && people.containsKey(entityAt[i])) {
        inSentence.computeIfAbsent(index.sentence(i), k -> new HashSet<>()).add(entityAt[i]);
        String w = index.token(i).word().toLowerCase(Locale.ROOT);
        int[] v = votes.computeIfAbsent(entityAt[i], k -> new int[2]);
        if (MALE_TITLES.contains(w)) {
          v[0] += 5;
        } else if (FEMALE_TITLE_STARTS.stream().anyMatch(w::startsWith)
            || FEMALE_TITLES.contains(w)) {
          v[1] += 5;
        }
      }
    }
    for (int i = 0; i < index.size(); i++) {
      if (index.inQuote(i)) {
        continue;
      }
      String w = index.token(i).word().toLowerCase(Locale.ROOT);
      boolean he = MALE_PRONOUNS.contains(w);
      boolean she = FEMALE_PRONOUNS.contains(w);
      if (!he && !she) {
        continue;
      }
      Set<String> inView = new HashSet<>(inSentence.getOrDefault(index.sentence(i), Set.of()));
      inView.addAll(inSentence.getOrDefault(index.sentence(i) - 1, Set.of()));
      if (inView.size() == 1) {
        votes.get(inView.iterator().next())[he ? 0 : 1]++;
      }
    }
    votes.forEach((id, v) -> {
      if (v[0] != v[1]) {
        gender.put(id, v[0] > v[1] ? 'm' : 'f');
      }
    });
  }

  Speaker speaker(String id) {
    Person p = people.get(id);
    if (p != null) {
      return new Speaker(id, p.name(), true);
    }
    Organization o = orgs.get(id);
    return o == null ? null : new Speaker(id, o.name(), false);
  }

  Speaker byLastName(String name) {
    String last = name.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
    for (Person p : people.values()) {
      String[] parts = p.name().toLowerCase(Locale.ROOT).split("\\s+");
      if (SpeakerResolver.withoutNamePrefix(parts[parts.length - 1])
          .equals(SpeakerResolver.withoutNamePrefix(last))) {
        return new Speaker(p.id(), p.name(), true);
      }
    }
    return new Speaker(null, name, true);
  }
}
