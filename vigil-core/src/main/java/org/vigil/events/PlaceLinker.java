package org.vigil.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.geo.PlaceMention;
import org.vigil.geo.gazetteer.Distance;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.Span;
import org.vigil.tables.PatternTable;

/**
 * Chooses the toponym that names where an incident happened: the nearest one after the
 * trigger ("strike in Baghdad"), or just before it ("Aleppo bomb blast").
 *
 * <p>Only a mention the place step took for a scene can be one ({@link PlaceMention.Role}):
 * not "Britain-based monitor", "an Aleppo native", "Russia said", "Syrian Observatory for
 * Human Rights". A country is taken only when nothing finer is near.
 */
final class PlaceLinker {

  /** One mention of a place of the article. */
  record Located(Place place, Span span) {}

  private final EventOptions options;
  private final List<Place> countryLevel;
  private final List<Located> scenes;
  /** Places named inside organisations' names: "Peshawar Press club", "Dhaka University". */
  private final List<Located> inOrganisations;
  /** Places named as their people's home: "Lucknow residents". */
  private final List<Located> homes;
  private final String focus;
  private final Place focusCentre;

  /** The linker of one article, over its places and their mentions with their roles. */
  PlaceLinker(EventOptions options, List<Place> places, List<PlaceMention> mentions) {
    this.options = options;
    this.countryLevel = places.stream()
        .filter(p -> p.precision() == PlacePrecision.COUNTRY).toList();
    this.scenes = located(places, mentions, PlaceMention.Role.SCENE);
    this.inOrganisations = located(places, mentions, PlaceMention.Role.IN_ORGANISATION_NAME);
    this.homes = located(places, mentions, PlaceMention.Role.HOME);
    this.focus = focus(scenes);
    this.focusCentre = countryLevel.stream().filter(c -> Objects.equals(c.country(),
        focus) && c.lat() != null && c.lon() != null && isCountry(c)).findFirst().orElse(null);
  }

  /**
   * Whether a place abroad lies in the focus country's neighbourhood (within
   * {@code options.neighbourKm()} of its centre): Baghdad in a Syria report can be a scene, a
   * "Khan Touman" the gazetteer put in India is a misreading.
   */
  boolean nearFocus(Place p) {
    if (focusCentre == null || p.lat() == null || p.lon() == null) {
      return true;
    }
    return Distance.km(focusCentre.lat(), focusCentre.lon(), p.lat(), p.lon())
        <= options.neighbourKm();
  }

  /**
   * One link of a trigger to a place named at {@code span}; strong when a preposition ties
   * them ("strike in X").
   */
  record Link(Place place, Span span, boolean strong) {}

  private static final PatternTable PHRASES = PatternTable.load(PlaceLinker.class,
      "place-link-phrases.tsv", Set.of("aside", "locative", "part-after", "part-before",
      "apposition"));
  /** "in Iraq and Syria": one of several countries ties an incident to none. */
  private static final Pattern LISTED = Pattern.compile("^\\s*(?:,|and|or)\\s+\\p{Lu}");
  private static final Pattern ASIDE = PHRASES.get("aside");
  private static final Pattern LOCATIVE = PHRASES.get("locative");
  /** "Douma the largest town in the": the words that say the place after contains the town. */
  private static final Pattern APPOSITION = PHRASES.get("apposition");

  /** "al-Sulaymaniyah neighborhood", "the district of Alwaer": a part of a town. */
  private static final Pattern PART_AFTER = PHRASES.get("part-after");
  private static final Pattern PART_BEFORE = PHRASES.get("part-before");

  /** What may part the names of a list: commas, spaces, "and" (copied text often lost commas). */
  private static final Pattern LIST_GAP = Pattern.compile("[\\s,]*(?:\\band\\s+)?");

  /** The mentions of {@code places} in {@code role}, in text order. */
  private static List<Located> located(List<Place> places, List<PlaceMention> mentions,
      PlaceMention.Role role) {
    Map<String, Place> byId = places.stream()
        .collect(Collectors.toMap(Place::id, Function.identity()));
    return mentions.stream()
        .filter(m -> m.role() == role && byId.containsKey(m.placeId()))
        .map(m -> new Located(byId.get(m.placeId()), m.span())).toList();
  }

  /**
   * The country most places of the article lie in (counting every mention), or null. An
   * incident is most likely there: "Washington" or "Moscow" in a Syria report is where
   * someone spoke.
   */
  private static String focus(List<Located> scenes) {
    Map<String, Integer> counts = new HashMap<>();
    for (Located l : scenes) {
      if (l.place().country() != null) {
        counts.merge(l.place().country(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
  }

  /**
   * Whether {@code p} is a resolved settlement or region of the focus country (any, if none).
   */
  boolean fine(Place p) {
    return belowCountry(p) && (focus == null || p.country() == null
        || focus.equals(p.country()));
  }

  /** The place of a trigger at {@code trigger} in {@code sentence}, or null. */
  Link link(String text, Span sentence, Span trigger) {
    Located best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Located l : scenes) {
      if (!sentence.contains(l.span())) {
        continue;
      }
      int score;
      if (l.span().start() >= trigger.end()) {
        score = l.span().start() - trigger.end();
        if (score > options.placeAfterChars()) {
          continue;
        }
      } else if (l.span().end() <= trigger.start()) {
        score = trigger.start() - l.span().end();
        if (score > options.placeBeforeChars()) {
          continue;
        }
        score += 10;
      } else {
        score = 0;
      }
      if (isCountry(l.place())) {
        score += 1000;
      } else if (focus != null && l.place().country() != null
          && !focus.equals(l.place().country())) {
        score += 500;
      }
      if (score < bestScore) {
        bestScore = score;
        best = l;
      }
    }
    if (best == null) {
      return null;
    }
    if (best.place().precision() == PlacePrecision.ADMIN1) {
      best = finestInside(best, sentence, trigger);
    }
    best = townOfApposition(text, sentence, best);
    boolean strong = best.span().start() >= trigger.end() && LOCATIVE.matcher(
        text.substring(Math.max(sentence.start(), best.span().start() - 20),
            best.span().start())).find()
        && !(isCountry(best.place()) && (LISTED.matcher(text.substring(best.span().end(),
            Math.min(sentence.end(), best.span().end() + 20))).find()
            || ASIDE.matcher(text.substring(Math.max(sentence.start(),
                best.span().start() - 20), best.span().start())).find()));
    return new Link(best.place(), best.span(), strong);
  }

  /**
   * The town {@code sentence} names right before {@code area}, of which the words between say
   * the area is the container ("in Douma the largest town in the Eastern Ghouta region where
   * raids killed 16"); else {@code area}.
   */
  private Located townOfApposition(String text, Span sentence, Located area) {
    if (area.place().precision() == PlacePrecision.SETTLEMENT) {
      return area;
    }
    for (Located l : scenes) {
      if (sentence.contains(l.span()) && l.span().end() <= area.span().start()
          && l.place().precision() == PlacePrecision.SETTLEMENT
          && APPOSITION.matcher(text.substring(l.span().end(), area.span().start())).find()) {
        return l;
      }
    }
    return area;
  }

  /**
   * The town or district of region {@code region} that {@code sentence} also names, the one
   * nearest the trigger, or the region itself when it names none: "in Loralai, Balochistan",
   * "lower Assam's Kamrup district", "Sagaing Division's capital Monywa". The region only
   * addresses the scene that its town names.
   */
  private Located finestInside(Located region, Span sentence, Span trigger) {
    Located best = region;
    int bestDistance = Integer.MAX_VALUE;
    for (Located l : scenes) {
      Place p = l.place();
      if (!sentence.contains(l.span()) || p.precision() == null
          || !p.precision().atOrNearSettlement()
          || !Objects.equals(p.country(), region.place().country())
          || p.admin1() == null || !p.admin1().equals(region.place().admin1())) {
        continue;
      }
      int distance = l.span().start() >= trigger.end() ? l.span().start() - trigger.end()
          : Math.max(0, trigger.start() - l.span().end());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = l;
      }
    }
    return best;
  }

  /**
   * Whether the link names a part of a town ("al-Sulaymaniyah neighborhood") that the gazetteer
   * put in another country than the one the article is about: a neighbourhood lies in a town of
   * the report, so the foreign namesake is a misreading.
   */
  boolean foreignPartOfTown(String text, Link link) {
    if (focus == null || link.place().country() == null || focus.equals(link.place().country())) {
      return false;
    }
    Span s = link.span();
    return PART_AFTER.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 16)))
        .find()
        || PART_BEFORE.matcher(text.substring(Math.max(0, s.start() - 24), s.start())).find();
  }

  /**
   * The places named in a row after the one of {@code first}, in its sentence: "the nearby towns
   * of Rastan, Talbeesah and Zafarana" gives Talbeesah and Zafarana. Only commas, spaces and
   * "and" may part them; each is finer than a country, and no two (nor one and the first) are
   * one scene.
   */
  List<Place> listedAfter(String text, Span sentence, Link first) {
    List<Place> out = new ArrayList<>();
    int end = first.span().end();
    for (Located l : scenes) {
      if (l.span().start() < end || !sentence.contains(l.span())) {
        continue;
      }
      if (!LIST_GAP.matcher(text.substring(end, l.span().start())).matches()
          || !fine(l.place())) {
        break;
      }
      if (!samePlaceNamed(first.place(), l.place())
          && out.stream().noneMatch(p -> samePlaceNamed(p, l.place()))) {
        out.add(l.place());
      }
      end = l.span().end();
    }
    return out;
  }

  /**
   * The most places finer than a country, no two of them one scene, that {@code sentence}
   * names in a row ("rocket attacks on Aleppo and Deir Ezzor" two; "Eastern Ghouta near
   * Damascus" one): a list of the scenes of several incidents.
   */
  int listedScenes(String text, Span sentence) {
    int most = 0;
    List<Place> run = new ArrayList<>();
    int end = -1;
    for (Located l : scenes) {
      if (!sentence.contains(l.span()) || !belowCountry(l.place())) {
        continue;
      }
      if (end < 0 || !LIST_GAP.matcher(text.substring(end, l.span().start())).matches()) {
        run.clear();
      }
      if (run.stream().noneMatch(p -> samePlace(p, l.place()))) {
        run.add(l.place());
      }
      end = l.span().end();
      most = Math.max(most, run.size());
    }
    return most;
  }

  /**
   * How many places finer than a country, no two of them one scene, {@code sentence} names:
   * "in Damascus Aleppo and Idleb" three; "Aleppo ... in opposition areas of Syrias northern
   * Aleppo province" one.
   */
  int separateScenes(Span sentence) {
    List<Place> apart = new ArrayList<>();
    for (Located l : scenes) {
      if (sentence.contains(l.span()) && belowCountry(l.place())
          && apart.stream().noneMatch(p -> samePlace(p, l.place()))) {
        apart.add(l.place());
      }
    }
    return apart.size();
  }

  /**
   * Whether two places can be one incident's scene: the same place, a country and a place in
   * it, a governorate and a place in it, a town and its neighbourhood ("the Salihiah
   * neighbourhood of Hasakeh city").
   */
  boolean samePlace(Place a, Place b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    boolean local = a.precision() != null && a.precision().atOrNearSettlement()
        && b.precision() != null && b.precision().atOrNearSettlement();
    if (local && a.lat() != null && b.lat() != null
        && Distance.km(a.lat(), a.lon(), b.lat(), b.lon()) <= options.townKm()) {
      return true;
    }
    if (isCountry(a) || isCountry(b)) {
      return a.country() == null || b.country() == null || a.country().equals(b.country());
    }
    return within(a, b) || within(b, a);
  }

  /**
   * Whether two places can be one scene by what they are, whatever their distance: the same
   * place, or a country or region and a place in it. Two towns a sentence lists apart are two.
   */
  boolean samePlaceNamed(Place a, Place b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    if (isCountry(a) || isCountry(b)) {
      return a.country() == null || b.country() == null || a.country().equals(b.country());
    }
    return within(a, b) || within(b, a);
  }

  /** {@code inner} lies in first-level region {@code region}, by the region's name. */
  private static boolean within(Place inner, Place region) {
    return region.precision() == PlacePrecision.ADMIN1 && inner.admin1() != null
        && (inner.admin1().equalsIgnoreCase(region.name())
            || inner.admin1().equalsIgnoreCase(region.admin1()));
  }

  /**
   * The nearest fine scene in the sentences {@code [from, sentence)} and in {@code country}
   * (any, if null), or null.
   */
  Place before(Span from, Span sentence, String country) {
    Located found = null;
    for (Located l : scenes) {
      if (l.span().start() >= from.start() && l.span().end() <= sentence.start()
          && fine(l.place()) && in(l.place(), country)) {
        found = l;
      }
    }
    return found == null ? null : found.place();
  }

  /**
   * The article's fallback scene when an incident's own place says nothing of where in the
   * country it happened (a country, a region abroad such as "Washington" where someone
   * spoke, a settlement the gazetteer put abroad, a place with no first-level region): the
   * first mention of the first-level region (governorate) most mentioned by the article's
   * settlements and regions, in {@code country} or else the country most of them lie in.
   * Null if none has a region.
   */
  Place governorate(String country) {
    Map<String, Integer> countries = new HashMap<>();
    for (Located l : scenes) {
      if (regional(l.place()) && in(l.place(), country)) {
        countries.merge(l.place().country(), 1, Integer::sum);
      }
    }
    // A tie goes to the country the article is about: "Damascus" beside "Brussels" where
    // ministers met, in a report naming Syria more than Belgium.
    String most = countries.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> e.getKey().equals(focus)))
        .map(Map.Entry::getKey).orElse(null);
    if (most == null) {
      return null;
    }
    Map<String, Integer> regions = new LinkedHashMap<>();
    for (Located l : scenes) {
      if (regional(l.place()) && most.equals(l.place().country())) {
        regions.merge(l.place().admin1(), 1, Integer::sum);
      }
    }
    int top = regions.values().stream().max(Integer::compare).orElse(0);
    for (Located l : scenes) {
      if (regional(l.place()) && most.equals(l.place().country())
          && regions.get(l.place().admin1()) == top) {
        return l.place();
      }
    }
    return null;
  }

  /** Whether two places lie within {@code options.neighbourKm()} of each other. */
  boolean near(Place a, Place b) {
    return a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null
        && Distance.km(a.lat(), a.lon(), b.lat(), b.lon())
            <= options.neighbourKm();
  }

  /** Whether {@code p} is resolved to less than a country: a settlement, near one, a region. */
  private static boolean belowCountry(Place p) {
    return p.precision() != null && p.precision().finerThan(PlacePrecision.COUNTRY);
  }

  /** Whether {@code p} is a settlement or region with its country and first-level region. */
  static boolean regional(Place p) {
    return belowCountry(p) && p.country() != null
        && p.admin1() != null && !p.admin1().isBlank();
  }

  /**
   * The article's first fine scene in {@code country} (any, if null) outside the sentences
   * {@code skipped}, or null.
   */
  Place first(String country, List<Span> skipped) {
    return scenes.stream().filter(l -> fine(l.place()) && in(l.place(), country)
        && skipped.stream().noneMatch(s -> s.contains(l.span())))
        .map(Located::place).findFirst().orElse(null);
  }

  /**
   * The one place finer than a country that the report names only inside organisations' names
   * ("Teachers protested outside Peshawar Press club", "a clash on the Dhaka University
   * campus"), where it names no such place as a scene; else the one it names only as its
   * people's home ("Hundreds of Lucknow residents blocked traffic"); else null. A local body is
   * named for where it is, residents act at home, and a short note often says no more.
   */
  Place placeNamedOnlyInPassing() {
    if (scenes.stream().anyMatch(l -> belowCountry(l.place()))) {
      return null;
    }
    for (List<Located> named : List.of(inOrganisations, homes)) {
      List<Place> found = named.stream().map(Located::place)
          .filter(PlaceLinker::belowCountry).distinct().toList();
      if (!found.isEmpty()) {
        return found.size() == 1 ? found.get(0) : null;
      }
    }
    return null;
  }

  private static boolean in(Place p, String country) {
    return country == null || country.equals(p.country());
  }

  /**
   * Whether {@code p} is a country. The gazetteer gives a settlement it cannot find its
   * country's precision ("Qah" in Syria); of the places at country precision sharing a code,
   * only the most mentioned is taken for the country itself.
   */
  boolean isCountry(Place p) {
    if (p.precision() != PlacePrecision.COUNTRY) {
      return false;
    }
    for (Place other : countryLevel) {
      if (other != p && Objects.equals(other.country(), p.country())
          && other.names().size() > p.names().size()) {
        return false;
      }
    }
    return true;
  }
}
