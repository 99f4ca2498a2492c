package org.vigil.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.casualties.CasualtyMention;
import org.vigil.model.Event.Actor;
import org.vigil.model.Event.Count;
import org.vigil.model.EventType;
import org.vigil.model.Place;
import org.vigil.model.Span;
import org.vigil.model.SubEventType;
import org.vigil.tables.PatternTable;

/**
 * Assigns actors: to each mention the perpetrators its sentence words ({@link ActorReader}),
 * to each incident those of all its mentions named through {@link ActorTable}, and the
 * targets its victims and the sites struck tell.
 */
final class IncidentActors {

  private static final PatternTable PHRASES = PatternTable.load(IncidentActors.class,
      "target-phrases.tsv", Set.of("civilian-site", "riot-struck", "intervention", "state-victim",
          "state-struck", "state-struck-before", "foe-victim", "victim-side", "protested-act"));
  private static final Pattern CIVILIAN_SITE = PHRASES.get("civilian-site");
  private static final Pattern RIOT_STRUCK = PHRASES.get("riot-struck");
  private static final Pattern STATE_VICTIM = PHRASES.get("state-victim");
  private static final Pattern FOE_VICTIM = PHRASES.get("foe-victim");
  private static final Pattern VICTIM_SIDE = PHRASES.get("victim-side");
  private static final Pattern STATE_STRUCK = PHRASES.get("state-struck");
  private static final Pattern STATE_STRUCK_BEFORE = PHRASES.get("state-struck-before");
  private static final Pattern INTERVENTION = PHRASES.get("intervention");
  private static final Pattern PROTESTED_ACT = PHRASES.get("protested-act");

  /** Armed men the text does not name: the ACLED codebook's Unidentified Armed Group. */
  private static final Actor UNIDENTIFIED =
      ActorTable.STANDARD.resolve("unidentified assailants", false, null);
  /** The label a side gives any armed foe, which names no group. */
  private static final Actor TERRORISTS = ActorTable.STANDARD.resolve("terrorists", false, null);
  private static final Actor COMMUNAL_MILITIA =
      ActorTable.STANDARD.resolve("communal militia", false, null);
  /** Bombs that hands plant or throw, not that armies fire. */
  private static final Set<SubEventType> PLANTED = Set.of(SubEventType.REMOTE_EXPLOSIVE,
      SubEventType.SUICIDE_BOMB, SubEventType.GRENADE);
  private static final Set<String> ARMED_GROUPS = Set.of("Rebel groups", "Political militias",
      "Identity militias");

  /** "Airstrikes also targeted ...": more of the same act, by the same hands. */
  private static final Pattern ALSO =
      Pattern.compile("(?i)^\\s+(?:(?:was|were|has|have|had)\\s+(?:been\\s+)?)?also\\b");


  private final ActorReader actors = new ActorReader();
  private final ActorTable actorTable = ActorTable.STANDARD;

  /** The names of the article's places finer than a country, as the text gives them. */
  static Set<String> settlements(String text, List<Place> all, PlaceLinker places) {
    Set<String> settlements = new HashSet<>();
    for (Place p : all) {
      if (!places.isCountry(p)) {
        p.names().forEach(m -> settlements.add(m.of(text)));
      }
    }
    return settlements;
  }

  /**
   * The perpetrators the sentence names for {@code trigger}; when it names none but tells of
   * more of the same act ("also", "another"), or of an air strike, those of the latest of the
   * {@code earlier} mentions of its kind: only states fly, and a report that named the air
   * force behind one strike ("Syrian regime airstrikes ... killed at least 22") does not name
   * it again for each ("where raids killed 16 civilians").
   */
  List<Actor> ofMention(String text, Span sentence, TriggerLexicon.Hit trigger,
      Set<String> settlements, List<EventMention> earlier) {
    List<Actor> perpetrators = actors.perpetrators(text, sentence, trigger.span(), settlements);
    if (perpetrators.isEmpty() && (TriggerFinder.further(trigger, text, sentence)
        || trigger.subtypes().contains(SubEventType.AIR_DRONE_STRIKE))) {
      perpetrators = earlierActors(earlier, trigger);
    }
    return perpetrators;
  }

  /** The other side the sentence names for a clash or fight ({@link ActorReader#opponents}). */
  List<Actor> opponents(String text, Span sentence, TriggerLexicon.Hit trigger,
      Set<String> settlements) {
    return actors.opponents(text, sentence, trigger.span(), settlements);
  }

  /**
   * "Airstrikes also targeted ...", "Artillery shelling was also reported": the sentence tells
   * more of an act told before.
   */
  static boolean tellsMoreOfTheSame(String text, Span sentence, TriggerLexicon.Hit trigger) {
    return ALSO.matcher(text.substring(trigger.span().end(),
        Math.min(sentence.end(), trigger.span().end() + 12))).find();
  }

  /**
   * The perpetrators of the latest mention of the same kind of act ("airstrikes by regime and
   * Russian jets on Alghantou" before "Airstrikes also targeted Rastan"), or none.
   */
  private static List<Actor> earlierActors(List<EventMention> mentions,
      TriggerLexicon.Hit trigger) {
    for (int k = mentions.size() - 1; k >= 0; k--) {
      EventMention m = mentions.get(k);
      if (!m.perpetrators().isEmpty() && sameKind(m, trigger)) {
        return m.perpetrators();
      }
    }
    return List.of();
  }

  /** Whether mention {@code m} tells the same kind of act as {@code trigger}. */
  static boolean sameKind(EventMention m, TriggerLexicon.Hit trigger) {
    return m.trigger().subtypes().stream().anyMatch(trigger.subtypes()::contains);
  }

  /**
   * The incident's perpetrators: each phrase named as actors of the tables ({@link
   * #resolved}), under the state where the event happens ({@code country}, or null).
   */
  List<Actor> perpetrators(IncidentGrouper.Incident incident, String country) {
    return resolved(incident.mentions.stream().flatMap(m -> m.perpetrators().stream())
        .toList(), country);
  }

  /**
   * {@code perpetrators}, or where they are none, the group that claimed the incident or is
   * suspected of it in its sentence or the two after: "A security official was killed ... as
   * an IED exploded in DIK. The TTP claimed full responsibility for the attack".
   */
  List<Actor> orClaimants(List<Actor> perpetrators, IncidentGrouper.Incident incident,
      String text, List<Span> sentences, String country) {
    if (!perpetrators.isEmpty()) {
      return perpetrators;
    }
    return resolved(actors.claimants(incident.main().withAftermath(text, sentences)), country);
  }

  /**
   * {@code perpetrators}, or where they are none, the state's men were not the ones struck
   * ({@code stateStruck}) and the incident's sentences or the two after tell of an operation of
   * the state's kind ({@link ActorReader#stateOperation}), the state's forces: "Five militants
   * ... were killed in a search operation", "Five insurgents were killed in a military
   * operation". A demonstration's crowd is never the state's.
   */
  List<Actor> orStateOperation(List<Actor> perpetrators, EventType type,
      IncidentGrouper.Incident incident, String text, List<Span> sentences, String country,
      boolean stateStruck) {
    if (!perpetrators.isEmpty() || stateStruck
        || type.disorder() == EventType.Disorder.DEMONSTRATIONS
        || type == EventType.STRATEGIC_DEVELOPMENTS) {
      return perpetrators;
    }
    for (EventMention m : incident.mentions) {
      if (ActorReader.stateOperation(m.withAftermath(text, sentences))) {
        return List.of(actorTable.resolve("security forces", false, country));
      }
    }
    return perpetrators;
  }

  /**
   * The other side of a battle, as its sentences name it for a clash or fight, and the sides
   * of {@code perpetrators} that face the first: "TNLA and Myanmar forces clashed" names two
   * sides, "regime and Russian warplanes struck" one. Returns the sides, first the one that
   * acted (perpetrators), then the other (targets), each of ACLED's categories where known.
   */
  Sides battleSides(IncidentGrouper.Incident incident, List<Actor> perpetrators,
      String country) {
    List<Actor> acting = new ArrayList<>(perpetrators);
    List<Actor> other = new ArrayList<>(resolved(incident.mentions.stream()
        .flatMap(m -> m.targets().stream()).toList(), country));
    other.removeIf(o -> acting.stream().anyMatch(a -> a.name().equals(o.name())));
    if (acting.isEmpty() && other.size() >= 2) {
      acting.add(other.remove(0));
    } else if (other.isEmpty() && acting.size() >= 2
        && ActorReader.mutual(incident.main().trigger().text())) {
      String first = acting.get(0).category();
      acting.stream().skip(1).filter(a -> a.category() != null && !a.category().equals(first))
          .forEach(other::add);
      acting.removeAll(other);
    }
    return new Sides(acting, other);
  }

  /** The two sides of a battle: those that acted and those they fought. */
  record Sides(List<Actor> acting, List<Actor> other) {}

  /**
   * Each phrase named as actors of the tables: each actor a phrase lists ("Syrian regime and
   * Russian forces") where it lists two or more that the tables know, else the whole phrase.
   */
  private List<Actor> resolved(List<Actor> phrases, String country) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Actor phrase : phrases) {
      List<Actor> parts = new ArrayList<>();
      for (String part : CONJUNCTION.split(phrase.name())) {
        Actor a = actorTable.resolve(part, phrase.alleged(), country);
        if (a != null && parts.stream().noneMatch(x -> x.name().equals(a.name()))) {
          parts.add(a);
        }
      }
      if (parts.size() < 2) {
        Actor whole = actorTable.resolve(phrase.name(), phrase.alleged(), country);
        parts = whole == null ? List.of() : List.of(whole);
      }
      for (Actor a : parts) {
        out.merge(a.name(), a,
            (x, y) -> new Actor(x.name(), x.category(), x.alleged() && y.alleged()));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static final Pattern CONJUNCTION = Pattern.compile(",? and |, ");

  /**
   * The perpetrators of a demonstration: its crowd first, as ACLED codes every protest and riot
   * ("Protesters (India)", "Rioters (Bangladesh)", by the country where it happens), then the
   * groups the text names ({@code named}), as ACLED's associated actors, but for the
   * demonstration's {@code targets}.
   */
  static List<Actor> demonstrators(EventType type, String country, List<Actor> named,
      List<Actor> targets) {
    Actor crowd = crowd(type, country);
    List<Actor> out = new ArrayList<>();
    out.add(crowd);
    named.stream().filter(a -> !a.name().equals(crowd.name())
        && targets.stream().noneMatch(t -> t.name().equals(a.name()))).forEach(out::add);
    return out;
  }

  /** A demonstration's crowd: "Protesters (India)", "Rioters (Bangladesh)", by its country. */
  private static Actor crowd(EventType type, String country) {
    String category = type == EventType.RIOTS ? "Rioters" : "Protesters";
    String name = country == null ? category
        : category + " (" + ActorTable.countryName(country) + ")";
    return new Actor(name, category, false);
  }

  /**
   * The other side of a demonstration: the state's forces where its sentences tell they
   * intervened, as ACLED codes a protest met by the police; for a riot, the other crowd where
   * crowds clashed (ACLED's rioters on both sides), else whom it struck ({@code struck}); for a
   * protest no one.
   */
  List<Actor> demonstrationTargets(EventType type, IncidentGrouper.Incident incident,
      List<Actor> struck, String text, List<Span> sentences, String country) {
    for (EventMention m : incident.mentions) {
      // "Members ... staged a protest against AAP leaders at an AAP gathering. The SAD members
      // took issue with remarks ... Police then detained the protestors.": the sentences after
      // tell what met the demonstration
      if (intervened(m.withAftermath(text, sentences))) {
        Actor police = actorTable.resolve("police", false, country);
        return police == null ? List.of() : List.of(police);
      }
    }
    if (type != EventType.RIOTS) {
      return List.of();
    }
    for (EventMention m : incident.mentions) {
      if (CrowdClash.crowdsClashed(m.sentenceSpan().of(text))) {
        return List.of(crowd(type, country));
      }
    }
    return struck;
  }

  /**
   * Whether {@code told} says the state's forces met the demonstration, but not where their
   * act is what it protests ("protested ... over police lathicharge against Congress leaders",
   * "demand the release of students arrested", "after police arrested a farmer").
   */
  private static boolean intervened(String told) {
    Matcher m = INTERVENTION.matcher(told);
    while (m.find()) {
      if (!PROTESTED_ACT.matcher(told.substring(Math.max(0, m.start() - 60), m.start()))
          .find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The incident's targets: civilians, the forces of the state where it happened ({@code
   * country}, null when unknown) where they were struck ({@code stateStruck}, {@link
   * #stateStruck}) or combatants, by its victims and what was struck. Violence
   * against civilians targets civilians by its definition in the ACLED codebook, whoever the
   * text says they were.
   */
  List<Actor> targets(EventType type, IncidentGrouper.Incident incident, Count killed,
      Count injured, String text, String country, boolean stateStruck) {
    List<Actor> out = new ArrayList<>();
    if (type != EventType.VIOLENCE_AGAINST_CIVILIANS && stateStruck) {
      out.add(actorTable.resolve("police", false, country));
    }
    for (Actor a : victimKinds(type, incident, killed, injured, text)) {
      if (!(a.name().equals("combatants") && !out.isEmpty())) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * {@code perpetrators}, or where an attack or a bomb struck the state's forces, violence or
   * a planted bomb struck civilians, and the text names no one behind it, the unidentified
   * armed group the ACLED codebook codes such hands as (a political militia): someone planted
   * the roadside bomb that hit the patrol or the market, or shot the doctor dead, and the
   * report does not say who. An air strike or a shell unnamed has no such hand: armies fire
   * those.
   */
  static List<Actor> unnamedAttackers(SubEventType subtype, List<Actor> perpetrators,
      List<Actor> targets) {
    EventType type = subtype.type();
    boolean struckState = !targets.isEmpty()
        && "State forces".equals(targets.get(0).category())
        && (type == EventType.BATTLES || type == EventType.EXPLOSIONS);
    boolean plantedAtCivilians = PLANTED.contains(subtype) && !targets.isEmpty()
        && "Civilians".equals(targets.get(0).category());
    if (!perpetrators.isEmpty() || !struckState && !plantedAtCivilians
        && type != EventType.VIOLENCE_AGAINST_CIVILIANS) {
      return perpetrators;
    }
    return List.of(UNIDENTIFIED);
  }

  /**
   * {@code targets}, or where a battle's or a strike's acting side is the state's forces and
   * the side they fought or struck is named by no one (only "militants" among the dead, or
   * nobody), that side first as the unidentified armed group the ACLED codebook codes it as:
   * "Security forces killed five suspected militants", "FC personnel have killed three
   * militants in a search operation", "Thirteen suspected militants were killed ... when the
   * Pakistan Air Force (PAF) fighter jets pounded various areas of Tirah Valley".
   */
  static List<Actor> unnamedFoes(EventType type, List<Actor> perpetrators,
      List<Actor> targets) {
    if (type != EventType.BATTLES && type != EventType.EXPLOSIONS || perpetrators.isEmpty()
        || !"State forces".equals(perpetrators.get(0).category())
        || targets.stream().anyMatch(t -> t.category() != null
            || !t.name().equals("combatants"))) {
      return targets;
    }
    List<Actor> out = new ArrayList<>();
    out.add(UNIDENTIFIED);
    out.addAll(targets);
    return out;
  }

  /**
   * {@code sides}, with unnamed armed men acting ("Militants attacked a checkpost") named by
   * the one armed group the incident names among the state's foes it hurt ("5 TTP/LEI
   * militants were killed in a clash with security forces"): a note that names the group once
   * calls its men militants after. Returns the perpetrators and the targets.
   */
  static Sides namedForUnnamed(List<Actor> perpetrators, List<Actor> targets) {
    if (perpetrators.isEmpty() || !isUnidentified(perpetrators.get(0))
        || targets.stream().noneMatch(t -> "State forces".equals(t.category()))) {
      return new Sides(perpetrators, targets);
    }
    List<Actor> groups = targets.stream().filter(t -> t.category() != null
        && ARMED_GROUPS.contains(t.category()) && !isUnidentified(t)).toList();
    if (groups.size() != 1) {
      return new Sides(perpetrators, targets);
    }
    List<Actor> acting = new ArrayList<>(perpetrators);
    acting.set(0, groups.get(0));
    List<Actor> struck = new ArrayList<>(targets);
    struck.remove(groups.get(0));
    return new Sides(acting, struck);
  }

  /**
   * {@code sides}, with the unidentified armed group that faces the state's forces named by the
   * one armed group the incident's sentences and the two after name anywhere: "A police
   * official was killed in a firing incident by suspected Baloch separatists", "A police
   * officer was killed in an encounter with militants ... LeT commander Abu Qasim was among
   * the militants". A note that tells of the state fighting armed men and names one group
   * tells of that group's men. Where it names two or more, the men stay unidentified; so do
   * "terrorists", the state's word for any armed foe. Unnamed hands that struck civilians are
   * named so by the one rebel group named other than among the hurt ("IS later claimed
   * responsibility", "a gun attack by TTP, LeJ Nundallah nexus"); a party or a militia named
   * there is more often the victims' own. A note that says no one claimed the act keeps its
   * hands unnamed, whatever group it names as a past suspect.
   */
  Sides namedInNote(Sides sides, IncidentGrouper.Incident incident, String text,
      List<Span> sentences, String country) {
    boolean stateActs = isState(sides.acting()) && isUnidentifiedFirst(sides.other());
    boolean stateStruck = isState(sides.other()) && isUnidentifiedFirst(sides.acting());
    boolean civiliansStruck = isUnidentifiedFirst(sides.acting()) && !sides.other().isEmpty()
        && "Civilians".equals(sides.other().get(0).category());
    if (!stateActs && !stateStruck && !civiliansStruck) {
      return sides;
    }
    List<String> hurt = incident.casualties().stream().map(c -> victimWords(c, text)).toList();
    Map<String, Actor> groups = new LinkedHashMap<>();
    for (EventMention m : incident.mentions) {
      String told = m.withAftermath(text, sentences);
      if (ActorReader.unclaimed(told)) {
        return sides;
      }
      for (String phrase : ActorReader.phrases(told)) {
        Actor a = actorTable.resolve(phrase, false, country);
        if (a != null && a.category() != null && ARMED_GROUPS.contains(a.category())
            && !isUnidentified(a) && !a.name().equals(TERRORISTS.name())
            && (!civiliansStruck || "Rebel groups".equals(a.category())
                && hurt.stream().noneMatch(h -> h.contains(phrase)))) {
          groups.putIfAbsent(a.name(), a);
        }
      }
    }
    if (groups.size() != 1) {
      return sides;
    }
    Actor group = groups.values().iterator().next();
    List<Actor> unnamed = new ArrayList<>(stateActs ? sides.other() : sides.acting());
    unnamed.set(0, new Actor(group.name(), group.category(), unnamed.get(0).alleged()));
    return stateActs ? new Sides(sides.acting(), unnamed) : new Sides(unnamed, sides.other());
  }

  private static boolean isState(List<Actor> side) {
    return !side.isEmpty() && "State forces".equals(side.get(0).category());
  }

  private static boolean isUnidentifiedFirst(List<Actor> side) {
    return !side.isEmpty() && isUnidentified(side.get(0));
  }

  /** The two sides of a fight between villages or communities: communal militias. */
  static List<Actor> communalMilitias() {
    return List.of(COMMUNAL_MILITIA);
  }

  private static boolean isUnidentified(Actor a) {
    return a.name().equals(UNIDENTIFIED.name());
  }

  /**
   * {@code perpetrators}, or where violence against civilians is told as a lynching
   * ("lynched", "a mob beat to death") and the crowd is named as no more than a crowd, a
   * vigilante group: the ACLED codebook codes a crowd that kills someone it holds guilty as an
   * identity militia attacking civilians, not as rioters.
   */
  static List<Actor> vigilantes(EventType type, String trigger, List<Actor> perpetrators,
      String country) {
    if (type != EventType.VIOLENCE_AGAINST_CIVILIANS || !ActorReader.byVigilantes(trigger)
        || perpetrators.stream().anyMatch(a -> !"Rioters".equals(a.category()))) {
      return perpetrators;
    }
    return List.of(ActorTable.STANDARD.resolve("vigilante group", false, country));
  }

  /** Whether the victims' words {@code phrase} name the state's forces ("Two policemen"). */
  static boolean stateVictims(String phrase) {
    return STATE_VICTIM.matcher(phrase).find();
  }

  /** Whether the victims' words {@code phrase} name the state's armed foes ("15 militants"). */
  static boolean foeVictims(String phrase) {
    return !stateVictims(phrase) && FOE_VICTIM.matcher(phrase).find();
  }

  /** Whether the incident's hurt or the ones its acts struck are the state's forces. */
  static boolean stateStruck(IncidentGrouper.Incident incident, String text) {
    if (incident.casualties().stream()
        .anyMatch(c -> STATE_VICTIM.matcher(victimWords(c, text)).find())) {
      return true;
    }
    return incident.mentions.stream()
        .anyMatch(m -> AttackOrClash.struck(m, text, STATE_STRUCK, STATE_STRUCK_BEFORE));
  }

  /**
   * The civilians and combatants that the victims' kinds and the sites struck tell; combatants
   * by their group where the words name it ("10 TTP militants", "militants belonging to the
   * TTP").
   */
  private List<Actor> victimKinds(EventType type, IncidentGrouper.Incident incident,
      Count killed, Count injured, String text) {
    Set<String> names = new LinkedHashSet<>();
    if (type == EventType.VIOLENCE_AGAINST_CIVILIANS) {
      names.add("civilians");
    }
    boolean armedHurt = Victims.countsCombatants(killed) || Victims.countsCombatants(injured);
    for (Count c : new Count[] {killed, injured}) {
      if (Victims.countsCivilians(c)) {
        names.add("civilians");
      }
      if (Victims.countsCombatants(c)) {
        names.add("combatants");
      }
      // "vandalized eight CNG-run auto-rickshaws. At least 11 people were injured", "two
      // persons ... were injured when a bomb was exploded at Azimpur Rickshaw Stand": those a
      // mob or a bomb hurts, unless counted as the armed, are civilians; but not the "nine
      // others" a bomb wounded beside the "six fighters" it killed
      boolean hurtUnarmed = type == EventType.RIOTS && !Victims.countsCombatants(c)
          || type == EventType.EXPLOSIONS && !armedHurt;
      if (hurtUnarmed && c != null && c.figure() != null && c.figure() > 0) {
        names.add("civilians");
      }
    }
    for (EventMention m : incident.mentions) {
      String after = text.substring(m.trigger().span().end(),
          Math.min(m.sentenceSpan().end(), m.trigger().span().end() + 80));
      if (CIVILIAN_SITE.matcher(after).find()
          || type == EventType.RIOTS && RIOT_STRUCK.matcher(after).find()) {
        names.add("civilians");
      }
    }
    List<Actor> out = new ArrayList<>();
    for (String n : names) {
      List<Actor> sides = n.equals("combatants") ? foeGroups(incident, text) : List.of();
      if (sides.isEmpty()) {
        out.add(new Actor(n, n.equals("civilians") ? "Civilians" : null, false));
      } else {
        out.addAll(sides);
      }
    }
    return out;
  }

  /**
   * The words that count the hurt of {@code c}, with those right after that say whose they were
   * ("22 militants belonging to the TTP", "an official of the Levies Force").
   */
  private static String victimWords(CasualtyMention c, String text) {
    String phrase = c.span().of(text);
    String after = text.substring(c.span().end(), Math.min(text.length(), c.span().end() + 60))
        .split("[.;\n]", 2)[0];
    return VICTIM_SIDE.matcher(after).find() ? phrase + after : phrase;
  }

  /** The named groups the incident's hurt foes belonged to, by the words that count them. */
  private List<Actor> foeGroups(IncidentGrouper.Incident incident, String text) {
    List<Actor> out = new ArrayList<>();
    for (CasualtyMention c : incident.casualties()) {
      String phrase = victimWords(c, text);
      if (!foeVictims(phrase)) {
        continue;
      }
      Actor group = actorTable.namedGroup(phrase);
      if (group != null && out.stream().noneMatch(a -> a.name().equals(group.name()))) {
        out.add(group);
      }
    }
    return out;
  }
}
