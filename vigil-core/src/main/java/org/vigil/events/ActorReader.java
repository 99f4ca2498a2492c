package org.vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Event.Actor;
import org.vigil.model.Span;
import org.vigil.tables.CalendarWords;
import org.vigil.tables.PatternTable;
import org.vigil.tables.WordLists;

/**
 * Reads who carried out an incident from the words around its trigger: "US drone strike",
 * "air strikes by the Syrian military", "fired by terrorists".
 *
 * <p>The phrases are as the text gives them; {@link ActorTable} names them. Where the text
 * only blames or suspects ("rocket fire he blames on Iran-backed forces",
 * "suspected government warplanes", "accused X of"), the actor is marked alleged.
 */
final class ActorReader {

  private static final WordLists WORDS = WordLists.load(ActorReader.class,
      "actor-words.tsv", Set.of("actor-word", "not-actor", "attack-verb"));
  /**
   * An actor phrase: capitalised words ("Jaish al-Islam" with its article), demonyms and the
   * nouns that name armed groups.
   */
  private static final String ACTOR_WORD = "(?:(?:" + ActorTable.articlePrefix()
      + ")?[A-Z][\\w'’.\\-]*|" + String.join("|", WORDS.list("actor-word")) + ")";
  private static final String ACTOR = "((?:the )?" + ACTOR_WORD + "(?:(?: and| of(?: the)?|,)? "
      + ACTOR_WORD + "){0,4})";

  private static final PatternTable PHRASES = PatternTable.load(ActorReader.class,
      "attribution-phrases.tsv", Set.of("blamed", "accused", "allegedly-by", "suspected-behind",
          "claimed", "claimed-by", "by", "subject", "subject-after", "belonging",
          "belonging-hurt-before", "belonging-hurt-after", "modifier", "aircraft",
          "aircraft-owner", "downed", "opponent", "mutual-act", "vigilante-act",
          "state-operation", "unclaimed", "mutual-subject"),
      Map.of("actor", ACTOR, "actor_word", ACTOR_WORD,
          "attack_verb", "(?:" + String.join("|", WORDS.list("attack-verb")) + ")"));
  private static final Pattern BLAMED = PHRASES.get("blamed");
  private static final Pattern ACCUSED = PHRASES.get("accused");
  private static final Pattern ALLEGEDLY_BY = PHRASES.get("allegedly-by");
  private static final Pattern SUSPECTED_BEHIND = PHRASES.get("suspected-behind");
  private static final Pattern CLAIMED = PHRASES.get("claimed");
  private static final Pattern CLAIMED_BY = PHRASES.get("claimed-by");
  private static final Pattern BY = PHRASES.get("by");
  private static final Pattern SUBJECT = PHRASES.get("subject");
  private static final Pattern SUBJECT_AFTER = PHRASES.get("subject-after");
  private static final Pattern BELONGING = PHRASES.get("belonging");
  private static final Pattern BELONGING_HURT_BEFORE = PHRASES.get("belonging-hurt-before");
  private static final Pattern BELONGING_HURT_AFTER = PHRASES.get("belonging-hurt-after");
  private static final Pattern MODIFIER = PHRASES.get("modifier");
  private static final Pattern DOWNED = PHRASES.get("downed");
  private static final Pattern AIRCRAFT = PHRASES.get("aircraft");
  private static final Pattern AIRCRAFT_OWNER = PHRASES.get("aircraft-owner");
  private static final Pattern OPPONENT = PHRASES.get("opponent");
  private static final Pattern MUTUAL_ACT = PHRASES.get("mutual-act");
  private static final Pattern VIGILANTE_ACT = PHRASES.get("vigilante-act");
  private static final Pattern STATE_OPERATION = PHRASES.get("state-operation");
  private static final Pattern UNCLAIMED = PHRASES.get("unclaimed");
  private static final Pattern MUTUAL_SUBJECT = PHRASES.get("mutual-subject");

  /** An actor phrase anywhere, from a word's start. */
  private static final Pattern ANY_ACTOR = Pattern.compile("(?<![\\w'’\\-])" + ACTOR);

  /** A hedge in an attribution: "by suspected Baloch separatists". */
  private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:suspected|alleged)\\b");

  /** "suspected" just before an actor phrase ("Suspected Syrian regime and Russian strikes"). */
  private static final Pattern SUSPECTED_BEFORE = Pattern.compile("(?i)\\bsuspected\\s+$");

  /** How far before the trigger a subject's verb may end and still be the trigger's. */
  private static final int CLAUSE_CHARS = 60;

  private static final Set<String> NOT_ACTORS = notActors();

  /** Words that look like actors but name no one: sentence openers, dates ("Monday's"). */
  private static Set<String> notActors() {
    Set<String> words = new java.util.HashSet<>(WORDS.set("not-actor"));
    words.addAll(CalendarWords.months());
    words.addAll(CalendarWords.weekdays());
    return Set.copyOf(words);
  }

  /** The perpetrators the sentence names for the trigger at {@code trigger}. */
  List<Actor> perpetrators(String text, Span sentence, Span trigger, Set<String> settlements) {
    String s = text.substring(sentence.start(), sentence.end());
    int t0 = trigger.start() - sentence.start();
    int t1 = trigger.end() - sentence.start();
    List<Actor> out = new ArrayList<>();
    for (Pattern p : new Pattern[] {BLAMED, ACCUSED, ALLEGEDLY_BY, SUSPECTED_BEHIND}) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        add(out, m.group(1), true, settlements);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    String before = s.substring(Math.max(0, t0 - 60), t0);
    Matcher mod = MODIFIER.matcher(before);
    if (!DOWNED.matcher(s.substring(t0, t1)).find() && mod.find()) {
      String phrase = mod.group(1);
      boolean opens = phrase.regionMatches(true, 0, "suspected ", 0, 10);
      boolean suspected = opens
          || SUSPECTED_BEFORE.matcher(before.substring(0, mod.start(1))).find();
      add(out, opens ? phrase.substring(10) : phrase, suspected, settlements);
    }
    String aircraftOwner = aircraftOwner(before, s.substring(t0, t1));
    if (out.isEmpty() && aircraftOwner != null) {
      add(out, aircraftOwner, false, settlements);
    }
    Matcher by = BY.matcher(s.substring(t1));
    if (by.find()) {
      add(out, by.group(1), HEDGED.matcher(by.group()).find(), settlements);
    }
    if (out.isEmpty()) {
      // the last subject whose clause reaches the trigger
      String upTo = s.substring(0, t1);
      // up to the trigger, but seeing past it: a headline's "Insurgents Killed As ..." is
      // passive, as the words after its verb tell
      Matcher m = SUBJECT.matcher(s).region(0, t1).useTransparentBounds(true);
      String last = null;
      while (m.find()) {
        if (m.end() >= t0 - CLAUSE_CHARS
            && !upTo.substring(Math.min(m.end(), t0), t0).contains(";")) {
          last = m.group(1);
        }
      }
      if (last == null) {
        Matcher after = SUBJECT_AFTER.matcher(s.substring(t1));
        last = after.find() ? after.group(1) : null;
      }
      if (last == null) {
        // the owner of the attacker or weapon, which may be the trigger itself
        last = owner(s.substring(Math.max(0, t0 - CLAUSE_CHARS),
            Math.min(s.length(), t1 + CLAUSE_CHARS)));
      }
      if (last != null) {
        add(out, last, false, settlements);
      }
    }
    return out;
  }

  /**
   * The group the attackers or the weapon of {@code window} belong to ("a helicopter belonging
   * to the regime"), unless those men are the ones hurt ("killed 22 militants belonging to the
   * TTP"); or null.
   */
  private static String owner(String window) {
    Matcher m = BELONGING.matcher(window);
    while (m.find()) {
      if (!BELONGING_HURT_BEFORE.matcher(window.substring(0, m.start())).find()
          && !BELONGING_HURT_AFTER.matcher(window.substring(m.end())).find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The groups that claimed the act in {@code told} ("The TTP has claimed responsibility for
   * the attack"), and those suspected of it ("Alqaida ... is suspected to be behind the
   * attack", alleged).
   */
  List<Actor> claimants(String told) {
    List<Actor> out = new ArrayList<>();
    for (Pattern p : new Pattern[] {CLAIMED, CLAIMED_BY, SUSPECTED_BEHIND}) {
      Matcher m = p.matcher(told);
      while (m.find()) {
        add(out, m.group(1), p == SUSPECTED_BEHIND, Set.of());
      }
    }
    return out;
  }

  /** Every actor phrase of {@code told}, wherever it stands and whatever it did. */
  static List<String> phrases(String told) {
    List<String> out = new ArrayList<>();
    Matcher m = ANY_ACTOR.matcher(told);
    while (m.find()) {
      String name = name(m.group(1));
      if (name != null) {
        out.add(name);
      }
    }
    return out;
  }

  /** Whether the trigger names an act of two sides against each other: a clash, a fight. */
  static boolean mutual(String trigger) {
    return MUTUAL_ACT.matcher(trigger).matches();
  }

  /** Whether {@code told} tells of an operation of the state's kind: "a search operation". */
  static boolean stateOperation(String told) {
    return STATE_OPERATION.matcher(told).find();
  }

  /** Whether {@code told} says no one claimed the act: "No group claimed responsibility". */
  static boolean unclaimed(String told) {
    return UNCLAIMED.matcher(told).find();
  }

  /** Whether the trigger tells of a crowd killing someone it holds guilty: a lynching. */
  static boolean byVigilantes(String trigger) {
    return VIGILANTE_ACT.matcher(trigger).find();
  }

  /**
   * The other side the sentence names for a mutual act ({@link #mutual}): "clashed with
   * police", "clashes between the army and the KIA" (both sides, then), or both sides as its
   * subject ("Maoists and police officers exchanged gunfire").
   */
  List<Actor> opponents(String text, Span sentence, Span trigger, Set<String> settlements) {
    List<Actor> out = new ArrayList<>();
    if (!mutual(trigger.of(text))) {
      return out;
    }
    Matcher m = OPPONENT.matcher(text.substring(trigger.end(), sentence.end()));
    if (m.find()) {
      add(out, m.group(1), false, settlements);
      if (m.group(2) != null) {
        add(out, m.group(2), false, settlements);
      }
    } else {
      // "Maoists and police officers exchanged gunfire": both sides before the act
      Matcher both = MUTUAL_SUBJECT.matcher(text.substring(sentence.start(), trigger.start()));
      if (both.find()) {
        phrases(both.group(1)).forEach(p -> add(out, p, false, settlements));
      }
    }
    return out;
  }

  /** The actor words right before a trigger that names aircraft: "Russian and regime". */
  private static String aircraftOwner(String before, String trigger) {
    if (!AIRCRAFT.matcher(trigger).matches()) {
      return null;
    }
    Matcher m = AIRCRAFT_OWNER.matcher(before);
    return m.find() ? m.group(1) : null;
  }

  /** The name an actor phrase gives, without its article; null for words that name no one. */
  private static String name(String phrase) {
    String name = phrase.replaceFirst("^(?i:the) ", "").trim();
    return name.isEmpty() || NOT_ACTORS.contains(name.toLowerCase(Locale.ROOT)) ? null : name;
  }

  /** Adds an actor phrase, unless it names a town ("the Aleppo battle" is a place). */
  private static void add(List<Actor> out, String phrase, boolean alleged,
      Set<String> settlements) {
    String name = name(phrase);
    if (name == null || settlements.contains(name)) {
      return;
    }
    if (out.stream().noneMatch(a -> a.name().equals(name))) {
      out.add(new Actor(name, null, alleged));
    }
  }
}
