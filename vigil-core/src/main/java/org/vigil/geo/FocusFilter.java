package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import org.vigil.geo.Candidates.Match;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;

/**
 * The resolver's third stage: keeps the loosely matched candidates that lie in the countries
 * the article is about, and reads a name the gazetteer lacks by its parts.
 *
 * <p>A skeleton matches too much to trust outside the article's countries, home included; a
 * hamlet that has the name only among its alternates is trusted only there too ("Amiriyah" of a
 * Syria report is no Israeli hamlet that has it among fifteen names). A part of a name abroad,
 * in a country the article never names, is a misreading ("Bari" of "Akhtarin Turkmen Bari"); a
 * town part must even lie in the country the article is most about ("Orum" of "Orum al-Kubrah"
 * is no Orem, Utah), or in the source's home country.
 *
 * <p>Where the source's home country is known, a bare name means a place at home or in a
 * country the article is about; a settlement of that name elsewhere is taken only if the world
 * knows it ({@link #KNOWN_ABROAD} people or more: "Paris" of a Pakistani note), and a name read
 * by its parts is read at home. A local note's village is no namesake hamlet abroad.
 */
final class FocusFilter {
  /** The population from which a namesake abroad is a city the world knows. */
  static final long KNOWN_ABROAD = 100_000;

  private final CandidateLookup lookup;

  FocusFilter(CandidateLookup lookup) {
    this.lookup = lookup;
  }

  /**
   * A settlement of unknown size: no population is recorded for it, so nothing says the world
   * knows it. News names such a town only in a country it is about; one abroad is a namesake
   * of a place the gazetteer lacks ("the Old City" of Homs is no Philadelphia neighbourhood).
   */
  static boolean obscure(GazetteerEntry e) {
    return e.level() == Level.SETTLEMENT && e.population() == 0;
  }

  /** A settlement or a part of one: what a bare local name means. */
  private static boolean local(GazetteerEntry e) {
    return e.level() == Level.SETTLEMENT || e.level() == Level.DISTRICT;
  }

  /** The candidates of each toponym that the article's {@code focus} leaves. */
  List<Candidates> filter(List<Toponym> toponyms, List<Candidates> found, ArticleFocus focus) {
    List<Candidates> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      out.add(filter(toponyms.get(i), found.get(i), focus));
    }
    return out;
  }

  private Candidates filter(Toponym t, Candidates found, ArticleFocus focus) {
    CountryWeights prior = focus.prior();
    List<GazetteerEntry> c = found.entries();
    if (found.match() == Match.SKELETON) {
      c = c.stream().filter(e -> prior.of(e.country()) > 0).toList();
      return new Candidates(c, Match.SKELETON);
    }
    boolean byParts = found.match() == Match.NONE;
    if (found.match() == Match.NAME && c.stream().anyMatch(FocusFilter::obscure)) {
      c = c.stream().filter(e -> !obscure(e) || prior.of(e.country()) > 0).toList();
      byParts = c.isEmpty() && t.kind() == Toponym.Kind.NAME;
    }
    if (prior.any() && found.match() == Match.NAME) {
      c = c.stream().filter(e -> !Candidates.strayAlias(t, e) || prior.of(e.country()) > 0)
          .toList();
      byParts = c.isEmpty() && t.kind() == Toponym.Kind.NAME;
    }
    if (focus.home() != null && found.match() == Match.NAME) {
      c = c.stream().filter(e -> !local(e) || prior.of(e.country()) > 0
          || e.population() >= KNOWN_ABROAD).toList();
      byParts = c.isEmpty() && t.kind() == Toponym.Kind.NAME;
    }
    if (!byParts) {
      return new Candidates(c, found.match());
    }
    CountryWeights named = focus.named();
    // With no country named, the parts may lie anywhere, unless the source has a home.
    boolean anywhere = named.top() == 0 && focus.home() == null;
    c = lookup.byParts(t.text(),
        e -> anywhere || named.of(e.country()) > 0 || focus.isHome(e.country()),
        e -> anywhere || named.top() > 0 && named.of(e.country()) == named.top()
            || focus.isHome(e.country()));
    return new Candidates(c, c.isEmpty() ? Match.NONE : Match.PART);
  }
}
