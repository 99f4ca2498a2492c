package org.vigil.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.nlp.AnnotatedDocument;

/**
 * The resolver's last stage: the place for a name the gazetteer lacks, or whose choice was
 * undone, a coarser place the text names around it, never none.
 *
 * <p>Its stated container; for a neighbourhood, the town named nearest within a few sentences;
 * else the first-level region or district named nearest to it, else
 * the nearest settlement (as "near"), within a few sentences ({@link
 * PlaceOptions#fallbackSentences}); farther off, the region or district named nearest, else
 * the region of the settlement named nearest; else the country the article is most about among
 * those it names places in, not only people of ("St. Peter's Basilica" of a report on a
 * Nigerian priest, which names Rome, is in Italy). A name inside an organisation's ("Fateh
 * al-Sham Front") says nothing of where a village lies.
 */
final class Fallback {
  private static final Set<Level> REGIONS = Set.of(Level.ADMIN1, Level.DISTRICT);
  private static final Set<Level> TOWNS = Set.of(Level.SETTLEMENT);
  private final GeoNamesGazetteer gazetteer;
  private final PlaceOptions options;

  Fallback(GeoNamesGazetteer gazetteer, PlaceOptions options) {
    this.gazetteer = gazetteer;
    this.options = options;
  }

  /**
   * The fallback place of toponym {@code self}, whose stated container is toponym {@code
   * container} (-1 for none), given the places {@code chosen} and the {@code focus} weights;
   * null when the article names no country either.
   */
  GazetteerEntry place(List<Toponym> toponyms, GazetteerEntry[] chosen, int container, int self,
      AnnotatedDocument doc, CountryWeights focus) {
    Set<String> named = new HashSet<>();
    for (int j = 0; j < chosen.length; j++) {
      if (chosen[j] != null && toponyms.get(j).kind() == Toponym.Kind.NAME) {
        named.add(chosen[j].country());
      }
    }
    String country = focus.weights().entrySet().stream()
        .filter(e -> named.isEmpty() || named.contains(e.getKey()))
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    if (container >= 0 && chosen[container] != null) {
      if (chosen[container].level() != Level.COUNTRY) {
        return chosen[container];
      }
      // "QAH (Syria)": the country bounds the search for a closer region.
      country = chosen[container].country();
    }
    Nearest nearest = new Nearest(toponyms, chosen, self, doc, country);
    int window = options.fallbackSentences();
    // "al-Jamiliyeh neighborhood in the city", "the neighborhoods of al-Furqan and
    // al-Azamiyah": a part of a town lies in the town named nearest
    boolean partOfTown = PartOfTown.named(doc.text(), toponyms.get(self).span());
    GazetteerEntry found = partOfTown ? nearest.named(TOWNS, window) : null;
    if (found == null) {
      found = nearest.named(REGIONS, window);
    }
    if (found == null) {
      found = nearest.named(TOWNS, window);
    }
    if (found == null) {
      found = nearest.named(REGIONS, Integer.MAX_VALUE);
    }
    if (found == null) {
      // Far from every region, a town says which region, not that the place is near it.
      GazetteerEntry town = nearest.named(TOWNS, Integer.MAX_VALUE);
      found = town == null ? null : gazetteer.admin1(town.country(), town.admin1()).orElse(null);
    }
    if (found != null || country == null) {
      return found;
    }
    return gazetteer.country(country).orElse(null);
  }

  /**
   * The places named nearest toponym {@code self} in the text, in {@code country} (any, if
   * null): a region of another country does not contain it.
   */
  private record Nearest(List<Toponym> toponyms, GazetteerEntry[] chosen, int self,
      AnnotatedDocument doc, String country) {

    /**
     * The place of the toponym nearest in the text, at one of {@code levels}, at most {@code
     * window} sentences away; or null.
     */
    GazetteerEntry named(Set<Level> levels, int window) {
      int at = toponyms.get(self).span().start();
      int sentence = doc.sentenceAt(at);
      GazetteerEntry best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (int j = 0; j < chosen.length; j++) {
        Toponym t = toponyms.get(j);
        if (chosen[j] == null || !levels.contains(chosen[j].level())
            || t.kind() != Toponym.Kind.NAME
            || (country != null && !country.equals(chosen[j].country()))
            || ArticleFocus.inOrganisation(doc, t.span())) {
          continue;
        }
        int other = doc.sentenceAt(t.span().start());
        if (sentence >= 0 && other >= 0 && Math.abs(other - sentence) > window) {
          continue;
        }
        int distance = Math.abs(t.span().start() - at);
        if (distance < bestDistance) {
          best = chosen[j];
          bestDistance = distance;
        }
      }
      return best;
    }
  }
}
