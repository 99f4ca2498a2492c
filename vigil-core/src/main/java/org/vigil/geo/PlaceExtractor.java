package org.vigil.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.NameKey;
import org.vigil.model.Dateline;
import org.vigil.model.Place;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;

/**
 * Fills the article's places: finds toponyms, resolves them against the gazetteer, and merges
 * the mentions of one place into one {@link Place} with coordinates, codes and precision.
 *
 * <p>Requires the dateline (its place is a toponym, its country the article's first focus; it
 * is linked to its place) and the organisations (a place named inside one's name is no scene).
 * The document's home country, where the input gives one, is the prior for names the text
 * leaves ambiguous ({@link ToponymResolver}). A demonym
 * ("Syrian") is a mention of its country, marked as such ({@link Place#demonyms}): it helps
 * resolution and says whose, never where. {@link #TOPONYMS} keeps every resolved mention for
 * scoring and for later steps; {@link #PLACE_MENTIONS} gives each mention of a place its role
 * (a scene, an actor, inside an organisation's name, a demonym), read from the words around it
 * and the article's organisations, so that no later step reads them again.
 */
public final class PlaceExtractor implements Extractor {

  /** Every resolved toponym of the article, demonyms included, in text order. */
  public static final FactKey<List<ResolvedToponym>> TOPONYMS =
      FactKey.listOf("toponyms", ResolvedToponym.class);

  /** Every mention of every place of {@link Facts#PLACES} with its role, in text order. */
  public static final FactKey<List<PlaceMention>> PLACE_MENTIONS =
      FactKey.listOf("place mentions", PlaceMention.class);

  /**
   * The ISO 3166 code of the source's home country, as the input names it ({@link
   * org.vigil.document.Document#country}); absent where it names none the gazetteer knows.
   */
  public static final FactKey<String> HOME_COUNTRY = FactKey.of("home country", String.class);

  private final GeoNamesGazetteer gazetteer;
  private final ToponymFinder finder;
  private final ToponymResolver resolver;

  public PlaceExtractor(GeoNamesGazetteer gazetteer, PlaceOptions options) {
    this.gazetteer = gazetteer;
    this.finder = new ToponymFinder(gazetteer, options);
    this.resolver = new ToponymResolver(gazetteer, options);
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(Facts.DATELINE, Facts.ORGANIZATIONS);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.PLACES, Facts.DATELINE_PLACE, TOPONYMS, PLACE_MENTIONS, HOME_COUNTRY);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    Dateline dateline = facts.get(Facts.DATELINE);
    List<ResolvedToponym> resolved =
        resolver.resolve(finder.find(doc, dateline), doc, dateline);
    Map<Object, List<ResolvedToponym>> byPlace = new LinkedHashMap<>();
    for (ResolvedToponym r : resolved) {
      if (r.toponym().kind() == Toponym.Kind.NAME) {
        // A fallback is its own place ("Qah"), sharing only the region's coordinates.
        Object key = r.fallback() ? List.of(NameKey.exact(r.toponym().text()), r.entry())
            : r.entry();
        byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    // A demonym joins its named country, or makes a place of its own after the named ones.
    for (ResolvedToponym r : resolved) {
      if (r.toponym().kind() == Toponym.Kind.DEMONYM) {
        byPlace.computeIfAbsent(r.entry(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Place> places = new ArrayList<>();
    Map<ResolvedToponym, String> ids = new LinkedHashMap<>();
    for (List<ResolvedToponym> mentions : byPlace.values()) {
      String id = "p" + (places.size() + 1);
      places.add(place(id, mentions));
      mentions.forEach(m -> ids.put(m, id));
    }
    List<ResolvedToponym> linked = new ArrayList<>(resolved.size());
    for (ResolvedToponym r : resolved) {
      String id = ids.get(r);
      linked.add(id == null ? r : r.withPlaceId(id));
      if (id != null && r.toponym().dateline() && dateline != null) {
        facts.put(Facts.DATELINE_PLACE, id);
      }
    }
    facts.put(Facts.PLACES, List.copyOf(places));
    facts.put(TOPONYMS, List.copyOf(linked));
    facts.put(PLACE_MENTIONS, MentionRoles.of(doc, places, facts.list(Facts.ORGANIZATIONS)));
    String home = doc.document().country();
    if (home != null) {
      gazetteer.countryNamed(home).ifPresent(c -> facts.put(HOME_COUNTRY, c.country()));
    }
  }

  private Place place(String id, List<ResolvedToponym> mentions) {
    ResolvedToponym first = mentions.get(0);
    GazetteerEntry e = first.entry();
    // Named as written, in title case where the text has it; a demonym's place by its own name.
    String name = first.toponym().kind() == Toponym.Kind.DEMONYM ? e.name()
        : mentions.stream().filter(m -> m.toponym().kind() == Toponym.Kind.NAME)
            .map(m -> m.toponym().text()).filter(t -> !t.equals(t.toUpperCase(Locale.ROOT)))
            .findFirst().orElse(first.toponym().text());
    Long geonameId = first.fallback() || e.geonameId() == 0 ? null : e.geonameId();
    String country = e.country().isEmpty() ? null : e.country();
    String admin1 = switch (e.level()) {
      case ADMIN1 -> e.name();
      case SETTLEMENT, DISTRICT -> blankToNull(gazetteer.admin1Name(e.country(), e.admin1()));
      default -> null;
    };
    List<Span> spans = mentions.stream().map(ResolvedToponym::span).sorted().toList();
    List<Span> demonyms = mentions.stream()
        .filter(m -> m.toponym().kind() == Toponym.Kind.DEMONYM).map(ResolvedToponym::span)
        .sorted().toList();
    return new Place(id, name, geonameId, e.lat(), e.lon(), country, admin1, first.precision(),
        spans, demonyms);
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
