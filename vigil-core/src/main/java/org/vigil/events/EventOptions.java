package org.vigil.events;

/**
 * How the event extractor links an incident to its place and gathers its mentions.
 *
 * @param placeAfterChars how far after the trigger a toponym may name the incident's place
 *     ("strike ... on the camp of Qah")
 * @param placeBeforeChars how far before it ("Aleppo bomb blast"); further back a toponym is
 *     usually the scene of something else in the sentence
 * @param lookBackSentences how many earlier sentences of the paragraph may supply a place, and
 *     how far a sentence of figures alone ("A total of 33 people died") attaches to the
 *     incident before it
 * @param articlePlaceFallback give an incident with no place of its own the article's first
 *     settlement or region: news reports name their main scene in the headline or lead
 * @param neighbourKm how far from the centre of the article's focus country a place abroad
 *     tied to its trigger ("a drone strike in Baghdad") is still believed; further away it is
 *     more often a gazetteer misreading of a village than a scene
 * @param townKm how close two places within or near a settlement (precision 1 or 2) must be
 *     to be one incident's scene: a town and its neighbourhood
 */
public record EventOptions(
    int placeAfterChars, int placeBeforeChars, int lookBackSentences,
    boolean articlePlaceFallback, double neighbourKm, double townKm) {

  public static EventOptions defaults() {
    return new EventOptions(140, 40, 2, true, 800, 10);
  }
}
