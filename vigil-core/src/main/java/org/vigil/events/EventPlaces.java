package org.vigil.events;

import java.util.List;
import java.util.Objects;
import org.vigil.model.Place;
import org.vigil.model.Span;

/**
 * Decides where mentions and incidents happened, among the places {@link PlaceLinker} ties to
 * their words: a mention's place is the one its triggers name; an incident's the finest its
 * mentions name, else one named before it, else the governorate the article is about.
 */
final class EventPlaces {

  private final EventOptions options;

  EventPlaces(EventOptions options) {
    this.options = options;
  }

  /** The place the sentence ties to {@code main}, one of its {@code hits}, or null. */
  static PlaceLinker.Link ofMention(PlaceLinker places, String text, Span sentence,
      TriggerLexicon.Hit main, List<TriggerLexicon.Hit> hits) {
    PlaceLinker.Link link = places.link(text, sentence, main.span());
    if (link == null || places.isCountry(link.place())) {
      // "Syria air raids kill 20 ... in air strikes targeting an IS training base in Raqa":
      // another trigger of the sentence may say where.
      for (TriggerLexicon.Hit h : hits) {
        PlaceLinker.Link other = h == main ? null : places.link(text, sentence, h.span());
        if (other != null && !places.isCountry(other.place())) {
          link = other;
          break;
        }
      }
    }
    if (link != null && places.foreignPartOfTown(text, link)) {
      link = null;
    }
    return link;
  }

  /**
   * The incident's place, or null. {@code sentences} are the report's, {@code recalled} those
   * that tell only of older incidents, which say nothing of where today's happened.
   */
  Place ofIncident(IncidentGrouper.Incident incident, PlaceLinker places, List<Span> sentences,
      List<Span> recalled) {
    // A country, or a place abroad not tied to the trigger ("Moscow said ..."), is kept only
    // when nothing finer is near; "a drone strike in Baghdad" stays in Baghdad.
    Place linked = incident.place();
    boolean strong = incident.mentions.stream()
        .anyMatch(m -> m.place() == linked && m.placeStrong());
    // "an attack in Syria" in a report from Washington: what is finer lies in Syria
    String bound = strong && places.isCountry(linked) ? linked.country() : null;
    Place place = linked;
    if (place == null || !places.fine(place)) {
      EventMention first = incident.mentions.get(0);
      int from = Math.max(0, first.sentence() - options.lookBackSentences());
      Place finer = places.before(sentences.get(from), first.sentenceSpan(), bound);
      boolean tied = strong && !places.isCountry(place) && places.nearFocus(place);
      if (finer == null && options.articlePlaceFallback() && !tied) {
        finer = places.first(bound, recalled);
      }
      place = finer != null ? finer : place;
    }
    // Still no region of the article's country (a country, "Washington", a Syrian village
    // the gazetteer put in Texas, "Northern Syria"): the governorate the article is about,
    // unless a preposition ties the incident to a place in the neighbourhood ("in Baghdad").
    // A settlement across the border, near the governorate ("Kilis"), keeps its own.
    Place region = places.governorate(bound);
    if (region != null && (place == null || !PlaceLinker.regional(place)
        || !place.country().equals(region.country()) && !places.near(place, region))) {
      final Place chosen = place;
      boolean tiedAbroad = chosen != null && !places.isCountry(chosen)
          && PlaceLinker.regional(chosen) && places.nearFocus(chosen)
          && incident.mentions.stream().anyMatch(m -> m.place() == chosen && m.placeStrong());
      if (!tiedAbroad) {
        place = region;
      }
    }
    Place named = place == null || places.isCountry(place)
        ? places.placeNamedOnlyInPassing() : null;
    if (named != null && (place == null || Objects.equals(named.country(), place.country()))) {
      place = named; // no scene of its own: where the local body or the residents named are
    }
    return place;
  }
}
