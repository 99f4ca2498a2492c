package org.vigil.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.Candidates.Match;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;
import org.vigil.geo.gazetteer.PlaceKinds;

/**
 * The resolver's first stage: the gazetteer places each toponym may name, before anything of
 * the article but its names is known.
 *
 * <p>A name is looked up as written, then without the word that says its kind ("Idlib
 * province"), its compass word ("Northern Syria") or a possessive's lost apostrophe ("Syrias");
 * the article's longer names widen a bare one ("Suffolk" of a report that names Suffolk County,
 * "Trinidad" of one that names Trinidad and Tobago). A name the gazetteer lacks is tried by its
 * consonant skeleton, the way transliterations differ; one it lacks even so may be read by its
 * parts ({@link #byParts}), once the article's focus says which parts to trust.
 */
final class CandidateLookup {
  /** The word that ends a name to say what kind of place it is: "Idlib province". */
  private static final Pattern REGION_SUFFIX = Pattern.compile(
      "(?i)\\s+(" + PlaceKinds.nameSuffixes() + ")$");
  private static final Pattern SETTLEMENT_SUFFIX = Pattern.compile(
      "(?i)\\s(" + PlaceKinds.townWords() + ")$");
  /** A compass word before a name: "northern Syria", "North-West Idlib". */
  private static final Pattern COMPASS = Pattern.compile(
      "(?i)(?:" + PlaceKinds.compassPoints() + "|" + PlaceKinds.compassMiddle() + ")(?:[- ]?(?:"
          + PlaceKinds.compassSides() + "))?(?:ern)?\\s+");

  private final GeoNamesGazetteer gazetteer;
  private final PlaceOptions options;

  CandidateLookup(GeoNamesGazetteer gazetteer, PlaceOptions options) {
    this.gazetteer = gazetteer;
    this.options = options;
  }

  /** The candidates of each toponym, in the toponyms' order. */
  List<Candidates> lookup(List<Toponym> toponyms) {
    Set<String> counties = new HashSet<>();
    Map<String, String> pairs = new HashMap<>();
    for (Toponym t : toponyms) {
      if (t.text().endsWith(" County")) {
        counties.add(NameKey.exact(t.text()));
      }
      int and = t.text().indexOf(" and ");
      if (t.kind() == Toponym.Kind.NAME && and > 0) {
        pairs.putIfAbsent(NameKey.exact(t.text().substring(0, and)), t.text());
      }
    }
    List<Candidates> out = new ArrayList<>(toponyms.size());
    for (Toponym t : toponyms) {
      out.add(lookup(t, counties, pairs));
    }
    return out;
  }

  /**
   * The candidates of {@code t} in an article that names the counties {@code counties} and the
   * paired names {@code pairs} (by the key of their first half).
   */
  private Candidates lookup(Toponym t, Set<String> counties, Map<String, String> pairs) {
    List<GazetteerEntry> c = byName(t);
    String county = NameKey.exact(t.text()) + " county";
    if (t.kind() == Toponym.Kind.NAME && counties.contains(county)) {
      // "Suffolk" of a report that names Suffolk County may be the county.
      c = new ArrayList<>(c);
      c.addAll(gazetteer.lookup(county));
    }
    String pair = pairs.get(NameKey.exact(t.text()));
    if (t.kind() == Toponym.Kind.NAME && pair != null) {
      // "Trinidad" of a report that names Trinidad and Tobago may be that country.
      c = new ArrayList<>(c);
      c.addAll(gazetteer.lookup(pair).stream().filter(e -> e.level() == Level.COUNTRY)
          .toList());
    }
    if (c.isEmpty() && t.kind() == Toponym.Kind.NAME
        && !PlaceKinds.hasGenericWord(bareName(t.text()))) {
      // Skeletons meet transliterations, not English: "City Hall" is no Catahoula.
      c = gazetteer.lookupLoose(bareName(t.text()));
      return new Candidates(c, c.isEmpty() ? Match.NONE : Match.SKELETON);
    }
    return new Candidates(c, Match.NAME);
  }

  /** The places {@code t} names by itself, as written or nearly. */
  private List<GazetteerEntry> byName(Toponym t) {
    if (t.kind() == Toponym.Kind.DEMONYM) {
      String w = t.text();
      return gazetteer.demonym(w).or(() -> gazetteer.demonym(w.substring(0, w.length() - 1)))
          .map(List::of).orElse(List.of());
    }
    List<GazetteerEntry> c = gazetteer.lookup(t.text());
    if (c.isEmpty()) {
      c = gazetteer.lookup(bareName(t.text()));
    }
    if (c.stream().anyMatch(GazetteerEntry::listedArea)) {
      // A listed area outranks a town that has its name only among its alternates: "White
      // House" is no Casablanca.
      String key = NameKey.exact(t.text());
      c = c.stream().filter(e -> e.listedArea() || NameKey.exact(e.name()).equals(key))
          .toList();
    }
    List<GazetteerEntry> towns = c.stream().filter(e -> e.level() == Level.SETTLEMENT).toList();
    if (SETTLEMENT_SUFFIX.matcher(t.text()).find() && !towns.isEmpty()) {
      c = towns; // "Quebec City" is the city, not the province that shares its names
    }
    Matcher compass = COMPASS.matcher(t.text());
    if (c.isEmpty() && compass.lookingAt()) {
      // "Northern Syria": the country or region itself, as sure as its bare name.
      c = gazetteer.lookup(t.text().substring(compass.end())).stream()
          .filter(e -> e.level() == Level.COUNTRY || e.level() == Level.ADMIN1).toList();
    }
    if (c.isEmpty() && t.text().endsWith("s")) {
      // A possessive that lost its apostrophe: "Syrias Deir az-Zour".
      c = gazetteer.lookup(t.text().substring(0, t.text().length() - 1)).stream()
          .filter(e -> e.level() == Level.COUNTRY || e.level() == Level.ADMIN1).toList();
    }
    if (t.weak()) {
      c = c.stream().filter(e -> e.level() != Level.REGION).toList();
    }
    return c;
  }

  /**
   * The places of the parts of a name the gazetteer lacks whole: the longest part that is a
   * country or region ("Louisiana" of "Louisiana Purchase"), else the settlements of every
   * part of four letters or more ("Dulles" of "Dulles International Airport"; "Akhtarin" and
   * "Bari" of the glued "Akhtarin Turkmen Bari", for the scorer to choose). Below countries,
   * and for a demonym ("Turkmen"), only places {@code inFocus} count, and of towns only those
   * {@code atHome}.
   */
  List<GazetteerEntry> byParts(String name, Predicate<GazetteerEntry> inFocus,
      Predicate<GazetteerEntry> atHome) {
    String[] words = name.split("\\s+");
    List<GazetteerEntry> settlements = new ArrayList<>();
    for (int length = words.length - 1; length >= 1; length--) {
      // From the end: the head of "Nazi Germany" or "Western US" is its last word.
      for (int from = words.length - length; from >= 0; from--) {
        String part = String.join(" ", Arrays.copyOfRange(words, from, from + length));
        String lower = part.toLowerCase(Locale.ROOT);
        if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))
            || options.stopNames().contains(lower) || PlaceKinds.isGeneric(lower)) {
          continue;
        }
        // "Korean Peninsula": the demonym's country.
        Optional<GazetteerEntry> demonym = gazetteer.demonym(part).filter(inFocus);
        if (demonym.isPresent()) {
          return List.of(demonym.get());
        }
        List<GazetteerEntry> c = gazetteer.lookup(part).stream().filter(e -> inFocus.test(e)
            || e.level() == Level.COUNTRY || e.level() == Level.REGION).toList();
        if (c.stream().anyMatch(e -> e.level() != Level.SETTLEMENT
            && e.level() != Level.DISTRICT)) {
          return c.stream().filter(e -> e.level() != Level.SETTLEMENT
              && e.level() != Level.DISTRICT).toList();
        }
        if (part.length() >= 4) {
          // the scorer picks among the parts: "Akhtarin Turkmen Bari"
          c.stream().filter(atHome).forEach(settlements::add);
        }
      }
    }
    return settlements;
  }

  /** {@code name} without the word that ends it to say its kind: "Idlib" of "Idlib province". */
  private static String bareName(String name) {
    return REGION_SUFFIX.matcher(name).replaceFirst("");
  }
}
