package org.vigil.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Event.Means;
import org.vigil.model.Span;

/**
 * The weapons and means a report names, each under one name: "barrel bombs" and "barrel bomb"
 * are a barrel bomb, "bomb-laden car" a car bomb, "mortar shells" a mortar. The names are the
 * ones monitors code by (ACLED's notes, Airwars' munitions), so a filter or an export reads them
 * alike whatever the wording.
 */
final class MeansLexicon {

  /** Vigil's name of a means, and the words that name it; the longer words first. */
  private static final Map<String, String> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("barrel bomb", "barrel[ -]bombs?|container bombs?");
    WORDS.put("cluster munition", "cluster (?:bombs?|munitions?)");
    WORDS.put("chlorine", "chlorine(?: gas)?");
    WORDS.put("sarin", "sarin(?: gas)?");
    WORDS.put("chemical agent", "(?:toxic|poison(?:ous)?|nerve|mustard) (?:gas|agents?)"
        + "|chemical (?:weapons?|agents?|munitions?)");
    WORDS.put("car bomb", "car[ -]bombs?|(?:bomb|explosive)[ -]laden (?:car|vehicle|truck)s?"
        + "|booby[ -]trapped (?:car|vehicle|truck)s?|vehicle[ -]borne");
    WORDS.put("suicide vest", "(?:suicide|explosive) (?:vests?|belts?)");
    WORDS.put("IED", "improvised explosive devices?|ieds?|roadside bombs?|explosive devices?"
        + "|sticky bombs?");
    WORDS.put("landmine", "land ?mines?");
    WORDS.put("mortar", "mortars?");
    WORDS.put("rocket", "rockets?|grad");
    WORDS.put("missile", "(?:cruise |ballistic |guided |surface-to-surface )?missiles?");
    WORDS.put("artillery", "artillery|howitzers?");
    WORDS.put("grenade", "grenades?");
    WORDS.put("sniper", "snipers?");
    WORDS.put("drone", "drones?|unmanned aerial vehicles?|uavs?");
    WORDS.put("helicopter", "helicopters?|choppers?");
    WORDS.put("warplane", "war ?planes?|fighter jets?|jets|aircraft|bombers");
  }

  private record Word(String name, Pattern pattern) {}

  private final List<Word> words = new ArrayList<>();

  MeansLexicon() {
    WORDS.forEach((name, regex) -> words.add(new Word(name,
        Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE))));
  }

  /**
   * The means named in {@code text} between {@code from} and {@code to}, in text order, one per
   * name; where two words overlap ("barrel bomb" in "barrel bombs"), the first name of the table.
   */
  List<Means> find(String text, int from, int to) {
    List<Means> found = new ArrayList<>();
    for (Word w : words) {
      Matcher m = w.pattern().matcher(text).region(from, to);
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        if (found.stream().noneMatch(x -> x.span().overlaps(s))) {
          found.add(new Means(w.name(), s));
        }
      }
    }
    found.sort((a, b) -> a.span().compareTo(b.span()));
    List<Means> once = new ArrayList<>();
    for (Means m : found) {
      if (once.stream().noneMatch(x -> x.name().equals(m.name()))) {
        once.add(m);
      }
    }
    return once;
  }
}
