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
 * Tells a riot from a battle. In ACLED's codebook a battle is a fight between organised armed
 * groups; a clash one of whose sides is party activists, students, villagers or rival groups
 * (with each other or with the police) is mob violence, and one of demonstrators a violent
 * demonstration. A clash one of whose sides the tables know as an armed group (rebels,
 * militias, foreign forces) stays a battle.
 */
final class CrowdClash {

  private static final WordLists WORDS = WordLists.load(CrowdClash.class, "crowd-words.tsv",
      Set.of("demonstrator", "crowd"));
  private static final PatternTable SIDES = PatternTable.load(CrowdClash.class,
      "crowd-clash.tsv", Set.of("crowd-side", "demonstrator-side"),
      Map.of("crowd", WORDS.alternation("crowd"),
          "demonstrator", WORDS.alternation("demonstrator")));
  /** Demonstrators as a side of the clash: a violent demonstration. */
  private static final Pattern DEMONSTRATORS = SIDES.get("demonstrator-side");
  /** Any other crowd as a side: mob violence. */
  private static final Pattern CROWDS = SIDES.get("crowd-side");
  /** The categories of armed groups, whose clashes are battles whoever else is there. */
  private static final Set<String> ARMED = Set.of("Rebel groups", "Political militias",
      "Identity militias", "External/Other forces");

  private CrowdClash() {}

  /**
   * The sub-type of an incident whose main mention is {@code main}: a riot's where an armed
   * clash is one of crowds, else {@code subtype}.
   */
  static SubEventType subtype(SubEventType subtype, EventMention main, String text,
      List<Actor> perpetrators) {
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
}
