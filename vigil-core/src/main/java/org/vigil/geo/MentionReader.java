package org.vigil.geo;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;

/**
 * Reads the toponyms of one CoreNLP mention, by its tag and what the gazetteer knows.
 *
 * <p>A place tag is a place unless an organisation's name or a person's surname holds it, with
 * its bounds mended ({@link NameBounds}). A MISC or NATIONALITY mention is a demonym, a large
 * place, or a place a word such as "village" announces; an organisation may be a large place,
 * a facility ("Tahrir Square") or a town after "in". A person may be a city the tagger
 * misread, kept weak. Otherwise an organisation's or event's name may lead with a place:
 * "Syrian" of "Syrian Observatory", never an event's place.
 */
final class MentionReader {
  private static final Set<String> PLACE_TAGS = Set.of(
      "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private final GeoNamesGazetteer gazetteer;
  private final PlaceOptions options;
  private final PlaceNames places;
  private final PersonNames people;
  private final NameBounds bounds;

  MentionReader(GeoNamesGazetteer gazetteer, PlaceOptions options, PlaceNames places,
      PersonNames people) {
    this.gazetteer = gazetteer;
    this.options = options;
    this.places = places;
    this.people = people;
    this.bounds = new NameBounds(gazetteer, options, places);
  }

  /** A mention of {@code doc} and its first and last token. */
  private record Tagged(AnnotatedDocument doc, AnnotatedDocument.Mention m, int first,
      int last) {
    List<CoreLabel> tokens() {
      return doc.tokens();
    }

    String text() {
      return doc.text();
    }
  }

  /** Adds the toponyms of mention {@code m} to {@code out}. */
  void read(AnnotatedDocument doc, AnnotatedDocument.Mention m, List<Toponym> out) {
    int first = doc.tokenAt(m.span().start());
    int last = doc.tokenAt(m.span().end() - 1);
    if (first < 0 || last < 0) {
      return;
    }
    Tagged t = new Tagged(doc, m, first, last);
    String tag = m.ner();
    if (PLACE_TAGS.contains(tag)) {
      fromPlaceTag(t, out);
    } else if (tag.equals("MISC") || tag.equals("NATIONALITY")) {
      fromMisc(t, out);
    } else if (tag.equals("ORGANIZATION")) {
      fromOrganisation(t, out);
    } else if (tag.equals("PERSON")) {
      fromPerson(t, out);
    }
  }

  private void fromPlaceTag(Tagged t, List<Toponym> out) {
    List<CoreLabel> tokens = t.tokens();
    int first = t.first();
    int last = t.last();
    if (OrganisationNames.beforeHead(tokens, last) || OrganisationNames.leads(tokens.get(first))
        || (first == last
            && options.stopNames().contains(t.m().text().toLowerCase(Locale.ROOT)))) {
      return; // "the West" is no place to put on a map
    }
    if (first == last && people.surnameOfNamedPerson(t.doc(), t.m().text())) {
      return; // "Miranda tweeted" after "Lin-Manuel Miranda"
    }
    if (bounds.splitPossessive(tokens, first, last, out)) {
      first++;
    }
    while (last > first && NameParts.isActNoun(tokens.get(last).word())
        && gazetteer.lookup(t.text().substring(tokens.get(first).beginPosition(),
            tokens.get(last).endPosition())).isEmpty()) {
      last--; // "Killed in Idleb Strikes": the strikes happened in Idleb
    }
    int end = bounds.extended(t.text(), tokens, first, last);
    if (end > first && bounds.endsInCountry(t.text(), tokens, first, end)) {
      // "south of the city of Tabqa Syria": a place and its country, the comma lost
      Span country = AnnotatedDocument.span(tokens.get(end));
      out.add(name(t, country, Toponym.Cue.NONE));
      end--;
    }
    Span span = new Span(tokens.get(first).beginPosition(), tokens.get(end).endPosition());
    List<Span> glued = bounds.gluedPlaces(t.text(), span);
    if (glued.size() > 1) {
      // "Rocket Attacks in Aleppo Daraa", "the Asia-Pacific": a list that lost its commas.
      for (Span part : glued) {
        out.add(name(t, part, Toponym.Cue.NONE));
      }
      return;
    }
    out.add(name(t, span, PlaceCues.cue(tokens, first, end)));
  }

  private void fromMisc(Tagged t, List<Toponym> out) {
    AnnotatedDocument.Mention m = t.m();
    Toponym.Cue cue = PlaceCues.cue(t.tokens(), t.first(), t.last());
    if (places.isDemonym(m.text())) {
      out.add(new Toponym(m.span(), m.text(), Toponym.Kind.DEMONYM, Toponym.Cue.NONE, false,
          false));
    } else if (places.isLargePlace(m.text())
        && !OrganisationNames.beforeHead(t.tokens(), t.last())) {
      out.add(whole(t, cue, false));
    } else if (cue != Toponym.Cue.NONE && !PlaceCues.peopleAdjective(t.tokens(), t.last())) {
      // CoreNLP calls "al-Jaberiyeh" of "al-Jaberiyeh village" MISC; the word says place. Not
      // so "the Kurdish city" or "a majority-Alawite district": the word says whose.
      out.add(whole(t, cue, false));
    } else {
      leadingPlace(t, out);
    }
  }

  private void fromOrganisation(Tagged t, List<Toponym> out) {
    AnnotatedDocument.Mention m = t.m();
    int first = t.first();
    String head = t.tokens().get(t.last()).word();
    if (places.isLargePlace(m.text()) || (PlaceCues.isFacilityHead(head) && first < t.last())) {
      out.add(whole(t, Toponym.Cue.NONE, false));
    } else if (first == t.last() && first > 0
        && PlaceCues.isLocative(t.tokens().get(first - 1).word())
        && gazetteer.lookup(m.text()).stream().anyMatch(e -> e.level() == Level.SETTLEMENT)) {
      // "the clashes in Afrin": one word after "in" that names a town; weak, as a town may
      // lend its name to a group.
      out.add(whole(t, PlaceCues.cue(t.tokens(), first, t.last()), true));
    } else {
      leadingPlace(t, out);
    }
  }

  private void fromPerson(Tagged t, List<Toponym> out) {
    AnnotatedDocument.Mention m = t.m();
    List<CoreLabel> tokens = t.tokens();
    int first = t.first();
    int last = t.last();
    if (!Character.isUpperCase(m.text().charAt(0))) {
      return; // "and he's wearing a mask": a pronoun, whatever follows "and"
    }
    if (bounds.splitPossessive(tokens, first, last, out)) {
      // "Syrias Homs", tagged as one person: the rest is a place if a large one.
      Span rest = new Span(tokens.get(first + 1).beginPosition(), m.span().end());
      if (places.isLargePlace(rest.of(t.text()))) {
        out.add(name(t, rest, PlaceCues.cue(tokens, first + 1, last)));
      }
      return;
    }
    // "Homs has seen the worst violence", "Douma is surrounded": a city tagged a person; weak,
    // so kept only in the article's country near its other places. But "Nelson says" after
    // "councillor Dewly Nelson" is the councillor.
    if (first == last && (places.isLargePlace(m.text())
        || gazetteer.lookup(m.text()).stream().anyMatch(e -> e.level() == Level.SETTLEMENT
        && e.population() >= PlaceNames.LARGE_TOWN))
        && !people.surnameOfNamedPerson(t.doc(), m.text())) {
      out.add(whole(t, PlaceCues.cue(tokens, first, last), true));
      return;
    }
    // "in Albu Kamal", "Deir Ezzor province": CoreNLP took a place for a person.
    Toponym.Cue cue = PlaceCues.cue(tokens, first, last);
    if (((first > 0 && PlaceCues.isLocative(tokens.get(first - 1).word()))
        || cue != Toponym.Cue.NONE) && !PersonNames.partOfLongerPerson(t.doc(), m)) {
      boolean known = gazetteer.lookup(m.text()).stream().anyMatch(e -> e.level() != Level.REGION)
          || !gazetteer.lookupLoose(m.text()).isEmpty();
      if (known) {
        // Weak unless a word such as "province" says place.
        out.add(whole(t, cue, cue == Toponym.Cue.NONE));
      }
    }
  }

  /**
   * Places inside an organisation's or event's name: "Syrian" in "Syrian Observatory", "France"
   * in "Air France KLM", "Russian" in "anti-Russian". Mentions of places, never event places.
   */
  private void leadingPlace(Tagged t, List<Toponym> out) {
    List<CoreLabel> tokens = t.tokens();
    for (int from = t.first(); from <= t.last(); from++) {
      if (!NameParts.capitalised(tokens.get(from).word())) {
        continue;
      }
      for (int end = Math.min(t.last(), from + 2); end >= from; end--) {
        if (from == t.first() && end == t.last()) {
          continue; // the whole mention was judged already
        }
        Toponym found = leading(t, from, end);
        if (found != null) {
          out.add(found);
          from = end;
          break;
        }
      }
    }
  }

  /** The place that the tokens {@code from..end} of mention {@code t} name, or null. */
  private Toponym leading(Tagged t, int from, int end) {
    List<CoreLabel> tokens = t.tokens();
    Span span = new Span(tokens.get(from).beginPosition(), tokens.get(end).endPosition());
    String name = span.of(t.text());
    if (from == end && options.stopNames().contains(name.toLowerCase(Locale.ROOT))) {
      return null; // "South" of "South Florida" is no Cameroonian region
    }
    if (places.isDemonym(name)) {
      return new Toponym(span, name, Toponym.Kind.DEMONYM, Toponym.Cue.NONE, false, false);
    }
    if ((places.isCountryOrRegion(name) || places.isLargePlace(name))
        && !(end < t.last() && places.isDemonym(tokens.get(end + 1).word()))) {
      // not a word that qualifies the people the name goes on to: "Free Syrian Army"
      return new Toponym(span, name, Toponym.Kind.NAME, Toponym.Cue.NONE, false, false);
    }
    return null;
  }

  /** The name at {@code span} of mention {@code t}, with {@code cue}. */
  private static Toponym name(Tagged t, Span span, Toponym.Cue cue) {
    return new Toponym(span, span.of(t.text()), Toponym.Kind.NAME, cue, false, false);
  }

  /** The whole mention {@code t} as the tagger wrote it, a name with {@code cue}. */
  private static Toponym whole(Tagged t, Toponym.Cue cue, boolean weak) {
    return new Toponym(t.m().span(), t.m().text(), Toponym.Kind.NAME, cue, weak, false);
  }
}
