package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * ACLED's 25 sub-event types, each under one of its six event types. A record writes a
 * sub-type by its ACLED label ("Air/drone strike"), and so does a store.
 */
public enum SubEventType {
  /** Armed groups fight, and no report tells of a change in who holds the place. */
  ARMED_CLASH(EventType.BATTLES, "Armed clash"),
  /** Government forces or their allies take a place back from their opponents. */
  GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
  /** A non-state group (or a foreign state's forces) takes a place from its opponents. */
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
  /** Chemical weapons are used, with no other engagement. */
  CHEMICAL_WEAPON(EventType.EXPLOSIONS, "Chemical weapon"),
  /** An air or drone strike, with no other engagement. */
  AIR_DRONE_STRIKE(EventType.EXPLOSIONS, "Air/drone strike"),
  /** A suicide bombing, a bomber's vest or vehicle, in which the bomber dies. */
  SUICIDE_BOMB(EventType.EXPLOSIONS, "Suicide bomb"),
  /** Artillery, missiles, rockets or mortars fired at a target from afar. */
  SHELLING(EventType.EXPLOSIONS, "Shelling/artillery/missile attack"),
  /** A bomb set off remotely or by its victim: an IED, a landmine, a car bomb. */
  REMOTE_EXPLOSIVE(EventType.EXPLOSIONS, "Remote explosive/landmine/IED"),
  /** A grenade or a similar hand-thrown explosive. */
  GRENADE(EventType.EXPLOSIONS, "Grenade"),
  /** An armed group's sexual violence against civilians. */
  SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
  /** An armed group attacks unarmed civilians. */
  ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
  /** An armed group abducts civilians or makes them disappear. */
  ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
  /** Demonstrators gather without violence and meet none. */
  PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
  /** A peaceful protest is broken up by force short of lethal: arrests, tear gas. */
  PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
  /** Peaceful protesters are met with lethal force or force that gravely injures. */
  EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS, "Excessive force against protesters"),
  /** Demonstrators turn to violence or destruction: vandalism, barricades, arson. */
  VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
  /** A mob attacks people, property or armed groups, outside any demonstration. */
  MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
  /** Actors agree: a ceasefire, a peace deal, an exchange of prisoners. */
  AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
  /** A politically significant arrest, or mass arrests. */
  ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
  /** A group changes its make-up or what it does: a new leader, a merger, a troop movement. */
  CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
  /** An attack is prevented: a bomb defused, a missile shot down, weapons seized. */
  DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
  /** An armed group sets up a lasting base or headquarters. */
  HEADQUARTERS_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
  /** Property is looted, seized or destroyed outside any other event. */
  LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
  /** Territory changes hands without fighting: one side withdraws and the other moves in. */
  NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS,
      "Non-violent transfer of territory"),
  /** A significant development that fits no other sub-event type. */
  OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

  private final EventType type;
  private final String label;

  SubEventType(EventType type, String label) {
    this.type = type;
    this.label = label;
  }

  public EventType type() {
    return type;
  }

  /** ACLED's name, as written in the record. */
  @JsonValue
  public String label() {
    return label;
  }

  /** The sub-type whose label is exactly {@code label}, as a record or a store writes it. */
  @JsonCreator
  public static SubEventType ofLabel(String label) {
    return Labels.of(values(), SubEventType::label, label, "ACLED sub-event type");
  }

  /** Its label, so that messages and logs read as the record does. */
  @Override
  public String toString() {
    return label;
  }
}
