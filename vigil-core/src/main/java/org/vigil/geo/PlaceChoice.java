package org.vigil.geo;

import java.util.BitSet;
import java.util.List;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;

/**
 * The resolver's fifth stage: chooses each toponym's place among its candidates, by a score
 * that adds the place's {@link Prominence}, the article's focus on its country, the container
 * the text names for it and its {@link Coherence} with the places chosen for the other
 * toponyms.
 *
 * <p>The other places are those of the pass before, so the choice runs three passes: the
 * first by size and focus alone, the next two with the article's geography. A first-level
 * region gains where the text lists it among regions of its country ("states such as
 * California or Washington"), where it is the region of a lone country's name in an article
 * about its own country ("the Georgia National Guard" of a report that names Florida and
 * Alaska), and where it is the dateline's region ("CAMP MURRAY, Wash.": "Washington" is the
 * state, not the capital). The home country is no prior for a region the text puts a place of
 * one country in: the Punjab of "Amritsar, Punjab" is India's, whatever the source's home.
 */
final class PlaceChoice {
  private static final int PASSES = 3;

  private final List<Toponym> toponyms;
  private final List<Candidates> candidates;
  private final ArticleFocus focus;
  private final ToponymLinks links;
  /** Whether the toponym may name a country no other name is in, or a region of the focus. */
  private final boolean[] lonely;
  /** Whether the text puts in the toponym a place that says which country it means. */
  private final boolean[] told;

  private PlaceChoice(List<Toponym> toponyms, List<Candidates> candidates, ArticleFocus focus,
      ToponymLinks links) {
    this.toponyms = toponyms;
    this.candidates = candidates;
    this.focus = focus;
    this.links = links;
    this.lonely = new boolean[toponyms.size()];
    for (int i = 0; i < lonely.length; i++) {
      lonely[i] = lonelyCountry(i);
    }
    this.told = holdsOneCountry();
  }

  /** The place chosen for each toponym, or null where it has no candidate. */
  static GazetteerEntry[] choose(List<Toponym> toponyms, List<Candidates> candidates,
      ArticleFocus focus, ToponymLinks links) {
    PlaceChoice choice = new PlaceChoice(toponyms, candidates, focus, links);
    GazetteerEntry[] chosen = new GazetteerEntry[toponyms.size()];
    for (int pass = 0; pass < PASSES; pass++) {
      chosen = choice.pass(chosen);
    }
    return chosen;
  }

  /** One pass: each toponym's best candidate, given the places {@code chosen} before. */
  private GazetteerEntry[] pass(GazetteerEntry[] chosen) {
    GazetteerEntry[] next = new GazetteerEntry[toponyms.size()];
    GazetteerEntry home = home(chosen);
    CountryWeights named = focus.named();
    for (int i = 0; i < next.length; i++) {
      double best = Double.NEGATIVE_INFINITY;
      for (GazetteerEntry c : candidates.get(i).entries()) {
        double s = score(i, c, chosen);
        if (c.level() == Level.ADMIN1 && siblingRegion(c, links.siblings()[i], chosen)) {
          s += 2; // "states such as California or Washington": a state among states
        }
        if (lonely[i] && c.level() == Level.ADMIN1 && named.of(c.country()) == named.top()) {
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
    return next;
  }

  /** The score of {@code c} as toponym {@code i}'s place, given the places {@code chosen}. */
  private double score(int i, GazetteerEntry c, GazetteerEntry[] chosen) {
    Toponym t = toponyms.get(i);
    CountryWeights weights = told[i] ? focus.named() : focus.prior();
    double s = Prominence.of(t, c);
    if (candidates.get(i).loose()) {
      s -= 1.5;
    }
    if (weights.top() > 0) {
      s += 2 * weights.of(c.country()) / weights.top();
    }
    GazetteerEntry container = links.containerOf(i, chosen);
    if (container != null && Coherence.inside(c, container)) {
      s += 6;
    } else if (Coherence.inNamedRegion(t, c, chosen, i)) {
      s += 1; // "Daviess County" of a report that names Kentucky elsewhere
    }
    double nearest = Coherence.nearestOther(c, chosen, links.kin()[i]);
    if (nearest < 50) {
      s += 3;
    } else if (nearest < 200) {
      s += 2;
    } else if (nearest < 500) {
      s += 1;
    }
    return s;
  }

  /**
   * The first-level region the dateline puts its place in ("Wash." of "CAMP MURRAY, Wash."),
   * as chosen so far, or null: a local report's home, which its bare name means there.
   */
  private GazetteerEntry home(GazetteerEntry[] chosen) {
    for (int i = 0; i < toponyms.size(); i++) {
      GazetteerEntry container = links.containerOf(i, chosen);
      if (toponyms.get(i).dateline() && container != null
          && container.level() == Level.ADMIN1) {
        return container;
      }
    }
    return null;
  }

  /**
   * Whether toponym {@code i} may name both a country that no other name of the article is
   * in and a first-level region of another country, one the article is most about.
   */
  private boolean lonelyCountry(int i) {
    CountryWeights named = focus.named();
    List<GazetteerEntry> own = candidates.get(i).entries();
    GazetteerEntry country = own.stream().filter(e -> e.level() == Level.COUNTRY).findFirst()
        .orElse(null);
    if (country == null || toponyms.get(i).kind() != Toponym.Kind.NAME
        || named.of(country.country()) == named.top()
        || own.stream().noneMatch(e -> e.level() == Level.ADMIN1
            && !e.country().equals(country.country())
            && named.of(e.country()) == named.top())) {
      return false;
    }
    BitSet kin = links.kin()[i];
    for (int j = 0; j < toponyms.size(); j++) {
      List<GazetteerEntry> other = candidates.get(j).entries();
      if (j != i && !kin.get(j) && !other.isEmpty()
          && other.stream().allMatch(e -> e.country().equals(country.country()))) {
        return false; // "Tbilisi", "Georgian": the report is about the country too
      }
    }
    return true;
  }

  /**
   * For each toponym, whether the text puts in it a toponym whose candidates all lie in one
   * country ("Amritsar, Punjab"): that place says which country it means.
   */
  private boolean[] holdsOneCountry() {
    boolean[] out = new boolean[candidates.size()];
    int[] container = links.container();
    for (int j = 0; j < out.length; j++) {
      List<String> countries =
          candidates.get(j).entries().stream().map(GazetteerEntry::country).distinct().toList();
      if (container[j] >= 0 && countries.size() == 1 && !countries.get(0).isEmpty()) {
        out[container[j]] = true;
      }
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
}
