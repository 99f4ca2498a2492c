package org.vigil.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.model.Dateline;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;

/**
 * Finds the toponyms of an article: CoreNLP's LOCATION mentions, and what its tagger misses
 * or mislabels, read against the gazetteer.
 *
 * <p>Beyond the tagger: names it left untagged (countries and regions always, towns when large
 * or announced by a word such as "province" or "camp of"; {@link UntaggedScan}); demonyms and
 * leading place names inside organisations ("Syrian" in "Syrian Observatory"); places it took
 * for people ("Albu Kamal" after "recapture of"), kept only as weak finds ({@link
 * MentionReader}); names no gazetteer has but the text announces ("the camp of Qah"); and the
 * dateline's place; the names of a list that lost its commas ({@link ListedNames}). A group
 * named after the land it claims names no place; of overlapping finds, the earlier wins, then
 * the longer.
 */
final class ToponymFinder {
  private final MentionReader mentions;
  private final UntaggedScan untagged;
  private final ListedNames listed;
  private final PlaceOptions options;

  ToponymFinder(GeoNamesGazetteer gazetteer, PlaceOptions options) {
    this.options = options;
    PlaceNames places = new PlaceNames(gazetteer);
    PersonNames people = new PersonNames(places);
    this.mentions = new MentionReader(gazetteer, options, places, people);
    this.untagged = new UntaggedScan(gazetteer, options, places, people);
    this.listed = new ListedNames(gazetteer);
  }

  /** Every toponym of {@code doc}, in text order, none overlapping another. */
  List<Toponym> find(AnnotatedDocument doc, Dateline dateline) {
    List<Toponym> found = new ArrayList<>();
    if (dateline != null && dateline.placeName() != null
        && !options.stopNames().contains(dateline.placeName().toLowerCase(Locale.ROOT))) {
      // not "ISIL" of "Wed Aug 3 2016 ISIL Uses Chemical Weapons", a headline after the date
      datelinePlace(doc, dateline, found);
    }
    for (AnnotatedDocument.Mention m : doc.mentions()) {
      mentions.read(doc, m, found);
    }
    untagged.scan(doc, found);
    listed.apply(doc, found);
    for (Span group : OrganisationNames.placeNamedGroups(doc.text())) {
      found.removeIf(t -> group.contains(t.span()));
    }
    return settle(found);
  }

  /** Adds the dateline's place as written in the dateline ("QAH"), if it is there. */
  private static void datelinePlace(AnnotatedDocument doc, Dateline dateline,
      List<Toponym> out) {
    String written = dateline.span().of(doc.text());
    int at = written.toUpperCase(Locale.ROOT).indexOf(
        dateline.placeName().toUpperCase(Locale.ROOT));
    if (at >= 0) {
      int start = dateline.span().start() + at;
      out.add(new Toponym(new Span(start, start + dateline.placeName().length()),
          dateline.placeName(), Toponym.Kind.NAME, Toponym.Cue.NONE, false, true));
    }
  }

  /** Drops overlaps: the earlier find wins, then the longer. */
  private static List<Toponym> settle(List<Toponym> found) {
    List<Toponym> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((Toponym t) -> t.span().start())
        .thenComparing(t -> -t.span().length()));
    List<Toponym> kept = new ArrayList<>();
    for (Toponym t : sorted) {
      if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(t.span())) {
        kept.add(t);
      }
    }
    return kept;
  }
}
