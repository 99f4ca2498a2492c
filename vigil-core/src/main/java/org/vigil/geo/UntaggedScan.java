package org.vigil.geo;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;

/**
 * The toponyms among the tokens CoreNLP left untagged: runs of capitalised words the gazetteer
 * knows as a country or region, as a first-level region or a large town by its own name, or as
 * a town a word such as "province" or "in" announces; names no gazetteer has that a word
 * announces ("the camp of Qah"); and Arabic names after "in" that only their consonants match
 * ("in al-Hassakeh").
 */
final class UntaggedScan {
  private final GeoNamesGazetteer gazetteer;
  private final PlaceOptions options;
  private final PlaceNames places;
  private final PersonNames people;

  UntaggedScan(GeoNamesGazetteer gazetteer, PlaceOptions options, PlaceNames places,
      PersonNames people) {
    this.gazetteer = gazetteer;
    this.options = options;
    this.places = places;
    this.people = people;
  }

  /** Adds the toponyms among the untagged tokens of {@code doc} to {@code out}. */
  void scan(AnnotatedDocument doc, List<Toponym> out) {
    List<CoreLabel> tokens = doc.tokens();
    String text = doc.text();
    for (int i = 0; i < tokens.size(); i++) {
      if (!untagged(tokens.get(i)) || !NameParts.nameStart(tokens.get(i).word())) {
        continue;
      }
      int matchedEnd = -1;
      for (int end = Math.min(tokens.size() - 1, i + options.maxNameTokens() - 1); end >= i;
          end--) {
        if (!runOfName(tokens, i, end)) {
          continue;
        }
        Span span = new Span(tokens.get(i).beginPosition(), tokens.get(end).endPosition());
        String name = span.of(text);
        Toponym t = toponym(tokens, i, end, span, name);
        if (t != null && i == end && people.surnameOfNamedPerson(doc, name)) {
          break; // "Miranda's son" after "Lin-Manuel Miranda"
        }
        if (t != null) {
          out.add(t);
          matchedEnd = end;
          break;
        }
      }
      if (matchedEnd >= 0) {
        i = matchedEnd;
      }
    }
  }

  /** The toponym the untagged tokens {@code i..end} name, or null. */
  private Toponym toponym(List<CoreLabel> tokens, int i, int end, Span span, String name) {
    if ((i == end && options.stopNames().contains(name.toLowerCase(Locale.ROOT)))
        || OrganisationNames.beforeHead(tokens, end) || OrganisationNames.leads(tokens.get(i))) {
      return null;
    }
    if (places.isDemonym(name)) {
      return new Toponym(span, name, Toponym.Kind.DEMONYM, Toponym.Cue.NONE, false, false);
    }
    Toponym.Cue cue = PlaceCues.cue(tokens, i, end);
    // "al-Zor" of "Deir al-Zor" is often tagged an adjective.
    boolean proper = tokens.get(end).tag().startsWith("NNP")
        || NameParts.articleTail(tokens.get(end).word());
    if (known(tokens, i, end, name, proper, cue)) {
      return new Toponym(span, name, Toponym.Kind.NAME, cue, false, false);
    }
    // Not in the gazetteer, but announced: "the camp of Qah", "Atmeh camp".
    if (proper && cue != Toponym.Cue.NONE && end - i < 3) {
      return new Toponym(span, name, Toponym.Kind.NAME, cue, false, false);
    }
    return i == end ? articleName(tokens, i, cue) : null;
  }

  /**
   * Whether the gazetteer knows the untagged {@code name} of tokens {@code i..end} as a place
   * sure enough to read without a tag.
   */
  private boolean known(List<CoreLabel> tokens, int i, int end, String name, boolean proper,
      Toponym.Cue cue) {
    String key = NameKey.exact(name);
    boolean dotted = tokens.get(end).word().endsWith(".")
        || (end + 1 < tokens.size() && tokens.get(end + 1).word().equals("."));
    for (GazetteerEntry e : gazetteer.lookup(name)) {
      if (!dotted && onlyAbbreviated(e, key)) {
        continue; // "Easter Sunday Mass" is no "Mass."
      }
      boolean wide = e.level() == Level.COUNTRY || e.level() == Level.REGION;
      // An untagged word matching only one of a town's many alternate names ("Quds" of
      // Jerusalem, in "Quds Force") is more often something else; a longer name ("Deir
      // al-Zor") is rarely, and an area's few names ("Ghouta") are all its own.
      boolean ownName = NameKey.exact(e.name()).equals(key) || end > i
          || (e.names().size() > 1 && NameKey.exact(e.names().get(1)).equals(key))
          || e.listedArea();
      if ((wide && (proper || GeoNamesGazetteer.isAcronym(name)))
          || (proper && ownName && e.level() == Level.ADMIN1)
          || (proper && ownName && (e.population() >= options.minPopulationUntagged()
          || cue != Toponym.Cue.NONE || PlaceCues.locativeBefore(tokens, i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An Arabic name after "in" or "near", spelled as the gazetteer does not: "in al-Hassakeh"
   * (Al-Hasakah), tokenised as one word or as "al", "-", "Hassakeh". Null if none.
   */
  private Toponym articleName(List<CoreLabel> tokens, int i, Toponym.Cue cue) {
    int first = i;
    if (!NameParts.articleTail(tokens.get(i).word())) {
      if (i < 2 || !tokens.get(i - 1).word().equals("-")
          || !NameParts.isArticle(tokens.get(i - 2).word())) {
        return null;
      }
      first = i - 2;
    }
    if (first == 0 || !PlaceCues.isScenePreposition(tokens.get(first - 1).word())) {
      return null;
    }
    Span span = new Span(tokens.get(first).beginPosition(), tokens.get(i).endPosition());
    String name = first == i ? tokens.get(i).word()
        : tokens.get(first).word() + "-" + tokens.get(i).word();
    if (span.length() != name.length() || gazetteer.lookupLoose(name).isEmpty()) {
      return null;
    }
    return new Toponym(span, name, Toponym.Kind.NAME, cue, false, false);
  }

  /** Whether the tokens {@code i..end} are one run of a name, all untagged. */
  private static boolean runOfName(List<CoreLabel> tokens, int i, int end) {
    for (int k = i; k <= end; k++) {
      CoreLabel t = tokens.get(k);
      if (!untagged(t)) {
        return false;
      }
      boolean inner = k > i && k < end;
      if (k == i && NameParts.nameStart(t.word())) {
        continue;
      }
      boolean articleTail = k == end && k > i && NameParts.articleTail(t.word());
      if (!NameParts.capitalised(t.word()) && !(inner && NameParts.isConnector(t.word()))
          && !articleTail) {
        return false;
      }
      if (k > i && t.beginPosition() - tokens.get(k - 1).endPosition() > 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean untagged(CoreLabel t) {
    String ner = t.ner();
    return ner == null || ner.equals("O");
  }

  /** Whether {@code e} has the name {@code key} only as a dotted abbreviation ("Mass."). */
  private static boolean onlyAbbreviated(GazetteerEntry e, String key) {
    boolean abbreviated = false;
    for (String n : e.names()) {
      if (NameKey.exact(n).equals(key)) {
        if (!n.endsWith(".")) {
          return false;
        }
        abbreviated = true;
      }
    }
    return abbreviated;
  }
}
