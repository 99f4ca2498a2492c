package org.vigil.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.EventType;
import org.vigil.model.Span;
import org.vigil.model.SubEventType;
import org.vigil.tables.PatternTable;

/**
 * Finds the triggers of one sentence ({@link TriggerLexicon}) and picks the one that names its
 * incident. Protests told as the war's origin are background, not triggers; an act only
 * threatened or planned ranks last; a trigger that refers back ("the strike") ranks below one
 * that tells of a new act.
 */
final class TriggerFinder {

  private static final PatternTable PHRASES = PatternTable.load(TriggerFinder.class,
      "event-phrases.tsv", Set.of("anaphor", "hypothetical", "war-origin", "protest-about",
          "protest-sparked",
          "protest-after", "cause-before", "further", "second-act-joint",
          "second-act-followed", "second-act-takeover", "saying-before", "saying-after",
          "clause-break", "further-toll"));
  private static final Pattern ANAPHOR = PHRASES.get("anaphor");
  private static final Pattern HYPOTHETICAL = PHRASES.get("hypothetical");
  private static final Pattern WAR_ORIGIN = PHRASES.get("war-origin");
  private static final Pattern PROTEST_ABOUT = PHRASES.get("protest-about");
  private static final Pattern PROTEST_AFTER = PHRASES.get("protest-after");
  private static final Pattern PROTEST_SPARKED = PHRASES.get("protest-sparked");
  private static final Pattern CAUSE_BEFORE = PHRASES.get("cause-before");
  private static final Pattern FURTHER = PHRASES.get("further");
  private static final Pattern FURTHER_TOLL = PHRASES.get("further-toll");
  private static final Pattern CLAUSE_BREAK = PHRASES.get("clause-break");
  private static final Pattern SECOND_ACT_JOINT = PHRASES.get("second-act-joint");
  private static final Pattern SECOND_ACT_FOLLOWED = PHRASES.get("second-act-followed");
  private static final Pattern SECOND_ACT_TAKEOVER = PHRASES.get("second-act-takeover");
  private static final Pattern SAYING_BEFORE = PHRASES.get("saying-before");
  private static final Pattern SAYING_AFTER = PHRASES.get("saying-after");

  private final TriggerLexicon lexicon = TriggerLexicon.STANDARD;

  /** The triggers of {@code sentence}, but for protests in a sentence telling how a war began. */
  List<TriggerLexicon.Hit> find(String text, Span sentence) {
    String stext = sentence.of(text);
    List<TriggerLexicon.Hit> hits = lexicon.find(stext, sentence.start());
    if (WAR_ORIGIN.matcher(stext).find()) {
      hits = hits.stream().filter(h -> !protest(h)).toList();
    }
    return hits;
  }

  /**
   * Whether {@code h}, one of the sentence's {@code hits}, is an act only considered, planned
   * or threatened: so told itself ("threatened new attacks"), or the weapon of such an act in
   * its clause ("were threatening to strike two Shiite villages they have surrounded with
   * missiles").
   */
  static boolean hypothetical(TriggerLexicon.Hit h, List<TriggerLexicon.Hit> hits, String text,
      Span sentence) {
    if (HYPOTHETICAL.matcher(text.substring(sentence.start(), h.span().start())).find()) {
      return true;
    }
    for (TriggerLexicon.Hit before : hits) {
      if (before.span().end() <= h.span().start()
          && HYPOTHETICAL.matcher(text.substring(sentence.start(), before.span().start())).find()
          && !CLAUSE_BREAK.matcher(text.substring(before.span().end(), h.span().start()))
              .find()) {
        return true;
      }
    }
    return false;
  }

  /** The trigger of {@code hits} that names the sentence's incident best (the first if equal). */
  static TriggerLexicon.Hit main(List<TriggerLexicon.Hit> hits, String text, Span sentence) {
    TriggerLexicon.Hit about = protestAboutViolence(hits, text);
    if (about != null) {
      return about;
    }
    TriggerLexicon.Hit main = null;
    int best = Integer.MIN_VALUE;
    for (TriggerLexicon.Hit h : hits) {
      int r = rank(h, hits, text, sentence);
      if (main == null || r > best) {
        main = h;
        best = r;
      }
    }
    return main;
  }

  /**
   * How well a trigger names its sentence's incident: specificity first; then a new incident
   * over one referred back to ("his assassination"); then the weapon over the act, as ACLED
   * codes an assassination by drone strike as an air strike, and a crowd's violence over its
   * protest ("hartal supporters vandalised six vehicles"), as it codes a protest turned violent
   * as a riot; a protest over the arrests that met it. An act only considered or threatened
   * ranks below all of these.
   */
  private static int rank(TriggerLexicon.Hit h, List<TriggerLexicon.Hit> hits, String text,
      Span sentence) {
    if (hypothetical(h, hits, text, sentence)) {
      return -1;
    }
    // the weapon over the act; a crowd's violence over the protest it breaks
    int weapon = h.subtypes().get(0).type() == EventType.EXPLOSIONS
        || h.subtypes().get(0).type() == EventType.RIOTS ? 1 : 0;
    // "police arrested teachers who were protesting": ACLED codes a protest met by arrests
    int arrest = h.subtypes().get(0) == SubEventType.ARRESTS ? -1 : 0;
    return h.specificity() * 4 + (anaphoric(h, text, sentence) ? 0 : 2) + weapon + arrest;
  }

  /** Whether the trigger refers back to an incident already told: "the strike". */
  static boolean anaphoric(TriggerLexicon.Hit h, String text, Span sentence) {
    return ANAPHOR.matcher(text.substring(sentence.start(), h.span().start())).find();
  }

  /**
   * Whether the sentence tells {@code h} as a further act: "also" before it or just after
   * ("Airstrikes also targeted"), or "another" or "other" just before it.
   */
  static boolean further(TriggerLexicon.Hit h, String text, Span sentence) {
    return FURTHER.matcher(text.substring(sentence.start(), h.span().start())).find()
        || IncidentActors.tellsMoreOfTheSame(text, sentence, h);
  }

  /** Whether {@code sentence} gives figures as more than those told before: "Five more". */
  static boolean furtherToll(String text, Span sentence) {
    return FURTHER_TOLL.matcher(sentence.of(text)).find();
  }

  /**
   * Whether the time expression at {@code time} dates a saying ("the organisation said
   * Tuesday", "officials on Tuesday demanded"), not the act its sentence tells.
   */
  static boolean datesASaying(String text, Span time) {
    return SAYING_BEFORE.matcher(text.substring(Math.max(0, time.start() - 30), time.start()))
        .find()
        || SAYING_AFTER.matcher(text.substring(time.end(), Math.min(text.length(),
            time.end() + 20))).lookingAt();
  }

  /**
   * A second act of a sentence: its trigger, where the clause that tells it starts, and
   * whether the clause tells it as following the first ("was followed by"), not at its time.
   */
  record SecondAct(TriggerLexicon.Hit hit, int clause, boolean after) {}

  /**
   * The act of another kind that a clause after {@code main}'s tells ("... and that 11
   * militants were also killed in clashes that day"), or null. Its clause starts at a joint
   * ("and that", "while") and tells a further act ("also", "another"; {@link #further}), or
   * at "was followed by", or, for a taking of ground, at "when" or "after".
   */
  static SecondAct secondAct(List<TriggerLexicon.Hit> hits, TriggerLexicon.Hit main,
      String text) {
    for (TriggerLexicon.Hit h : hits) {
      if (h.span().start() <= main.span().end()
          || h.subtypes().stream().anyMatch(main.subtypes()::contains)) {
        continue;
      }
      String between = text.substring(main.span().end(), h.span().start());
      int clause = -1;
      Matcher followed = SECOND_ACT_FOLLOWED.matcher(between);
      while (followed.find()) {
        clause = followed.start();
      }
      boolean after = clause >= 0;
      if (territory(h) && !territory(main)) {
        Matcher takeover = SECOND_ACT_TAKEOVER.matcher(between);
        while (takeover.find()) {
          clause = takeover.start();
          after = false;
        }
      }
      Matcher joint = SECOND_ACT_JOINT.matcher(between);
      while (joint.find()) {
        if (joint.start() > clause && FURTHER.matcher(between.substring(joint.end())).find()) {
          clause = joint.start();
          after = false;
        }
      }
      if (clause >= 0) {
        return new SecondAct(h, main.span().end() + clause, after);
      }
    }
    return null;
  }

  /** Names a taking of ground: its every sub-type is a change of territory. */
  private static boolean territory(TriggerLexicon.Hit hit) {
    return hit.subtypes().stream().allMatch(t -> t == SubEventType.GOVERNMENT_REGAINS_TERRITORY
        || t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
  }

  /**
   * The protest of a sentence that protests against violence it names next ("protested
   * against the killing of a student", "rioted after the killing of a trader") or that the
   * violence it names first set off ("were kidnapped, sparking protests"), or null: the
   * violence is the protest's cause.
   */
  static TriggerLexicon.Hit protestAboutViolence(List<TriggerLexicon.Hit> hits,
      String text) {
    for (int i = 0; i < hits.size(); i++) {
      TriggerLexicon.Hit p = hits.get(i);
      for (int j = i + 1; j < hits.size(); j++) {
        TriggerLexicon.Hit v = hits.get(j);
        if (!protest(v) && isAbout(p, v.span(), text)) {
          return p;
        }
      }
      for (int j = 0; j < i && protest(p); j++) {
        TriggerLexicon.Hit v = hits.get(j);
        if (!protest(v) && v.span().end() <= p.span().start()
            && PROTEST_SPARKED.matcher(text.substring(v.span().end(), p.span().start()))
                .find()) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code thing}, after the trigger {@code p}, is what a protest is against ("staged a
   * demonstration against the killing of two employees") or what a protest or riot came after
   * ("rioted after the killing of a trader"): its cause.
   */
  static boolean isAbout(TriggerLexicon.Hit p, Span thing, String text) {
    if (!protest(p) || thing.start() <= p.span().end()) {
      return false;
    }
    String between = text.substring(p.span().end(), thing.start());
    return p.subtypes().get(0).type() == EventType.PROTESTS
        && PROTEST_ABOUT.matcher(between).find() || PROTEST_AFTER.matcher(between).find();
  }

  /**
   * Whether the figures at {@code figure}, in {@code sentence}, tell the cause of the protest or
   * riot {@code p} and not its toll: what it is against, the death it came after ("protested
   * after a young girl was killed"), or an opening clause of that death ("After a Dalit was
   * killed, residents protested").
   */
  static boolean tellsCause(TriggerLexicon.Hit p, Span figure, Span sentence, String text) {
    if (figure.start() > p.span().end()) {
      return isAbout(p, figure, text);
    }
    return protest(p) && figure.end() <= p.span().start()
        && CAUSE_BEFORE.matcher(text.substring(sentence.start(), figure.start())).find()
        && text.substring(figure.end(), p.span().start()).contains(",");
  }

  /** A trigger of protests or riots only. */
  private static boolean protest(TriggerLexicon.Hit h) {
    return h.subtypes().stream().allMatch(s -> s.type() == EventType.PROTESTS
        || s.type() == EventType.RIOTS);
  }
}
