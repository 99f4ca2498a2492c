package org.vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Event.Actor;
import org.vigil.model.Span;
import org.vigil.tables.CalendarWords;
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
      "actor-words.tsv", Set.of("actor-word", "not-actor"));
  /** An actor phrase: capitalised words, demonyms and the nouns that name armed groups. */
  private static final String ACTOR_WORD =
      "(?:[A-Z][\\w'’.\\-]*|" + String.join("|", WORDS.list("actor-word")) + ")";
  private static final String ACTOR = "((?:the )?" + ACTOR_WORD + "(?:(?: and| of the|,)? "
      + ACTOR_WORD + "){0,4})";

  private static final Pattern BLAMED = Pattern.compile(
      "\\b(?:blames?|blamed|blaming|attributed|attributes)(?: it| them)? (?:on|to) " + ACTOR);
  private static final Pattern ACCUSED = Pattern.compile(
      "\\b(?:accuse[sd]?|accusing) " + ACTOR + " of\\b");
  private static final Pattern ALLEGEDLY_BY = Pattern.compile(
      "\\b(?:allegedly|reportedly|likely|probably|believed to have been|suspected to have been)"
          + " (?:carried out|launched|fired|conducted|committed|dropped) by " + ACTOR);
  /** "strikes by X", "shell fired by X", "attack carried out by X": right after the trigger. */
  private static final Pattern BY = Pattern.compile(
      "^\\s*(?:[\\w\\-]+\\s+){0,2}?by " + ACTOR);
  /**
   * "ISIS terrorists detonated two car bombs", "terrorists positioned in al-Rashidin
   * neighborhood fired rockets", "Syrian army helicopters dropped barrel bombs", "the Syrian and
   * Russian air fleets tracked and targeted the convoy": the subject of the verb of attack,
   * where the clause goes on to the trigger.
   */
  private static final Pattern SUBJECT = Pattern.compile(ACTOR
      + "(?: (?:helicopters?|planes?|drones?|artillery|units|air (?:fleets?|forces?)))?"
      + "(?: (?:positioned|located|stationed|based|deployed|entrenched) in (?:the )?"
      + "(?:[\\w'’\\-]+ ){1,4}?)? (?:have |has |had )?(?:[a-z]+ed and )?"
      + "(?:fired|detonated|targeted|shelled"
      + "|dropped|launched|carried out|struck|bombed|attacked|executed|stormed|ambushed|blew)"
      + "\\b");
  /**
   * "a suicide bomber from the Nusra Front", "a helicopter belonging to the regime": who the
   * attacker or the weapon belongs to.
   */
  private static final Pattern BELONGING = Pattern.compile(
      "\\b(?:bombers?|gunm[ae]n|fighters|members|militants|helicopters?|planes?|warplanes?"
          + "|jets?|aircraft|drones?) (?:from|of|belonging to) " + ACTOR);
  private static final Pattern MODIFIER = Pattern.compile(
      "(?:^|\\b(?:a|an|the|suspected|of|in|by|when|as|after|while|where)\\s)((?:suspected )?"
          + ACTOR_WORD
          + "(?:(?: and)? " + ACTOR_WORD + "){0,3})\\s*$");

  /**
   * "a Russian military helicopter was shot down": the words before such a trigger say whose
   * aircraft was hit, the target, not who fired.
   */
  private static final Pattern DOWNED = Pattern.compile(
      "(?i)(?:shot|brought) down$|^(?:shot |brought )?down(?:ed)?\\b");

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
    for (Pattern p : new Pattern[] {BLAMED, ACCUSED, ALLEGEDLY_BY}) {
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
      boolean suspected = phrase.startsWith("suspected ");
      add(out, suspected ? phrase.substring(10) : phrase, suspected, settlements);
    }
    Matcher by = BY.matcher(s.substring(t1));
    if (by.find()) {
      add(out, by.group(1), false, settlements);
    }
    if (out.isEmpty()) {
      // the last subject whose clause reaches the trigger
      String upTo = s.substring(0, t1);
      Matcher m = SUBJECT.matcher(upTo);
      String last = null;
      while (m.find()) {
        if (m.end() >= t0 - CLAUSE_CHARS
            && !upTo.substring(Math.min(m.end(), t0), t0).contains(";")) {
          last = m.group(1);
        }
      }
      if (last == null) {
        // the owner of the attacker or weapon, which may be the trigger itself
        Matcher owner = BELONGING.matcher(s.substring(Math.max(0, t0 - CLAUSE_CHARS),
            Math.min(s.length(), t1 + CLAUSE_CHARS)));
        last = owner.find() ? owner.group(1) : null;
      }
      if (last != null) {
        add(out, last, false, settlements);
      }
    }
    return out;
  }

  /** Adds an actor phrase, unless it names a town ("the Aleppo battle" is a place). */
  private static void add(List<Actor> out, String phrase, boolean alleged,
      Set<String> settlements) {
    String name = phrase.replaceFirst("^(?i:the) ", "").trim();
    if (name.isEmpty() || NOT_ACTORS.contains(name.toLowerCase(Locale.ROOT))
        || settlements.contains(name)) {
      return;
    }
    if (out.stream().noneMatch(a -> a.name().equals(name))) {
      out.add(new Actor(name, null, alleged));
    }
  }
}
