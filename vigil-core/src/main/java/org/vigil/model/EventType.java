package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * ACLED's six event types, each of one of the codebook's three kinds of disorder. A record
 * writes a type by its ACLED label ("Explosions/Remote violence"), and so does a store.
 */
public enum EventType {
  /** A violent interaction between two organised armed groups at a particular time and place. */
  BATTLES("Battles", Disorder.POLITICAL_VIOLENCE),
  /**
   * One-sided violence in which the weapon takes away the target's ability to respond: air
   * strikes, shelling, bombs, chemical weapons.
   */
  EXPLOSIONS("Explosions/Remote violence", Disorder.POLITICAL_VIOLENCE),
  /** An organised armed group inflicts violence upon unarmed non-combatants. */
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", Disorder.POLITICAL_VIOLENCE),
  /** A public demonstration whose participants use no violence, though it may be used on them. */
  PROTESTS("Protests", Disorder.DEMONSTRATIONS),
  /** Demonstrators or mobs engage in violence or destructive acts. */
  RIOTS("Riots", Disorder.DEMONSTRATIONS),
  /**
   * Non-violent activity of conflict actors that may trigger later events: agreements, arrests,
   * changes of territory, looting.
   */
  STRATEGIC_DEVELOPMENTS("Strategic developments", Disorder.STRATEGIC_DEVELOPMENTS);

  /** ACLED's kinds of disorder, which group its event types. */
  public enum Disorder {
    /** The use of force by a group with a political purpose: battles, explosions, attacks. */
    POLITICAL_VIOLENCE,
    /** Public gatherings, peaceful or violent: protests and riots. */
    DEMONSTRATIONS,
    /** Non-violent developments within a conflict. */
    STRATEGIC_DEVELOPMENTS
  }

  private final String label;
  private final Disorder disorder;

  EventType(String label, Disorder disorder) {
    this.label = label;
    this.disorder = disorder;
  }

  /** ACLED's name, as written in the record. */
  @JsonValue
  public String label() {
    return label;
  }

  public Disorder disorder() {
    return disorder;
  }

  /** The type whose label is exactly {@code label}, as a record or a store writes it. */
  @JsonCreator
  public static EventType ofLabel(String label) {
    return Labels.of(values(), EventType::label, label, "ACLED event type");
  }

  /** Its label, so that messages and logs read as the record does. */
  @Override
  public String toString() {
    return label;
  }
}
