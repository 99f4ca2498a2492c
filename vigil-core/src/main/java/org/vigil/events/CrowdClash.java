package org.vigil.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Event.Actor;
import org.vigil.model.SubEventType;
import org.vigil.tables.PatternTable;
import org.vigil.tables.WordLists;

/**
 * Tells a riot from a battle, and from arson or crude bombs thrown by organised hands. In ACLED's codebook a battle is a fight between organised armed
 * groups; a clash one of whose sides is party activists, students, villagers or rival groups
 * (with each other or with the police) is mob violence, and one of demonstrators a violent
 * demonstration. A clash one of whose sides the tables know as an armed group (rebels,
 * militias, foreign forces) stays a battle.
 */
final class CrowdClash {

  private static final WordLists WORDS = WordLists.load(CrowdClash.class, "crowd-words.tsv",
      Set.of("demonstrator", "crowd"));
  private static final PatternTable SIDES = PatternTable.load(CrowdClash.class,
      "crowd-clash.tsv", Set.of("crowd-side", "demonstrator-side", "crowd-act"),
      Map.of("crowd", WORDS.alternation("crowd"),
          "demonstrator", WORDS.alternation("demonstrator")));
  /** Demonstrators as a side of the clash: a violent demonstration. */
  private static final Pattern DEMONSTRATORS = SIDES.get("demonstrator-side");
  /** Any other crowd as a side: mob violence. */
  private static final Pattern CROWDS = SIDES.get("crowd-side");
  /** The categories of armed groups, whose clashes are battles whoever else is there. */
  private static final Set<String> ARMED = Set.of("Rebel groups", "Political militias",
      "Identity militias", "External/Other forces");
  /** Armed groups and the state's forces, whose arson is no riot. */
  private static final Set<String> ORGANISED = Set.of("Rebel groups", "Identity militias",
      "External/Other forces", "State forces");
  private static final Set<String> CROWD = Set.of("Protesters", "Rioters");
  /** A crowd that throws or burns. */
  private static final Pattern CROWD_ACTS = SIDES.get("crowd-act");

  private CrowdClash() {}

  /**
   * The sub-type of an incident whose main mention is {@code main}: a riot's where an armed
   * clash is one of crowds; for arson and crude weapons, by who threw them and whether
   * {@code victims} were hurt; else {@code subtype}.
   */
  static SubEventType subtype(SubEventType subtype, EventMention main, String text,
      List<Actor> perpetrators, boolean victims) {
    List<SubEventType> readings = main.trigger().subtypes();
    if (readings.size() > 1 && readings.contains(SubEventType.MOB_VIOLENCE)) {
      return crowdOrOrganised(subtype, readings, main.sentenceSpan().of(text), perpetrators,
          victims);
    }
    if (subtype != SubEventType.ARMED_CLASH || perpetrators.stream()
        .anyMatch(a -> a.category() != null && ARMED.contains(a.category()))) {
      return subtype;
    }
    String sentence = main.sentenceSpan().of(text);
    if (DEMONSTRATORS.matcher(sentence).find()) {
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    return CROWDS.matcher(sentence).find() ? SubEventType.MOB_VIOLENCE : subtype;
  }

  /**
   * An act a crowd or organised hands may do. Done by a crowd, it is mob violence. Arson
   * (read first as mob violence) is property destruction when an armed group or the state did
   * it. Crude weapons (read first as an explosion) thrown at people who were hurt are an attack
   * on them, else an explosion.
   */
  private static SubEventType crowdOrOrganised(SubEventType subtype,
      List<SubEventType> readings, String sentence, List<Actor> perpetrators,
      boolean victims) {
    boolean organised = perpetrators.stream().anyMatch(a -> ORGANISED.contains(a.category()));
    boolean crowd = perpetrators.stream().anyMatch(a -> CROWD.contains(a.category()))
        || CROWD_ACTS.matcher(sentence).find();
    if (crowd && !organised) {
      return SubEventType.MOB_VIOLENCE;
    }
    if (subtype == SubEventType.MOB_VIOLENCE) {
      return organised ? readings.get(1) : subtype;
    }
    return victims && readings.contains(SubEventType.ATTACK) ? SubEventType.ATTACK : subtype;
  }
}
