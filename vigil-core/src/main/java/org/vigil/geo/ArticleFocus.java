package org.vigil.geo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.model.Dateline;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;

/**
 * The resolver's second stage: the countries an article is about, and the source's home
 * country as a prior.
 *
 * <p>The text's countries weigh: the dateline's 3, each country named 1, a demonym or a name
 * that describes an actor ("U.S.-led coalition", "U.S. officials") or is part of an
 * organisation's ("Islamic State in Iraq and the Levant") 0.5, a name whose places all lie in
 * one country 0.5, and a name shared across countries that one of them clearly means by itself
 * ("Sunderland" of England) {@link #UNSURE_VOTE}. Only names read as written vote ({@link
 * Candidates#sure}). The home country ({@link org.vigil.document.Document#country}) weighs as
 * one more named country, in the prior only.
 *
 * @param named the countries the text names
 * @param home the ISO code of the source's home country, or null where the input gives none
 * @param prior {@code named} with the home country as one more named country
 */
record ArticleFocus(CountryWeights named, String home, CountryWeights prior) {
  /** A name's weight for its country when only its size says which place it is. */
  private static final double UNSURE_VOTE = 0.5;
  /** How much more prominent the largest place of a shared name must be to vote. */
  private static final double CLEAR_MARGIN = 1.0;

  /** The focus of {@code doc}, from its dateline, its toponyms and its home country. */
  static ArticleFocus read(List<Toponym> toponyms, List<Candidates> candidates,
      Dateline dateline, AnnotatedDocument doc, GeoNamesGazetteer gazetteer) {
    Map<String, Double> focus = new HashMap<>();
    if (dateline != null && dateline.country() != null) {
      // "(Syria)", or the state of "CAMP MURRAY, Wash.", whose country the report is in.
      gazetteer.lookup(dateline.country()).stream().filter(e -> e.level() == Level.COUNTRY
              || e.level() == Level.ADMIN1)
          .min(Comparator.comparing(e -> e.level() != Level.COUNTRY))
          .ifPresent(e -> focus.merge(e.country(), 3.0, Double::sum));
    }
    String home = doc.document().country() == null ? null : gazetteer
        .countryNamed(doc.document().country()).map(GazetteerEntry::country).orElse(null);
    for (int i = 0; i < toponyms.size(); i++) {
      Toponym t = toponyms.get(i);
      vote(t, candidates.get(i).sure(t), home, doc, focus);
    }
    Map<String, Double> prior = focus;
    if (home != null) {
      prior = new HashMap<>(focus);
      prior.merge(home, 1.0, Double::sum);
    }
    return new ArticleFocus(CountryWeights.of(focus), home, CountryWeights.of(prior));
  }

  /** Whether {@code country} is the source's home country. */
  boolean isHome(String country) {
    return country.equals(home);
  }

  /**
   * Adds the vote of toponym {@code t}, whose places are {@code c}, to {@code focus}. Where
   * the source has a {@code home} country, a name whose only places abroad are towns the world
   * does not know casts no vote for their country: a local note names its own villages, and
   * one the gazetteer lacks ("Kech" of a Pakistani note) would otherwise make a namesake
   * hamlet's country ("Ketsch", Germany) one the note is about, and so keep that hamlet. Nor
   * does a name shared with a place at home vote by its size: which one it means is the home
   * prior's to say ("Hyderabad" of a Pakistani note is Sindh's, not the larger Indian city).
   */
  private static void vote(Toponym t, List<GazetteerEntry> c, String home, AnnotatedDocument doc,
      Map<String, Double> focus) {
    // a town of unknown size says nothing of which country the article is about
    c = c.stream().filter(e -> !FocusFilter.obscure(e)).toList();
    if (c.isEmpty()) {
      return;
    }
    boolean demonym = t.kind() == Toponym.Kind.DEMONYM
        || ActorModifier.describesActor(doc.text(), t.span().end())
        || inOrganisation(doc, t.span());
    GazetteerEntry country = c.stream().filter(e -> e.level() == Level.COUNTRY).findFirst()
        .orElse(null);
    if (country != null) {
      focus.merge(country.country(), demonym ? 0.5 : 1.0, Double::sum);
    } else if (c.stream().map(GazetteerEntry::country).distinct().count() == 1
        && !c.get(0).country().isEmpty()) {
      if (!unknownAbroad(c, c.get(0).country(), home)) {
        focus.merge(c.get(0).country(), 0.5, Double::sum);
      }
    } else if (home == null || c.stream().noneMatch(e -> e.country().equals(home))) {
      String clear = clearlyLargest(t, c);
      if (clear != null && !unknownAbroad(c, clear, home)) {
        focus.merge(clear, UNSURE_VOTE, Double::sum);
      }
    }
  }

  /**
   * Whether {@code country} is not the source's {@code home} (where it has one) and the places
   * of {@code c} in it are only towns or districts of fewer than {@link
   * FocusFilter#KNOWN_ABROAD} people.
   */
  private static boolean unknownAbroad(List<GazetteerEntry> c, String country, String home) {
    return home != null && !home.equals(country) && c.stream()
        .filter(e -> e.country().equals(country))
        .allMatch(e -> (e.level() == Level.SETTLEMENT || e.level() == Level.DISTRICT)
            && e.population() < FocusFilter.KNOWN_ABROAD);
  }

  /**
   * The country of the place a name shared across countries most clearly means by itself
   * ("Sunderland" of England over the Massachusetts town of 4,000), or null.
   */
  private static String clearlyLargest(Toponym t, List<GazetteerEntry> candidates) {
    double[] scores = candidates.stream().mapToDouble(e -> Prominence.of(t, e)).toArray();
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

  /** Whether {@code span} lies inside a longer organisation's name CoreNLP tagged. */
  static boolean inOrganisation(AnnotatedDocument doc, Span span) {
    return doc.mentions().stream().anyMatch(m -> m.ner().equals("ORGANIZATION")
        && m.span().contains(span) && !m.span().equals(span));
  }
}
