package org.vigil.geo;

import java.util.List;
import org.vigil.geo.gazetteer.Distance;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;
import org.vigil.geo.gazetteer.PlaceKinds;

/**
 * The resolver's sixth stage: undoes a choice that the text or the article's other places
 * contradict, leaving the name to fall back to a region the text names.
 *
 * <p>Contradicted: a town or district outside the first-level region or country the text puts
 * it in ("CAMP MURRAY, Wash.", where no Murray lies in Washington), or far from the district
 * or town the text puts it in or by ("Rockingham, Northamptonshire" is no Rockingham,
 * Vermont). Too far from every other place of the article: a namesake in a country the
 * article is otherwise not about (the "Zara" of a Syria report is no Zadar), a village for a
 * name the text calls a district (a district of Aleppo is no village 400 km south), a province
 * for one it calls a neighbourhood, a town that has a facility's name only among its other
 * names or is of unknown size ("Washington Square" of a New Orleans report), and a village of
 * unknown size and one recorded name far from the places a local report names.
 */
final class ChoiceReview {
  /** The most people a place may have that news would call a village. */
  private static final long VILLAGE = 20_000;
  /**
   * How far from every other place of the article a district may be the village it names; how
   * far a town may lie from the district or town the text puts it in or by.
   */
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
  /**
   * How far from every other place of the article a village of unknown size may lie and still
   * be meant: a local report's villages lie in the district or two it covers.
   */
  private static final double OBSCURE_REACH_KM = 300;

  private ChoiceReview() {}

  /**
   * {@code chosen} without the choices the article's {@code text} or its other places
   * contradict.
   */
  static GazetteerEntry[] review(List<Toponym> toponyms, List<Candidates> candidates,
      ArticleFocus focus, ToponymLinks links, GazetteerEntry[] chosen, String text) {
    GazetteerEntry[] stated = outsideTheStatedContainer(links, chosen);
    return farFromTheArticle(toponyms, candidates, focus, links, stated, text);
  }

  /**
   * {@code chosen} without a town or district that the container the text gives does not
   * hold, or a town far from the district the text puts it in, or a village far from the town
   * the text puts it by ("the Al-Sabura road west of the capital Damascus" is no Sabburah in
   * Hama; "Paris, London" is a list of two cities); each decision sees those made before it.
   */
  private static GazetteerEntry[] outsideTheStatedContainer(ToponymLinks links,
      GazetteerEntry[] chosen) {
    GazetteerEntry[] out = chosen.clone();
    for (int i = 0; i < out.length; i++) {
      GazetteerEntry stated = links.containerOf(i, out);
      if (out[i] != null && stated != null && (out[i].level() == Level.SETTLEMENT
          || out[i].level() == Level.DISTRICT) && (stated.level() == Level.ADMIN1
          || stated.level() == Level.COUNTRY) && !Coherence.inside(out[i], stated)) {
        out[i] = null;
      } else if (out[i] != null && stated != null && out[i].level() == Level.SETTLEMENT
          && (stated.level() == Level.DISTRICT
              || stated.level() == Level.SETTLEMENT && out[i].population() < VILLAGE)
          && Distance.km(out[i].lat(), out[i].lon(),
              stated.lat(), stated.lon()) > DISTRICT_REACH_KM) {
        out[i] = null;
      }
    }
    return out;
  }

  /**
   * {@code chosen} without the places too far from all the others for what the text says of
   * them; each decision sees every choice of {@code chosen}.
   */
  private static GazetteerEntry[] farFromTheArticle(List<Toponym> toponyms,
      List<Candidates> candidates, ArticleFocus article, ToponymLinks links,
      GazetteerEntry[] chosen, String text) {
    CountryWeights focus = article.named();
    GazetteerEntry[] out = chosen.clone();
    for (int i = 0; i < out.length; i++) {
      GazetteerEntry c = chosen[i];
      if (c == null) {
        continue;
      }
      Toponym t = toponyms.get(i);
      double nearest = Coherence.nearestOther(c, chosen, links.kin()[i]);
      boolean known = nearest < Double.MAX_VALUE;
      boolean town = c.level() == Level.SETTLEMENT || c.level() == Level.DISTRICT;
      if (!t.dateline() && focus.any() && focus.of(c.country()) == 0
          && !article.isHome(c.country())
          && c.level() != Level.COUNTRY && c.level() != Level.REGION && nearest > STRAY_KM) {
        out[i] = null; // a namesake abroad; the source's home country is not abroad
      } else if (t.cue() == Toponym.Cue.DISTRICT && c.level() == Level.SETTLEMENT
          && c.population() < VILLAGE && nearest > DISTRICT_REACH_KM && known) {
        out[i] = null; // a village for a part of a town
      } else if (c.level() == Level.ADMIN1 && PartOfTown.named(text, t.span())
          && nearest > DISTRICT_REACH_KM && known) {
        // a province for a neighbourhood: "al-Sulaymaniyah neighborhood" of an Aleppo report
        // is no Iraqi governorate
        out[i] = null;
      } else if (PlaceKinds.hasGenericWord(t.text()) && !candidates.get(i).loose()
          && !candidates.get(i).partial() && town
          && (!NameKey.exact(c.name()).equals(NameKey.exact(t.text()))
              || FocusFilter.obscure(c))
          && nearest > ALIAS_REACH_KM && known) {
        // a town that has a facility's name among its other names, or one of unknown size
        out[i] = null;
      } else if (FocusFilter.obscure(c) && c.names().size() == 1 && !t.dateline()
          && nearest > OBSCURE_REACH_KM && known) {
        out[i] = null; // "Mendhar" of a report on Poonch is no namesake hamlet in Gujarat
      }
    }
    return out;
  }
}
