package org.vigil.events;

import static org.vigil.events.SubEventType.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;

/**
 * Finds the words that name an incident ("missile strike", "clashes", "car bomb") and the
 * sub-types each can stand for.
 *
 * <p>Each phrase has a specificity: 3 names the weapon or act outright ("drone strike",
 * "sarin"), 2 is clear but broader ("blast", "clashes"), 1 needs context ("strikes",
 * "offensive"), 0 fits any violence ("attack"). The most specific phrase of a sentence gives
 * the sub-type; generic ones mostly refer back to an incident already named.
 */
final class TriggerLexicon {

  /** One trigger found: its text, span, the sub-types it may mean (first preferred). */
  record Hit(String text, Span span, List<SubEventType> subtypes, int specificity) {
    /** A short stem for matching later mentions of the same act ("assassinat"). */
    String stem() {
      String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[\\s\\-]+");
      String last = words[words.length - 1];
      return last.length() > 6 ? last.substring(0, 6) : last;
    }
  }

  private record Entry(Pattern pattern, List<SubEventType> subtypes, int specificity) {}

  private static final List<SubEventType> ANY_VIOLENCE = List.of(
      ATTACK, ARMED_CLASH, AIR_DRONE_STRIKE, SHELLING, REMOTE_EXPLOSIVE, SUICIDE_BOMB,
      CHEMICAL_WEAPON, GRENADE);

  /** Words that deny the act named next: "there have been no US strikes so far". */
  private static final Pattern DENIED = Pattern.compile(
      "(?i)\\b(?:no|without|never)\\s+(?:[\\w.-]+\\s+){0,2}$");

  /** Manned aircraft; a drone or a missile shot down is disrupted weapons use. */
  private static final String AIRCRAFT =
      "(?:helicopters?|choppers?|(?:fighter )?jets?|war ?planes?|planes?|aircraft)";

  private final List<Entry> entries = new ArrayList<>();

  TriggerLexicon() {
    add(3, "chemical (?:weapons? )?(?:attacks?|strikes?|weapons?|gas)|(?:sarin|chlorine|mustard"
        + "|toxic|poison(?:ous)?|nerve)[ -](?:gas|agents?)(?: attacks?)?|gas attacks?|sarin"
        + "|chlorine", CHEMICAL_WEAPON);
    add(3, "suicide (?:car )?(?:bomb(?:ing|er)?s?|attacks?|blasts?|bombers?|explosions?)"
        + "|blew (?:himself|herself|themselves) up|suicide", SUICIDE_BOMB);
    add(3, "air ?strikes?|air raids?|air attacks?|aerial (?:bombardment|bombing|attacks?|strikes?"
        + "|raids?)|air bombardment|drone (?:strikes?|attacks?)|barrel bombs?|bombing raids?"
        + "|war ?planes?|fighter jets|jets|helicopters?|aircraft", AIR_DRONE_STRIKE);
    add(3, "(?:missile|rocket|artillery|mortar) (?:strikes?|attacks?|fire|shells?|rounds?"
        + "|shelling|barrage)|shelling|shelled|shells?|mortars?|rockets?|missiles?|artillery"
        + "|grad", SHELLING);
    add(3, "car bombs?|(?:bomb|explosive)[ -]laden|booby[ -]trapped|improvised explosive devices?"
        + "|ieds?|roadside bombs?|land ?mines?|explosive devices?|sticky bombs?",
        REMOTE_EXPLOSIVE);
    add(3, "grenades?", GRENADE);
    add(2, "(?:bomb )?blasts?|explosions?|exploded|detonated|bomb attacks?|bombings?|bombs?",
        REMOTE_EXPLOSIVE, SUICIDE_BOMB, AIR_DRONE_STRIKE, SHELLING);
    add(2, "clash(?:es|ed)?|fighting|fierce battles?|battles?|gunfights?|firefights?|fought"
        + "|exchange of fire|ambush(?:ed)?", ARMED_CLASH);
    add(1, "offensive|counter-?offensive|assault|military operations?|siege", ARMED_CLASH);
    add(3, "recaptur(?:ed|e|ing)|regain(?:ed|ing)? (?:full )?control|retook|retake|liberat(?:ed|ion)"
        + "|wrest(?:ed)? (?:full )?control|restored? (?:security|control)",
        GOVERNMENT_REGAINS_TERRITORY);
    add(2, "seized control|took control|taken control|overran|captured (?:the )?(?:town|village"
        + "|city|area|district|base|airport|hill|neighbou?rhood)", NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        GOVERNMENT_REGAINS_TERRITORY);
    add(3, "executed|executions?|beheaded|beheading|massacred?|shot dead|gunned down"
        + "|assassinat(?:ed|ion|ions)|stabbed|slaughtered|tortured to death", ATTACK);
    add(1, "sniper(?: fire)?|shooting|opened fire|gunfire|shot", ATTACK, ARMED_CLASH);
    add(3, "kidnapp(?:ed|ing)|abduct(?:ed|ion|ions)|forcibly disappeared|taken hostage",
        ABDUCTION);
    add(3, "raped|rapes?|sexual (?:violence|assault)", SEXUAL_VIOLENCE);
    add(2, "protests?|protesters?|demonstrations?|demonstrators?|rall(?:y|ies)|sit-ins?"
        + "|took to the streets", PEACEFUL_PROTEST);
    add(3, "riots?|rioters?|rioting", VIOLENT_DEMONSTRATION);
    add(3, "lynch(?:ed|ing)|mob", MOB_VIOLENCE);
    add(2, "arrest(?:ed|s)?|detained|rounded up|arrest campaign", ARRESTS);
    add(1, "cease-?fire|truce", AGREEMENT);
    add(2, "looted|looting|torched|burned down|demolished", LOOTING_PROPERTY_DESTRUCTION);
    // "the helicopter was shot down", "rebels downed a jet": the aircraft is what was hit, by
    // fighters on the ground, so no air strike; one longer trigger, it hides "helicopter".
    add(3, AIRCRAFT + "\\s+(?:[\\w-]+\\s+){0,2}?(?:(?:was|were|had been|has been)\\s+)?"
        + "(?:shot|brought) down|(?:shot|brought) down (?:an?|the|two|three)\\s+"
        + "(?:[\\w-]+\\s+){0,3}?" + AIRCRAFT + "|downed (?:an?|the|two|three)\\s+"
        + "(?:[\\w-]+\\s+){0,3}?" + AIRCRAFT, ARMED_CLASH);
    add(2, "defused|intercepted|shot down", DISRUPTED_WEAPONS_USE);
    add(1, "strikes?|struck|bombardment|bombed|bombing|pounded|raids?",
        AIR_DRONE_STRIKE, SHELLING, REMOTE_EXPLOSIVE);
    add(0, "attacks?|attacked|targeted|targeting", ANY_VIOLENCE.toArray(new SubEventType[0]));
  }

  private void add(int specificity, String regex, SubEventType... subtypes) {
    entries.add(new Entry(Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE),
        List.of(subtypes), specificity));
  }

  /**
   * Every trigger in {@code sentence} (starting at {@code offset}) that the sentence does not
   * deny, longest first, no overlaps.
   */
  List<Hit> find(String sentence, int offset) {
    List<Hit> all = new ArrayList<>();
    for (Entry e : entries) {
      Matcher m = e.pattern().matcher(sentence);
      while (m.find()) {
        all.add(new Hit(m.group(), new Span(offset + m.start(), offset + m.end()),
            e.subtypes(), e.specificity()));
      }
    }
    all.sort(Comparator.comparingInt((Hit h) -> -h.span().length())
        .thenComparingInt(h -> -h.specificity()));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : all) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(h.span()))) {
        kept.add(h);
      }
    }
    kept.removeIf(h -> DENIED.matcher(sentence.substring(
        Math.max(0, h.span().start() - offset - 40), h.span().start() - offset)).find());
    kept.sort(Comparator.comparing(Hit::span));
    return kept;
  }

  /** Sub-types for a statement of killing with no weapon named. */
  static List<SubEventType> anyViolence() {
    return ANY_VIOLENCE;
  }

  static Set<SubEventType> set(List<SubEventType> l) {
    return l.isEmpty() ? EnumSet.noneOf(SubEventType.class) : EnumSet.copyOf(l);
  }
}
