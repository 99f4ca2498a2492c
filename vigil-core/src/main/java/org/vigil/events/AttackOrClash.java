package org.vigil.events;

import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Event.Count;
import org.vigil.model.SubEventType;
import org.vigil.tables.PatternTable;

/**
 * Tells an attack on civilians from a battle. In the ACLED codebook violence against civilians
 * strikes the unarmed; an armed group firing on soldiers, police or their posts, or anyone
 * hurting only combatants, fights a battle. A word that names either ("opened fire",
 * "attacked") is read by whom it struck.
 */
final class AttackOrClash {

  private static final PatternTable PHRASES = PatternTable.load(AttackOrClash.class,
      "armed-target-phrases.tsv", Set.of("armed-target", "armed-target-before", "defenceless"));
  /** The armed struck, named after the trigger: "opened fire at Levies personnel". */
  private static final Pattern ARMED_AFTER = PHRASES.get("armed-target");
  /** The armed struck, named as the subject of a passive: "an army convoy was attacked". */
  private static final Pattern ARMED_BEFORE = PHRASES.get("armed-target-before");
  /** The struck could not fight back: "execute 50 captive Syrian troops". */
  private static final Pattern DEFENCELESS = PHRASES.get("defenceless");

  private AttackOrClash() {}

  /**
   * {@code subtype}, or an armed clash where it is an attack that struck the state's forces, or
   * that the incident allows to be a clash and that struck the armed or hurt combatants only,
   * or arrests in an operation that killed combatants only.
   */
  static SubEventType subtype(SubEventType subtype, IncidentGrouper.Incident incident,
      EventMention main, String text, Count killed, Count injured, boolean stateStruck) {
    // "military personnel killed 10 TTP militants in central Orakzai, furthermore, 6 militants
    // were arrested": an operation told by its arrests that killed the armed fought a battle
    if (subtype == SubEventType.ARRESTS && killed != null && killed.figure() != null
        && killed.figure() > 0 && Victims.combatantsOnly(killed, injured)) {
      return SubEventType.ARMED_CLASH;
    }
    if (subtype != SubEventType.ATTACK && subtype != SubEventType.ABDUCTION) {
      return subtype;
    }
    // "TTP gunmen shot dead an official of the Levies Force", "Militants ... abducted 4
    // policemen": an attack on the state's forces is a battle between two armed, organised
    // sides, however one-sided, as ACLED codes it; not the killing of forces held captive
    if (stateStruck && (subtype == SubEventType.ABDUCTION
        || !DEFENCELESS.matcher(main.sentenceSpan().of(text)).find())) {
      return SubEventType.ARMED_CLASH;
    }
    if (subtype == SubEventType.ABDUCTION) {
      return subtype;
    }
    if (!incident.subtypes.contains(SubEventType.ARMED_CLASH)) {
      return subtype;
    }
    return Victims.combatantsOnly(killed, injured)
        || struck(main, text, ARMED_AFTER, ARMED_BEFORE) ? SubEventType.ARMED_CLASH : subtype;
  }

  /**
   * Whether mention {@code m} names what its act struck: {@code after} in the words after its
   * trigger, or {@code before} ending right before it (the subject of a passive), within its
   * sentence and 80 characters of the trigger.
   */
  static boolean struck(EventMention m, String text, Pattern after, Pattern before) {
    int t0 = m.trigger().span().start();
    int t1 = m.trigger().span().end();
    return after.matcher(text.substring(t1, Math.min(m.sentenceSpan().end(), t1 + 80))).find()
        || before.matcher(text.substring(Math.max(m.sentenceSpan().start(), t0 - 80), t0))
            .find();
  }
}
