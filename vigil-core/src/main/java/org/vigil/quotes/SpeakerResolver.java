package org.vigil.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Organization;
import org.vigil.model.Person;
import org.vigil.tables.WordLists;

/**
 * Turns the phrase a cue names into a speaker: a person or organisation of the article, a
 * pronoun sent back to the latest speaker or subject, or a description kept as written.
 * Remembers the speech acts resolved so far, in document order, for the pronouns after them.
 *
 * <p>One per document, used on one thread.
 */
final class SpeakerResolver {
  private static final WordLists PRONOUNS = WordLists.load(SpeakerResolver.class, "pronouns.tsv",
      Set.of("he", "she", "group"));
  private static final WordLists WORDS = WordLists.load(SpeakerResolver.class, "speakers.tsv",
      Set.of("role-noun", "article", "name-prefix"));

  private static final Set<String> HE = PRONOUNS.set("he");
  private static final Set<String> SHE = PRONOUNS.set("she");
  private static final Set<String> GROUP = PRONOUNS.set("group");
  /** Heads of a description referring back to a person: {@link QuoteOptions#roleNouns}' default. */
  static final Set<String> ROLE_NOUNS = WORDS.set("role-noun");
  /** "the announcer" is kept as "announcer". */
  private static final Pattern ARTICLE =
      Pattern.compile("^(?i)(" + WORDS.alternation("article") + ")\\s+");
  /** "al-Asali" is compared as "Asali". */
  private static final Pattern NAME_PREFIX =
      Pattern.compile("^(" + WORDS.alternation("name-prefix") + ")-");

  /** A speaker resolved at a token, for later pronouns and continued quotes. */
  record Act(int token, Speaker speaker) {}

  private final TokenIndex index;
  private final ArticleEntities entities;
  private final QuoteOptions options;
  private final List<Act> acts = new ArrayList<>();

  SpeakerResolver(TokenIndex index, ArticleEntities entities, QuoteOptions options) {
    this.index = index;
    this.entities = entities;
    this.options = options;
  }

  void spoke(int token, Speaker speaker) {
    acts.add(new Act(token, speaker));
  }

  /** The latest speaker resolved before token {@code at} and at most {@code sentences} back. */
  private Speaker lastSpeakerWithin(int at, int sentences) {
    for (int i = acts.size() - 1; i >= 0; i--) {
      Act a = acts.get(i);
      if (a.token() < at && index.sentence(at) - index.sentence(a.token()) <= sentences) {
        return a.speaker().person() ? a.speaker() : null;
      }
    }
    return null;
  }

  /** The latest speaker resolved between characters {@code from} and {@code to}, or null. */
  Speaker lastSpeakerBetween(int from, int to) {
    for (int i = acts.size() - 1; i >= 0; i--) {
      int at = index.token(acts.get(i).token()).beginPosition();
      if (at >= from && at < to) {
        return acts.get(i).speaker();
      }
    }
    return null;
  }

  /** Turns a cue's subject into a speaker; pronouns look back, never into quotes. */
  Speaker resolve(SpeakerPhrase np, int at) {
    switch (np.kind()) {
      case ENTITY:
        return entities.speaker(np.id());
      case NAME:
      case DESCRIPTION:
        return described(np);
      default:
        return pronoun(np.word(), at);
    }
  }

  /**
   * A cue subject CoreNLP did not tag: a name part of a known person ("Ditto said"), the head
   * of an organisation's name ("the ministry"), a person's descriptor ("the senator"), or else
   * the description itself as the article gives it ("the announcer"), with no id.
   */
  private Speaker described(SpeakerPhrase np) {
    CoreLabel head = index.token(np.to() - 1);
    String word = head.word();
    if (Character.isUpperCase(word.charAt(0))) {
      for (Person p : entities.people()) {
        for (String part : p.name().split("\\s+")) {
          if (withoutNamePrefix(part).equals(word)) {
            return new Speaker(p.id(), p.name(), true);
          }
        }
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (Organization o : entities.organizations()) {
      for (String w : o.name().toLowerCase(Locale.ROOT).split("\\s+")) {
        if (w.equals(lower)) {
          return entities.speaker(o.id());
        }
      }
    }
    boolean role = !head.tag().startsWith("NNP") && options.roleNouns().contains(lower);
    for (Person p : role ? entities.people() : List.<Person>of()) {
      for (String d : p.descriptors()) {
        if (List.of(d.toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(lower)) {
          return new Speaker(p.id(), p.name(), true);
        }
      }
    }
    if (!head.tag().startsWith("NN")) {
      return null;
    }
    if (options.roleNouns().contains(lower)
        && index.token(np.from()).word().equalsIgnoreCase("the")) {
      Speaker anaphor = lastSpeakerWithin(np.from(), 3); // "the former secretary of state … said"
      if (anaphor != null) {
        return anaphor;
      }
    }
    String text = ARTICLE.matcher(index.text(np.from(), np.to())).replaceAll("");
    return new Speaker(null, text, Character.isLowerCase(word.charAt(0)) || !head.tag().endsWith("S"));
  }

  /** A name's word without the Arabic article written before it: "Asali" of "al-Asali". */
  static String withoutNamePrefix(String word) {
    return NAME_PREFIX.matcher(word).replaceAll("");
  }

  /** The latest speaker or subject before token {@code at} fitting {@code word}; "" for any person. */
  Speaker pronoun(String word, int at) {
    boolean personal = word.isEmpty() || HE.contains(word) || SHE.contains(word);
    if (!personal && !GROUP.contains(word)) {
      return null;
    }
    Character wanted = HE.contains(word) ? Character.valueOf('m') : SHE.contains(word) ? Character.valueOf('f') : null;
    int best = -1;
    Speaker found = null;
    for (Act a : acts) {
      int pos = a.token();
      Speaker sp = a.speaker();
      if (pos < at && pos > best && fits(sp.id(), sp.person(), personal, wanted)) {
        best = pos;
        found = sp;
      }
    }
    for (ArticleEntities.Subject s : entities.subjects()) {
      int pos = s.token();
      String id = s.id();
      if (pos < at && pos > best && fits(id, entities.isPerson(id), personal, wanted)) {
        best = pos;
        found = entities.speaker(id);
      }
    }
    return found;
  }

  private boolean fits(String id, boolean person, boolean personal, Character wanted) {
    if (person != personal) {
      return false;
    }
    if (!personal || id == null) {
      return id != null || personal;
    }
    Character g = entities.gender(id);
    return g == null || wanted == null || g.equals(wanted);
  }
}
