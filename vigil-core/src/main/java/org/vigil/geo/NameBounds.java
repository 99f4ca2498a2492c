package org.vigil.geo;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;

/**
 * Where a name CoreNLP tagged really begins and ends, by what the gazetteer knows: the tagger
 * often takes only "Deir" of "Deir az-Zour", one name for "Tabqa Syria" or "Aleppo Daraa" that
 * lost their commas, and one person for "Syrias Homs" that lost its apostrophe.
 */
final class NameBounds {
  private final GeoNamesGazetteer gazetteer;
  private final PlaceOptions options;
  private final PlaceNames places;

  NameBounds(GeoNamesGazetteer gazetteer, PlaceOptions options, PlaceNames places) {
    this.gazetteer = gazetteer;
    this.options = options;
    this.places = places;
  }

  /**
   * The last token of the name that starts at {@code first}: CoreNLP often tags only "Deir" of
   * "Deir az-Zour" or "Deir Ezzor"; the following tokens join when the longer name is known.
   */
  int extended(String text, List<CoreLabel> tokens, int first, int last) {
    int best = last;
    for (int end = last + 1; end < Math.min(tokens.size(), last + 4); end++) {
      CoreLabel t = tokens.get(end);
      boolean capitalised = NameParts.capitalised(t.word());
      if (t.beginPosition() - tokens.get(end - 1).endPosition() > 1
          || !(capitalised || NameParts.isConnector(t.word()))) {
        break;
      }
      String name = text.substring(tokens.get(first).beginPosition(), t.endPosition());
      // A capitalised tail must make a known name as written ("Deir Ezzor"); one after an
      // article ("az-Zour") may be a transliteration only the skeleton knows.
      boolean known = !gazetteer.lookup(name).isEmpty();
      boolean afterArticle = NameParts.articleTail(t.word())
          || (capitalised && end - 2 > last && NameParts.isArticle(tokens.get(end - 2).word()));
      if ((capitalised && known)
          || (afterArticle && (known || !gazetteer.lookupLoose(name).isEmpty()))) {
        best = end;
      }
    }
    return best;
  }

  /**
   * The large places (see {@link PlaceNames#isLargePlace}) that {@code span} lists one after
   * another with no comma, "Aleppo Hama Damascus", "Asia-Pacific", when the gazetteer lacks the
   * whole; else the whole span alone.
   */
  List<Span> gluedPlaces(String text, Span span) {
    String whole = span.of(text);
    if (!gazetteer.lookup(whole).isEmpty() || !gazetteer.lookupLoose(whole).isEmpty()) {
      return List.of(span);
    }
    // Word starts: after a space, or after a hyphen before a capital ("Asia-Pacific", but not
    // "Deir ez-Zor").
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int k = 1; k < whole.length(); k++) {
      char before = whole.charAt(k - 1);
      if ((before == ' ' || before == '-') && Character.isUpperCase(whole.charAt(k))) {
        starts.add(k);
      } else if (before == ' ') {
        return List.of(span); // a lower-case word inside: "Daraa al-Balad" is one place
      }
    }
    List<Span> parts = new ArrayList<>();
    int at = 0;
    while (at < starts.size()) {
      int next = -1;
      for (int to = starts.size(); to > at; to--) {
        int end = to == starts.size() ? whole.length() : starts.get(to) - 1;
        String part = whole.substring(starts.get(at), end);
        // "U.S. Virgin Islands": an abbreviated country qualifies the name after it.
        if (!part.endsWith(".") && places.isLargePlace(part)) {
          parts.add(new Span(span.start() + starts.get(at), span.start() + end));
          next = to;
          break;
        }
      }
      if (next < 0) {
        return List.of(span);
      }
      at = next;
    }
    return parts;
  }

  /**
   * Whether the tokens are no known name whole, but a place of a country (or a country)
   * followed by that country's name: "Tabqa Syria", not "Western US" or "Nazi Germany".
   */
  boolean endsInCountry(String text, List<CoreLabel> tokens, int first, int last) {
    String whole = text.substring(tokens.get(first).beginPosition(),
        tokens.get(last).endPosition());
    String head = text.substring(tokens.get(first).beginPosition(),
        tokens.get(last - 1).endPosition());
    if (!gazetteer.lookup(whole).isEmpty()
        || options.stopNames().contains(head.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return gazetteer.lookup(tokens.get(last).word()).stream()
        .filter(e -> e.level() == Level.COUNTRY)
        .anyMatch(c -> gazetteer.lookup(head).stream().anyMatch(e ->
            e.level() == Level.COUNTRY || e.country().equals(c.country())));
  }

  /**
   * Adds the mention's first word as a place of its own when it is a large place's possessive
   * that lost its apostrophe and more follows: "Aleppos Sukkari", "Syrias Homs".
   */
  boolean splitPossessive(List<CoreLabel> tokens, int first, int last, List<Toponym> out) {
    String head = tokens.get(first).word();
    if (first == last || !head.endsWith("s") || head.length() <= 4
        || !places.isLargePlace(head.substring(0, head.length() - 1))) {
      return false;
    }
    out.add(new Toponym(AnnotatedDocument.span(tokens.get(first)), head, Toponym.Kind.NAME,
        Toponym.Cue.NONE, false, false));
    return true;
  }
}
