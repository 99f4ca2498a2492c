package org.vigil.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.NameKey;
import org.vigil.model.Dateline;
import org.vigil.nlp.AnnotatedDocument;

/**
 * Chooses the gazetteer place each toponym names, from what the whole article says.
 *
 * <p>In stages, each its own class: {@link CandidateLookup} (the places each name may be),
 * {@link ArticleFocus} (the countries the article is about, and the source's home country as
 * a prior), {@link FocusFilter} (loose matches only within that focus; unknown names by their
 * parts), {@link ToponymLinks} (which name the text puts in which, which it lists together),
 * {@link PlaceChoice} (each name's best candidate by size, focus, container and nearness to the
 * other places, in three passes), {@link ChoiceReview} (undoes a choice the text or the other
 * places contradict), and last {@link Fallback}: a name the gazetteer lacks takes the nearest
 * region the text names around it, then the focus country: a coarser place, never none.
 *
 * <p>The source's home country ({@link org.vigil.document.Document#country}), where the input
 * gives one, weighs as much as one country the text names, but only as a prior: it adds to the
 * score of the candidates in it, admits the spelling variants, name parts and person-tagged
 * names that lie in it, and is the country of last resort for a name the gazetteer lacks. It
 * takes away the towns abroad that the world does not know ({@link FocusFilter}), and the votes
 * such towns would cast for their country ({@link ArticleFocus}); it never makes the article
 * about a country for the rules that drop a place the text names, and a region that the text
 * puts a place of one country in is read without it.
 */
final class ToponymResolver {
  private final GeoNamesGazetteer gazetteer;
  private final CandidateLookup lookup;
  private final FocusFilter filter;
  private final Containment containment;
  private final Fallback fallback;

  ToponymResolver(GeoNamesGazetteer gazetteer, PlaceOptions options) {
    this.gazetteer = gazetteer;
    this.lookup = new CandidateLookup(gazetteer, options);
    this.filter = new FocusFilter(lookup);
    this.containment = new Containment(gazetteer);
    this.fallback = new Fallback(gazetteer, options);
  }

  /** The resolved toponyms, in text order; a toponym nothing resolves is left out. */
  List<ResolvedToponym> resolve(List<Toponym> toponyms, AnnotatedDocument doc,
      Dateline dateline) {
    List<Candidates> found = lookup.lookup(toponyms);
    ArticleFocus focus = ArticleFocus.read(toponyms, found, dateline, doc, gazetteer);
    List<Candidates> candidates = filter.filter(toponyms, found, focus);
    ToponymLinks links = ToponymLinks.read(toponyms, doc.text(), containment);
    GazetteerEntry[] chosen = PlaceChoice.choose(toponyms, candidates, focus, links);
    chosen = ChoiceReview.review(toponyms, candidates, focus, links, chosen, doc.text());
    return resolved(toponyms, candidates, focus, links, chosen, doc);
  }

  /**
   * Each toponym with its chosen place, or its fallback; a place found only as a person's name
   * is kept only where it is plausible, and a demonym only when it names a place.
   */
  private List<ResolvedToponym> resolved(List<Toponym> toponyms, List<Candidates> candidates,
      ArticleFocus focus, ToponymLinks links, GazetteerEntry[] chosen, AnnotatedDocument doc) {
    List<ResolvedToponym> out = new ArrayList<>();
    Map<String, GazetteerEntry> fallbackByName = new HashMap<>();
    for (int i = 0; i < toponyms.size(); i++) {
      Toponym t = toponyms.get(i);
      if (chosen[i] != null) {
        // A person-tagged name may also be a place of the source's home country.
        if (t.weak() && !Coherence.plausible(chosen[i], focus.named(), chosen, links.kin()[i])
            && !(focus.isHome(chosen[i].country())
                && Coherence.plausible(chosen[i], focus.prior(), chosen, links.kin()[i]))) {
          continue;
        }
        if (t.kind() == Toponym.Kind.DEMONYM && gazetteer.demonym(t.text()).isEmpty()) {
          continue; // "Mexicans" are people: they say which country, but name no place
        }
        out.add(new ResolvedToponym(t, chosen[i], candidates.get(i).partial(), null));
        continue;
      }
      if (t.kind() != Toponym.Kind.NAME || t.weak()) {
        continue; // a name only weakly read as a place is no place when nothing matches it
      }
      String key = NameKey.exact(t.text());
      GazetteerEntry region = fallbackByName.get(key);
      if (region == null) {
        region = fallback.place(toponyms, chosen, links.container()[i], i, doc, focus.prior());
      }
      if (region != null) {
        fallbackByName.putIfAbsent(key, region);
        out.add(new ResolvedToponym(t, region, true, null));
      }
    }
    return out;
  }
}
