package org.vigil.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.casualties.CasualtyMention;
import org.vigil.model.Event.Actor;
import org.vigil.model.Event.Count;
import org.vigil.model.Span;
import org.vigil.model.SubEventType;
import org.vigil.tables.PatternTable;
import org.vigil.tables.WordLists;

/**
 * Tells a riot from a battle, and from arson or crude bombs thrown by organised hands. In
 * ACLED's codebook a battle is a fight between organised armed groups; a clash one of whose
 * sides is party activists, students, villagers or rival groups (with each other or with the
 * police) is mob violence, and one of demonstrators a violent demonstration. A clash one of
 * whose sides the tables know as an armed group (rebels, militias, foreign forces) stays a
 * battle, and so does one between villages, communities or rival groups of no party, which
 * the codebook codes as communal militias.
 */
final class CrowdClash {

  private static final WordLists WORDS = WordLists.load(CrowdClash.class, "crowd-words.tsv",
      Set.of("demonstrator", "crowd"));
  private static final PatternTable SIDES = PatternTable.load(CrowdClash.class,
      "crowd-clash.tsv", Set.of("crowd-side", "demonstrator-side", "crowd-act",
          "turned-violent", "communal-side"),
      Map.of("crowd", WORDS.alternation("crowd"),
          "demonstrator", WORDS.alternation("demonstrator")));
  /** Demonstrators as a side of the clash: a violent demonstration. */
  private static final Pattern DEMONSTRATORS = SIDES.get("demonstrator-side");
  /** Any other crowd as a side: mob violence. */
  private static final Pattern CROWDS = SIDES.get("crowd-side");
  /** Villages, communities or rival groups as both sides: a battle of communal militias. */
  private static final Pattern COMMUNAL = SIDES.get("communal-side");
  /** The categories of armed groups, whose clashes are battles whoever else is there. */
  private static final Set<String> ARMED = Set.of("Rebel groups", "Political militias",
      "Identity militias", "External/Other forces");
  /** Armed groups and the state's forces, whose arson or bombs are no riot. */
  private static final Set<String> ORGANISED = Set.of("Rebel groups", "Identity militias",
      "External/Other forces", "State forces");
  private static final Set<String> CROWD = Set.of("Protesters", "Rioters");
  /** A crowd that throws or burns. */
  private static final Pattern CROWD_ACTS = SIDES.get("crowd-act");
  /** Words that count demonstrators: "at least 60 protesters", "two marchers". */
  private static final Pattern DEMONSTRATOR_WORD =
      Pattern.compile("(?i)\\b(?:" + WORDS.alternation("demonstrator") + ")\\b");
  /** A protest's crowd told as turning violent, by a pronoun or the words themselves. */
  private static final Pattern TURNED_VIOLENT = SIDES.get("turned-violent");

  private CrowdClash() {}

  /**
   * The sub-type of an incident whose main mention is {@code main}: a riot's where an armed
   * clash is one of crowds; for arson and crude weapons, by who threw them and whom they hurt
   * (of the incident's {@code killed} and {@code injured}); else {@code subtype}.
   */
  static SubEventType subtype(SubEventType subtype, EventMention main, String text,
      List<Actor> perpetrators, Count killed, Count injured) {
    List<SubEventType> readings = main.trigger().subtypes();
    if (readings.size() > 1 && readings.contains(SubEventType.MOB_VIOLENCE)) {
      return crowdOrOrganised(readings, main.sentenceSpan().of(text), perpetrators, killed,
          injured);
    }
    if (subtype != SubEventType.ARMED_CLASH
        || perpetrators.stream().anyMatch(a -> isIn(a, ARMED))) {
      return subtype;
    }
    String sentence = main.sentenceSpan().of(text);
    if (DEMONSTRATORS.matcher(sentence).find()) {
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    if (communal(sentence)) {
      return subtype;
    }
    // "a group of youth attacked a police convoy": a crowd's own violence against the forces
    return CROWDS.matcher(sentence).find() || CROWD_ACTS.matcher(sentence).find()
        ? SubEventType.MOB_VIOLENCE : subtype;
  }

  /**
   * Whether the sentence {@code s} tells of a fight between villages, communities or rival
   * groups of no party: a battle of communal militias.
   */
  static boolean communal(String s) {
    return COMMUNAL.matcher(s).find();
  }

  /** Whether {@code a} has one of {@code categories}; an actor the tables do not know has none. */
  private static boolean isIn(Actor a, Set<String> categories) {
    return a.category() != null && categories.contains(a.category());
  }

  /**
   * Whether a protest's sentences, or the two after each, tell that its crowd clashed or threw
   * or burned: "Groups of youth took to streets in Baramulla ... in protests ... The protesters
   * also clashed with government forces", "Protesters ... staged demonstrations ... At least
   * three security personnel were injured when protesters threw petrol bomb at them". The ACLED
   * codebook codes a demonstration that turns violent as a riot.
   */
  static boolean turnedViolent(IncidentGrouper.Incident protest, String text,
      List<Span> sentences) {
    for (EventMention m : protest.mentions) {
      String told = m.withAftermath(text, sentences);
      if (crowdsClashed(told) || CROWD_ACTS.matcher(told).find()
          || TURNED_VIOLENT.matcher(told).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the incident's dead are counted as demonstrators ("Syrian forces killed at least
   * 60 protesters"), not the deaths a protest is about ("protest the killing of 2 Maoists").
   */
  static boolean demonstratorsKilled(IncidentGrouper.Incident incident, String text) {
    return incident.casualties().stream()
        .anyMatch(c -> c.kind() == CasualtyMention.Kind.KILLED
            && DEMONSTRATOR_WORD.matcher(c.span().of(text)).find());
  }

  /** Whether the sentence {@code s} tells of a clash one of whose sides is a crowd. */
  static boolean crowdsClashed(String s) {
    return CROWDS.matcher(s).find() || DEMONSTRATORS.matcher(s).find();
  }

  /**
   * An act a crowd or organised hands may do, read first as mob violence: arson, crude bombs.
   * Done by a crowd, it is mob violence; where it hurt civilians and may be an attack, an
   * attack on them; done by an armed group or the state, or hurting combatants only, its last
   * reading (property destruction, an explosion); else mob violence.
   */
  private static SubEventType crowdOrOrganised(List<SubEventType> readings, String sentence,
      List<Actor> perpetrators, Count killed, Count injured) {
    boolean organised = perpetrators.stream().anyMatch(a -> isIn(a, ORGANISED));
    boolean crowd = perpetrators.stream().anyMatch(a -> isIn(a, CROWD))
        || CROWD_ACTS.matcher(sentence).find();
    if (crowd && !organised) {
      return SubEventType.MOB_VIOLENCE;
    }
    if (Victims.civiliansHurt(killed, injured) && readings.contains(SubEventType.ATTACK)) {
      return SubEventType.ATTACK;
    }
    // the trigger's own reading, over the "blasts" or "explosion" of the incident's other words
    return organised || Victims.combatantsOnly(killed, injured)
        ? readings.get(readings.size() - 1) : readings.get(0);
  }
}
