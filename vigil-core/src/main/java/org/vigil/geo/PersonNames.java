package org.vigil.geo;

import org.vigil.nlp.AnnotatedDocument;

/**
 * Whether a name the tagger or the gazetteer offers as a place belongs to a person the article
 * names in full: "Miranda" after "Lin-Manuel Miranda", "Soleimani" after "Qasem Soleimani".
 */
final class PersonNames {
  private final PlaceNames places;

  PersonNames(PlaceNames places) {
    this.places = places;
  }

  /**
   * Whether the name ends a longer person's name the article gives that begins with no place:
   * "Nelson" of "Dewly Nelson", but not "Homs" of "Syrias Homs", which CoreNLP tags a person.
   */
  boolean surnameOfNamedPerson(AnnotatedDocument doc, String name) {
    for (AnnotatedDocument.Mention other : doc.mentions()) {
      String whole = other.text();
      if (other.ner().equals("PERSON") && whole.endsWith(" " + name)) {
        String first = whole.substring(0, whole.indexOf(' '));
        String bare = first.replaceAll("['’]?s$", "");
        if (!places.isLargePlace(first) && !places.isLargePlace(bare)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Soleimani" after "killing of" is the Qasem Soleimani named elsewhere, not a town. */
  static boolean partOfLongerPerson(AnnotatedDocument doc, AnnotatedDocument.Mention m) {
    for (AnnotatedDocument.Mention other : doc.mentions()) {
      if (other.ner().equals("PERSON") && other.text().length() > m.text().length()
          && other.text().contains(m.text())) {
        return true;
      }
    }
    return false;
  }
}
