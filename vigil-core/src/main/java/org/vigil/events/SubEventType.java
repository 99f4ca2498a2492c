package org.vigil.events;

/** ACLED's 25 sub-event types, each under one of its six event types. */
public enum SubEventType {
  ARMED_CLASH(EventType.BATTLES, "Armed clash"),
  GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
  CHEMICAL_WEAPON(EventType.EXPLOSIONS, "Chemical weapon"),
  AIR_DRONE_STRIKE(EventType.EXPLOSIONS, "Air/drone strike"),
  SUICIDE_BOMB(EventType.EXPLOSIONS, "Suicide bomb"),
  SHELLING(EventType.EXPLOSIONS, "Shelling/artillery/missile attack"),
  REMOTE_EXPLOSIVE(EventType.EXPLOSIONS, "Remote explosive/landmine/IED"),
  GRENADE(EventType.EXPLOSIONS, "Grenade"),
  SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
  ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
  ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
  PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
  PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
  EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS, "Excessive force against protesters"),
  VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
  MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
  AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
  ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
  CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
  DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
  HEADQUARTERS_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
  LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
  NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS,
      "Non-violent transfer of territory"),
  OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

  /**
   * ACLED's six event types, each of one of the codebook's three kinds of disorder: political
   * violence, demonstrations, strategic developments.
   */
  public enum EventType {
    BATTLES("Battles", Disorder.POLITICAL_VIOLENCE),
    EXPLOSIONS("Explosions/Remote violence", Disorder.POLITICAL_VIOLENCE),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", Disorder.POLITICAL_VIOLENCE),
    PROTESTS("Protests", Disorder.DEMONSTRATIONS),
    RIOTS("Riots", Disorder.DEMONSTRATIONS),
    STRATEGIC_DEVELOPMENTS("Strategic developments", Disorder.STRATEGIC_DEVELOPMENTS);

    private final String label;
    private final Disorder disorder;

    EventType(String label, Disorder disorder) {
      this.label = label;
      this.disorder = disorder;
    }

    public String label() {
      return label;
    }

    public Disorder disorder() {
      return disorder;
    }

    /** The type named {@code label}, or null. */
    public static EventType ofLabel(String label) {
      for (EventType t : values()) {
        if (t.label.equalsIgnoreCase(label)) {
          return t;
        }
      }
      return null;
    }
  }

  /** ACLED's kinds of disorder, which group its event types. */
  public enum Disorder { POLITICAL_VIOLENCE, DEMONSTRATIONS, STRATEGIC_DEVELOPMENTS }

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
  public String label() {
    return label;
  }

  /** The sub-type named {@code label}, or null. */
  public static SubEventType ofLabel(String label) {
    for (SubEventType s : values()) {
      if (s.label.equalsIgnoreCase(label)) {
        return s;
      }
    }
    return null;
  }
}
