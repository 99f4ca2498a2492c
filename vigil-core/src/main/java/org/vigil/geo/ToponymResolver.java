package org.vigil.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
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
import org.vigil.geo.gazetteer.Distance;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;
import org.vigil.geo.gazetteer.PlaceKinds;
import org.vigil.model.Dateline;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.tables.WordLists;

/**
 * Chooses the gazetteer place each toponym names, from what the whole article says.
 *
 * <p>Each candidate scores by its size (population, and a country or region over a town of
 * the same name), the article's focus countries (the dateline's, the countries and demonyms it
 * names), what the text says contains it ("Saraqeb, Idlib", "in Idlib province", "Aleppo's
 * Sukkari district") and its distance to the article's other places, chosen in an earlier
 * pass. A name the gazetteer lacks takes the nearest region the text names around it, then the
 * focus country: a coarser place, never none.
 *
 * <p>The source's home country ({@link org.vigil.document.Document#country}), where the input
 * gives one, weighs as much as one country the text names, but only as a prior: it adds to the
 * score of the candidates in it, admits the spelling variants, name parts and person-tagged
 * names that lie in it, and is the country of last resort for a name the gazetteer lacks. It
 * takes away only what any named country takes away, a hamlet abroad that has the name merely
 * among its alternates; it never makes the article about a country for the rules that drop a
 * place the text names, and a region that the text puts a place of one country in is read
 * without it.
 */
public final class ToponymResolver {
  private static final WordLists CONTAINMENT = WordLists.load(ToponymResolver.class,
      "containment.tsv", Set.of("container-word", "containing-preposition", "distance-unit",
          "container-qualifier"));

  /** The word that ends a name to say what kind of place it is: "Idlib province". */
  private static final Pattern REGION_SUFFIX = Pattern.compile(
      "(?i)\\s+(" + PlaceKinds.nameSuffixes() + ")$");
  private static final Pattern SETTLEMENT_SUFFIX = Pattern.compile(
      "(?i)\\s(" + PlaceKinds.townWords() + ")$");
  /**
   * Text between a place and the one containing it or next to it: "Saraqeb, Idlib", "QAH
   * (Syria", "Atmeh village in northern Idlib", "Rityan north of second city Aleppo".
   */
  private static final Pattern CONTAINED_BY_NEXT = Pattern.compile(
      "(?i)\\s*(?:,|\\()\\s*"
          + "|\\s+(?:(?:" + CONTAINMENT.alternation("container-word") + ")\\s+)?"
          + "(?:,\\s*)?(?:" + CONTAINMENT.alternation("containing-preposition") + ")\\s+"
          + "(?:the\\s+)?(?:(?:north|south|east|west|central)\\w*\\s+)?"
          + "|\\s+(?:\\d+\\s*(?:" + CONTAINMENT.alternation("distance-unit") + ")\\s+)?"
          + "(?:north|south|east|west)(?:[- ]?(?:east|west))?\\s+of\\s+(?:the\\s+)?"
          + "(?:(?:" + CONTAINMENT.alternation("container-qualifier") + ")\\s+)?"
          + "(?:(?:" + PlaceKinds.townWords() + ")\\s+(?:of\\s+)?)?");
  /** Text between the names of a list: "New York and Boston", "Homs, Hama". */
  private static final Pattern LIST_JOIN =
      Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
  /** Text between the members of a list or an alternative: "California or Washington". */
  private static final Pattern SIBLING_JOIN =
      Pattern.compile("\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)");
  /** Text between a place and one inside it: "Aleppo's Sukkari". */
  private static final Pattern CONTAINS_NEXT = Pattern.compile("\\s*['’]s\\s+");
  /** The same without the apostrophe, as some sites print it: "Aleppos Sukkari". */
  private static final Pattern POSSESSIVE_S = Pattern.compile("\\p{Lu}\\p{L}{3,}s");

  /** A compass word before a name: "northern Syria", "North-West Idlib". */
  private static final Pattern COMPASS = Pattern.compile(
      "(?i)(?:north|south|east|west|central)(?:[- ]?(?:east|west))?(?:ern)?\\s+");
  /** A listed area's size, in the powers of ten of a town's population it weighs as. */
  private static final double AREA_WEIGHT = 5;
  /** A name's weight for its country when only its size says which place it is. */
  private static final double UNSURE_VOTE = 0.5;
  /** The most people a place may have that news would call a village. */
  private static final long VILLAGE = 20_000;
  /** How far from every other place of the article a district may be the village it names. */
  private static final double DISTRICT_REACH_KM = 100;
  /**
   * How far from every other place of the article a namesake in a country it is otherwise not
   * about may lie and still be meant.
   */
  private static final double STRAY_KM = 2000;
  /**
   * How far from every other place of the article a town may lie that has a facility's name
   * ("Washington Square") only among its other names, and still be meant.
   */
  private static final double ALIAS_REACH_KM = 1000;
  /** How much more prominent the largest place of a shared name must be to vote. */
  private static final double CLEAR_MARGIN = 1.0;
  private final GeoNamesGazetteer gazetteer;
  private final PlaceOptions options;

  public ToponymResolver(GeoNamesGazetteer gazetteer, PlaceOptions options) {
    this.gazetteer = gazetteer;
    this.options = options;
  }

  /** The resolved toponyms, in text order; a toponym nothing resolves is left out. */
  public List<ResolvedToponym> resolve(List<Toponym> toponyms, AnnotatedDocument doc,
      Dateline dateline) {
    String text = doc.text();
    int n = toponyms.size();
    List<List<GazetteerEntry>> candidates = new ArrayList<>(n);
    boolean[] loose = new boolean[n];
    boolean[] partial = new boolean[n];
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
    for (int i = 0; i < n; i++) {
      Toponym t = toponyms.get(i);
      List<GazetteerEntry> c = candidates(t);
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
        loose[i] = !c.isEmpty();
        partial[i] = c.isEmpty();
      }
      candidates.add(c);
    }
    // Focus comes from names read as written: a skeleton or a part of a name must not vote.
    List<List<GazetteerEntry>> sure = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Toponym t = toponyms.get(i);
      boolean stray = candidates.get(i).stream().allMatch(e -> strayAlias(t, e));
      sure.add(loose[i] || stray ? List.of() : candidates.get(i));
    }
    Map<String, Double> focus = focus(toponyms, sure, dateline, doc);
    double top = max(focus);
    String homeCountry = homeCountry(doc.document().country());
    Map<String, Double> prior = withHome(focus, homeCountry);
    double priorTop = max(prior);
    for (int i = 0; i < n; i++) {
      if (loose[i]) {
        // A skeleton matches too much to trust outside the countries the article is about.
        candidates.set(i, candidates.get(i).stream()
            .filter(e -> prior.getOrDefault(e.country(), 0.0) > 0).toList());
      }
      Toponym t = toponyms.get(i);
      if (priorTop > 0 && !loose[i] && !partial[i]) {
        // "Amiriyah" of a Syria report is no Israeli hamlet that has it among fifteen names.
        candidates.set(i, candidates.get(i).stream().filter(e -> !strayAlias(t, e)
            || prior.getOrDefault(e.country(), 0.0) > 0).toList());
        partial[i] = candidates.get(i).isEmpty() && t.kind() == Toponym.Kind.NAME;
      }
      if (partial[i]) {
        // A part of a name abroad, in a country the article never names, is a misreading
        // ("Bari" of "Akhtarin Turkmen Bari"); a town part must even lie in the country the
        // article is most about ("Orum" of "Orum al-Kubrah" is no Orem, Utah), or in the
        // source's home country.
        List<GazetteerEntry> c = partialName(toponyms.get(i).text(),
            e -> top == 0 || focus.getOrDefault(e.country(), 0.0) > 0
                || e.country().equals(homeCountry),
            e -> top == 0 || focus.getOrDefault(e.country(), 0.0) == top
                || e.country().equals(homeCountry));
        candidates.set(i, c);
        partial[i] = !c.isEmpty();
      }
    }
    int[] container = new int[n];
    for (int i = 0; i < n; i++) {
      container[i] = container(toponyms, text, i);
    }
    BitSet[] kin = kin(toponyms);
    boolean[] lonely = new boolean[n];
    for (int i = 0; i < n; i++) {
      lonely[i] = lonelyCountry(i, toponyms, candidates, kin[i], focus, top);
    }
    int[][] siblings = siblings(toponyms, text);
    // The home country is no prior for a region the text puts a place of one country in: the
    // Punjab of "Amritsar, Punjab" is India's, whatever the source's home.
    boolean[] told = holdsOneCountry(candidates, container);
    GazetteerEntry[] chosen = new GazetteerEntry[n];
    for (int pass = 0; pass < 3; pass++) {
      GazetteerEntry[] next = new GazetteerEntry[n];
      GazetteerEntry home = home(toponyms, container, chosen);
      for (int i = 0; i < n; i++) {
        double best = Double.NEGATIVE_INFINITY;
        for (GazetteerEntry c : candidates.get(i)) {
          double s = score(toponyms.get(i), c, loose[i], told[i] ? focus : prior,
              told[i] ? top : priorTop,
              container[i] >= 0 ? chosen[container[i]] : null, chosen, i, kin[i]);
          if (c.level() == Level.ADMIN1 && siblingRegion(c, siblings[i], chosen)) {
            s += 2; // "states such as California or Washington": a state among states
          }
          if (lonely[i] && c.level() == Level.ADMIN1
              && focus.getOrDefault(c.country(), 0.0) == top) {
            s += 5; // "the Georgia National Guard" of a report that names Florida and Alaska
          }
          if (c == home) {
            s += 3; // "CAMP MURRAY, Wash.": "Washington" is the state, not the capital
          }
          if (s > best) {
            best = s;
            next[i] = c;
          }
        }
      }
      chosen = next;
    }
    for (int i = 0; i < n; i++) {
      GazetteerEntry stated = container[i] >= 0 ? chosen[container[i]] : null;
      if (chosen[i] != null && stated != null && (chosen[i].level() == Level.SETTLEMENT
          || chosen[i].level() == Level.DISTRICT) && (stated.level() == Level.ADMIN1
          || stated.level() == Level.COUNTRY) && !inside(chosen[i], stated)) {
        // "CAMP MURRAY, Wash.": no town of the name lies in the state the text gives, so the
        // state, not Murray, Utah.
        chosen[i] = null;
      } else if (chosen[i] != null && stated != null && chosen[i].level() == Level.SETTLEMENT
          && stated.level() == Level.DISTRICT && Distance.km(chosen[i].lat(), chosen[i].lon(),
              stated.lat(), stated.lon()) > DISTRICT_REACH_KM) {
        // "Rockingham, Northamptonshire": the county, not Rockingham, Vermont.
        chosen[i] = null;
      }
    }
    GazetteerEntry[] read = chosen.clone();
    for (int i = 0; i < n; i++) {
      if (read[i] == null) {
        continue;
      }
      double nearest = nearestOther(read[i], read, kin[i]);
      if (!toponyms.get(i).dateline() && top > 0
          && focus.getOrDefault(read[i].country(), 0.0) == 0
          && read[i].level() != Level.COUNTRY && read[i].level() != Level.REGION
          && nearest > STRAY_KM) {
        // "the villages of al-Qajar and al-Zara" in a Syria report: no Zadar, whose Italian
        // name is Zara, in a country nothing else of the article is in, far from all of it.
        chosen[i] = null;
      } else if (toponyms.get(i).cue() == Toponym.Cue.DISTRICT
          && read[i].level() == Level.SETTLEMENT && read[i].population() < VILLAGE
          && nearest > DISTRICT_REACH_KM && nearest < Double.MAX_VALUE) {
        // "the encircled district of Al Mallah" in an Aleppo report is a part of Aleppo, not
        // the village of Malah 400 km south that the gazetteer knows.
        chosen[i] = null;
      } else if (PlaceKinds.hasGenericWord(toponyms.get(i).text()) && !loose[i] && !partial[i]
          && (read[i].level() == Level.SETTLEMENT || read[i].level() == Level.DISTRICT)
          && !NameKey.exact(read[i].name()).equals(NameKey.exact(toponyms.get(i).text()))
          && nearest > ALIAS_REACH_KM && nearest < Double.MAX_VALUE) {
        // "Washington Square" of a New Orleans report: the square, not the Long Island town
        // that has the name among its other names.
        chosen[i] = null;
      }
    }
    List<ResolvedToponym> out = new ArrayList<>();
    Map<String, GazetteerEntry> fallbackByName = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Toponym t = toponyms.get(i);
      if (chosen[i] != null) {
        // A person-tagged name may also be a place of the source's home country.
        if (t.weak() && !plausible(chosen[i], focus, top, chosen, kin[i])
            && !(chosen[i].country().equals(homeCountry)
                && plausible(chosen[i], prior, priorTop, chosen, kin[i]))) {
          continue;
        }
        if (t.kind() == Toponym.Kind.DEMONYM && gazetteer.demonym(t.text()).isEmpty()) {
          continue; // "Mexicans" are people: they say which country, but name no place
        }
        out.add(new ResolvedToponym(t, chosen[i], partial[i], null));
        continue;
      }
      if (t.kind() != Toponym.Kind.NAME || t.weak()) {
        continue; // a name only weakly read as a place is no place when nothing matches it
      }
      String key = NameKey.exact(t.text());
      GazetteerEntry region = fallbackByName.get(key);
      if (region == null) {
        region = fallback(toponyms, chosen, container[i], i, doc, prior);
      }
      if (region != null) {
        fallbackByName.putIfAbsent(key, region);
        out.add(new ResolvedToponym(t, region, true, null));
      }
    }
    return out;
  }

  private List<GazetteerEntry> candidates(Toponym t) {
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
  private List<GazetteerEntry> partialName(String name, Predicate<GazetteerEntry> inFocus,
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

  private static String bareName(String name) {
    return REGION_SUFFIX.matcher(name).replaceFirst("");
  }

  /**
   * A hamlet called {@code t} only by one of its other names: too weak to say which country the
   * article is about, and abroad a misreading.
   */
  private static boolean strayAlias(Toponym t, GazetteerEntry e) {
    return e.level() == Level.SETTLEMENT && e.population() < 1_000
        && !NameKey.exact(e.name()).equals(NameKey.exact(t.text()));
  }

  private static double max(Map<String, Double> weights) {
    return weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** The code of the country {@code hint} names (a code or a name, or null), or null. */
  private String homeCountry(String hint) {
    return hint == null ? null
        : gazetteer.countryNamed(hint).map(GazetteerEntry::country).orElse(null);
  }

  /** {@code focus} with the home country {@code home} (or null) as one more named country. */
  private static Map<String, Double> withHome(Map<String, Double> focus, String home) {
    if (home == null) {
      return focus;
    }
    Map<String, Double> prior = new HashMap<>(focus);
    prior.merge(home, 1.0, Double::sum);
    return prior;
  }

  /**
   * Countries the article is about, weighted: dateline 3, named 1 each, demonym or a name that
   * describes an actor ("U.S.-led coalition", "U.S. officials") or is part of an organisation's
   * ("Islamic State in Iraq and the Levant") 0.5.
   */
  private Map<String, Double> focus(List<Toponym> toponyms, List<List<GazetteerEntry>> candidates,
      Dateline dateline, AnnotatedDocument doc) {
    Map<String, Double> focus = new HashMap<>();
    if (dateline != null && dateline.country() != null) {
      // "(Syria)", or the state of "CAMP MURRAY, Wash.", whose country the report is in.
      gazetteer.lookup(dateline.country()).stream().filter(e -> e.level() == Level.COUNTRY
              || e.level() == Level.ADMIN1)
          .min(Comparator.comparing(e -> e.level() != Level.COUNTRY))
          .ifPresent(e -> focus.merge(e.country(), 3.0, Double::sum));
    }
    for (int i = 0; i < toponyms.size(); i++) {
      List<GazetteerEntry> c = candidates.get(i);
      if (c.isEmpty()) {
        continue;
      }
      Toponym t = toponyms.get(i);
      boolean demonym = t.kind() == Toponym.Kind.DEMONYM
          || ActorModifier.describesActor(doc.text(), t.span().end())
          || inOrganisation(doc, t.span());
      GazetteerEntry country = c.stream().filter(e -> e.level() == Level.COUNTRY).findFirst()
          .orElse(null);
      if (country != null) {
        focus.merge(country.country(), demonym ? 0.5 : 1.0, Double::sum);
      } else if (c.stream().map(GazetteerEntry::country).distinct().count() == 1
          && !c.get(0).country().isEmpty()) {
        focus.merge(c.get(0).country(), 0.5, Double::sum);
      } else {
        String clear = clearlyLargest(t, c);
        if (clear != null) {
          focus.merge(clear, UNSURE_VOTE, Double::sum);
        }
      }
    }
    return focus;
  }

  /**
   * The country of the place a name shared across countries most clearly means by itself
   * ("Sunderland" of England over the Massachusetts town of 4,000), or null.
   */
  private static String clearlyLargest(Toponym t, List<GazetteerEntry> candidates) {
    double[] scores = candidates.stream().mapToDouble(e -> prominence(t, e)).toArray();
    int best = 0;
    for (int k = 1; k < scores.length; k++) {
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    String country = candidates.get(best).country();
    for (int k = 0; k < scores.length; k++) {
      if (!candidates.get(k).country().equals(country)
          && scores[k] > scores[best] - CLEAR_MARGIN) {
        return null;
      }
    }
    return country.isEmpty() ? null : country;
  }

  private static boolean inOrganisation(AnnotatedDocument doc, org.vigil.model.Span span) {
    return doc.mentions().stream().anyMatch(m -> m.ner().equals("ORGANIZATION")
        && m.span().contains(span) && !m.span().equals(span));
  }

  /** {@code top}: the weight of the country the article is most about (0 if none). */
  private double score(Toponym t, GazetteerEntry c, boolean loose, Map<String, Double> focus,
      double top, GazetteerEntry container, GazetteerEntry[] chosen, int self, BitSet kin) {
    double s = prominence(t, c);
    if (loose) {
      s -= 1.5;
    }
    if (top > 0) {
      s += 2 * focus.getOrDefault(c.country(), 0.0) / top;
    }
    if (container != null && inside(c, container)) {
      s += 6;
    } else if (inNamedRegion(t, c, chosen, self)) {
      s += 1; // "Daviess County" of a report that names Kentucky elsewhere
    }
    double nearest = nearestOther(c, chosen, kin);
    if (nearest < 50) {
      s += 3;
    } else if (nearest < 200) {
      s += 2;
    } else if (nearest < 500) {
      s += 1;
    }
    return s;
  }

  /** How strongly {@code t} names {@code c} by itself, before the article's context. */
  private static double prominence(Toponym t, GazetteerEntry c) {
    // Size, and prominence: a place the world writes about has many names ("New York City"
    // has hundreds, the state of New York a handful).
    double s = Math.log10(c.population() + 1.0) + 0.7 * Math.log(1 + c.names().size());
    if (c.listedArea()) {
      s += AREA_WEIGHT; // listed for being named in the news, with no population to show it
    }
    switch (c.level()) {
      case COUNTRY -> s += 5;
      case REGION -> s += 10; // "Africa" the continent, not a town called Africa
      case ADMIN1 -> s += 0.5 + (t.cue() == Toponym.Cue.REGION ? 6 : 0)
          - (t.cue() == Toponym.Cue.SETTLEMENT ? 3 : 0);
      case DISTRICT -> s += t.cue() == Toponym.Cue.DISTRICT ? 2 : 0;
      default -> s += switch (c.featureCode()) {
        case "PPLC" -> 1.5;
        case "PPLA" -> 1;
        case "PPLA2" -> 0.3;
        default -> 0;
      };
    }
    if (t.cue() == Toponym.Cue.REGION && c.level() == Level.SETTLEMENT) {
      s -= 2;
    }
    String own = NameKey.exact(c.name());
    String key = NameKey.exact(t.text());
    if (own.equals(key) || own.equals(key + " county")) {
      s += 2; // its own name, not one of the many a town collects ("Idaho" of Idaho Springs)
    }
    return s;
  }

  /**
   * A place found only as a person's name must sit in the country the article is about, near
   * its other towns and regions if it names any.
   */
  private static boolean plausible(GazetteerEntry c, Map<String, Double> focus, double top,
      GazetteerEntry[] chosen, BitSet kin) {
    double nearest = nearestOther(c, chosen, kin);
    return top > 0 && focus.getOrDefault(c.country(), 0.0) == top
        && (nearest < 500 || nearest == Double.MAX_VALUE);
  }

  /**
   * For each toponym, the toponyms whose name holds its name or is held by it ("Montgomery
   * County" and "Montgomery County History Center"): a name cannot vouch for its own place.
   */
  private static BitSet[] kin(List<Toponym> toponyms) {
    int n = toponyms.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = " " + NameKey.exact(toponyms.get(i).text()) + " ";
    }
    BitSet[] kin = new BitSet[n];
    for (int i = 0; i < n; i++) {
      kin[i] = new BitSet(n);
      for (int j = 0; j < n; j++) {
        if (keys[i].contains(keys[j]) || keys[j].contains(keys[i])) {
          kin[i].set(j);
        }
      }
    }
    return kin;
  }

  /**
   * The first-level region the dateline puts its place in ("Wash." of "CAMP MURRAY, Wash."),
   * as chosen so far, or null: a local report's home, which its bare name means there.
   */
  private static GazetteerEntry home(List<Toponym> toponyms, int[] container,
      GazetteerEntry[] chosen) {
    for (int i = 0; i < toponyms.size(); i++) {
      if (toponyms.get(i).dateline() && container[i] >= 0 && chosen[container[i]] != null
          && chosen[container[i]].level() == Level.ADMIN1) {
        return chosen[container[i]];
      }
    }
    return null;
  }

  /**
   * Whether toponym {@code i} may name both a country that no other name of the article is
   * in and a first-level region of another country, one the article is most about.
   */
  private static boolean lonelyCountry(int i, List<Toponym> toponyms,
      List<List<GazetteerEntry>> candidates, BitSet kin, Map<String, Double> focus, double top) {
    List<GazetteerEntry> own = candidates.get(i);
    GazetteerEntry country = own.stream().filter(e -> e.level() == Level.COUNTRY).findFirst()
        .orElse(null);
    if (country == null || toponyms.get(i).kind() != Toponym.Kind.NAME
        || focus.getOrDefault(country.country(), 0.0) == top
        || own.stream().noneMatch(e -> e.level() == Level.ADMIN1
            && !e.country().equals(country.country())
            && focus.getOrDefault(e.country(), 0.0) == top)) {
      return false;
    }
    for (int j = 0; j < toponyms.size(); j++) {
      List<GazetteerEntry> other = candidates.get(j);
      if (j != i && !kin.get(j) && !other.isEmpty()
          && other.stream().allMatch(e -> e.country().equals(country.country()))) {
        return false; // "Tbilisi", "Georgian": the report is about the country too
      }
    }
    return true;
  }

  /** For each toponym, the toponyms listed beside it: "California or Washington". */
  private static int[][] siblings(List<Toponym> toponyms, String text) {
    int n = toponyms.size();
    int[][] out = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> s = new ArrayList<>(2);
      for (int j : new int[] {i - 1, i + 1}) {
        if (j < 0 || j >= n) {
          continue;
        }
        Toponym a = toponyms.get(Math.min(i, j));
        Toponym b = toponyms.get(Math.max(i, j));
        if (a.kind() == Toponym.Kind.NAME && b.kind() == Toponym.Kind.NAME
            && SIBLING_JOIN.matcher(text.substring(a.span().end(), b.span().start())).matches()) {
          s.add(j);
        }
      }
      out[i] = s.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** Whether a toponym listed beside {@code c}'s names a first-level region of its country. */
  private static boolean siblingRegion(GazetteerEntry c, int[] siblings, GazetteerEntry[] chosen) {
    for (int j : siblings) {
      if (chosen[j] != null && chosen[j] != c && chosen[j].level() == Level.ADMIN1
          && chosen[j].country().equals(c.country())) {
        return true;
      }
    }
    return false;
  }

  private static double nearestOther(GazetteerEntry c, GazetteerEntry[] chosen, BitSet kin) {
    double best = Double.MAX_VALUE;
    for (int j = 0; j < chosen.length; j++) {
      GazetteerEntry o = chosen[j];
      if (kin.get(j) || o == null || o == c || o.level() == Level.COUNTRY
          || o.level() == Level.REGION) {
        continue;
      }
      best = Math.min(best, Distance.km(c.lat(), c.lon(), o.lat(), o.lon()));
    }
    return best;
  }

  /**
   * Whether the article names a first-level region that holds {@code c}, other than one that
   * {@code t} itself may name ("Idlib" the city and "Idlib" the province).
   */
  private static boolean inNamedRegion(Toponym t, GazetteerEntry c, GazetteerEntry[] chosen,
      int self) {
    String key = NameKey.exact(t.text());
    for (int j = 0; j < chosen.length; j++) {
      if (j != self && chosen[j] != null && chosen[j].level() == Level.ADMIN1
          && inside(c, chosen[j])
          && chosen[j].names().stream().noneMatch(n -> NameKey.exact(n).equals(key))) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each toponym, whether the text puts in it a toponym whose candidates all lie in one
   * country ("Amritsar, Punjab"): that place says which country it means.
   */
  private static boolean[] holdsOneCountry(List<List<GazetteerEntry>> candidates,
      int[] container) {
    boolean[] out = new boolean[candidates.size()];
    for (int j = 0; j < out.length; j++) {
      List<String> countries =
          candidates.get(j).stream().map(GazetteerEntry::country).distinct().toList();
      if (container[j] >= 0 && countries.size() == 1 && !countries.get(0).isEmpty()) {
        out[container[j]] = true;
      }
    }
    return out;
  }

  static boolean inside(GazetteerEntry c, GazetteerEntry container) {
    if (c == container) {
      return false;
    }
    return switch (container.level()) {
      case COUNTRY -> c.country().equals(container.country());
      case ADMIN1 -> c.country().equals(container.country())
          && c.admin1().equals(container.admin1()) && c.level() != Level.ADMIN1;
      case SETTLEMENT, DISTRICT ->
          Distance.km(c.lat(), c.lon(), container.lat(), container.lon()) < 30;
      default -> false;
    };
  }

  /** The index of the toponym the text says contains toponym {@code i}, or -1. */
  private int container(List<Toponym> toponyms, String text, int i) {
    Toponym t = toponyms.get(i);
    if (i + 1 < toponyms.size()) {
      Toponym next = toponyms.get(i + 1);
      String between = text.substring(t.span().end(), next.span().start());
      if (next.kind() == Toponym.Kind.NAME && CONTAINED_BY_NEXT.matcher(between).matches()
          && !(between.trim().equals(",") && listGoesOn(toponyms, text, i + 1))) {
        return i + 1;
      }
    }
    if (i > 0) {
      Toponym previous = toponyms.get(i - 1);
      String between = text.substring(previous.span().end(), t.span().start());
      if (previous.kind() == Toponym.Kind.NAME && (CONTAINS_NEXT.matcher(between).matches()
          || (between.equals(" ") && POSSESSIVE_S.matcher(previous.text()).matches()))) {
        return i - 1;
      }
    }
    return -1;
  }

  /**
   * "Washington, New York and Boston": a list, in which no name holds the one before it; but
   * "Saraqeb, Idlib, Syria" goes from town to country.
   */
  private boolean listGoesOn(List<Toponym> toponyms, String text, int i) {
    if (i + 1 >= toponyms.size()) {
      return false;
    }
    Toponym after = toponyms.get(i + 1);
    String between = text.substring(toponyms.get(i).span().end(), after.span().start());
    return LIST_JOIN.matcher(between).matches() && (between.contains("and")
        || gazetteer.lookup(after.text()).stream().noneMatch(e -> e.level() == Level.COUNTRY));
  }

  /**
   * The place for a name the gazetteer lacks: its stated container, else the first-level
   * region or district named nearest to it, else the nearest settlement (as "near"), within a
   * few sentences; farther off, the region or district named nearest, else the region of the
   * settlement named nearest; else the country.
   */
  private GazetteerEntry fallback(List<Toponym> toponyms, GazetteerEntry[] chosen, int container,
      int self, AnnotatedDocument doc, Map<String, Double> focus) {
    // The country the article names places in, not only people of: "St. Peter's Basilica" of a
    // report on a Nigerian priest, which names Rome, is in Italy.
    Set<String> named = new HashSet<>();
    for (int j = 0; j < chosen.length; j++) {
      if (chosen[j] != null && toponyms.get(j).kind() == Toponym.Kind.NAME) {
        named.add(chosen[j].country());
      }
    }
    String country = focus.entrySet().stream()
        .filter(e -> named.isEmpty() || named.contains(e.getKey()))
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    if (container >= 0 && chosen[container] != null) {
      if (chosen[container].level() != Level.COUNTRY) {
        return chosen[container];
      }
      // "QAH (Syria)": the country bounds the search for a closer region.
      country = chosen[container].country();
    }
    Set<Level> regions = Set.of(Level.ADMIN1, Level.DISTRICT);
    Set<Level> towns = Set.of(Level.SETTLEMENT);
    int window = options.fallbackSentences();
    GazetteerEntry found = nearestNamed(toponyms, chosen, self, doc, country, regions, window);
    if (found == null) {
      found = nearestNamed(toponyms, chosen, self, doc, country, towns, window);
    }
    if (found == null) {
      found = nearestNamed(toponyms, chosen, self, doc, country, regions, Integer.MAX_VALUE);
    }
    if (found == null) {
      // Far from every region, a town says which region, not that the place is near it.
      GazetteerEntry town =
          nearestNamed(toponyms, chosen, self, doc, country, towns, Integer.MAX_VALUE);
      found = town == null ? null : gazetteer.admin1(town.country(), town.admin1()).orElse(null);
    }
    if (found != null || country == null) {
      return found;
    }
    return gazetteer.country(country).orElse(null);
  }

  /**
   * The place of the toponym nearest toponym {@code self} in the text, at one of {@code
   * levels}, in {@code country} (any, if null), at most {@code window} sentences away; or null.
   */
  private static GazetteerEntry nearestNamed(List<Toponym> toponyms, GazetteerEntry[] chosen,
      int self, AnnotatedDocument doc, String country, Set<Level> levels, int window) {
    int at = toponyms.get(self).span().start();
    int sentence = doc.sentenceAt(at);
    GazetteerEntry best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = 0; j < chosen.length; j++) {
      if (chosen[j] == null || !levels.contains(chosen[j].level())
          || toponyms.get(j).kind() != Toponym.Kind.NAME
          || (country != null && !country.equals(chosen[j].country()))) {
        continue; // a region of another country does not contain it
      }
      if (inOrganisation(doc, toponyms.get(j).span())) {
        continue; // "Fateh al-Sham Front" says nothing of where a village lies
      }
      int other = doc.sentenceAt(toponyms.get(j).span().start());
      if (sentence >= 0 && other >= 0 && Math.abs(other - sentence) > window) {
        continue;
      }
      int distance = Math.abs(toponyms.get(j).span().start() - at);
      if (distance < bestDistance) {
        best = chosen[j];
        bestDistance = distance;
      }
    }
    return best;
  }
}
