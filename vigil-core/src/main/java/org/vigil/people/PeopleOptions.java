package org.vigil.people;

import java.util.Set;

/**
 * How people are found and merged.
 *
 * @param roleNouns nouns that name a person by role ("the senator", "the spokesman"); a
 *     definite one is resolved to the nearest preceding person described with it
 * @param placeNouns nouns that, in apposition, show a PERSON tag is really a place ("Albu
 *     Kamal -- the last town held by IS")
 * @param maxDescriptorTokens longest descriptor kept ("displaced Aleppo native" is 3)
 */
public record PeopleOptions(Set<String> roleNouns, Set<String> placeNouns, int maxDescriptorTokens) {
  public PeopleOptions {
    roleNouns = Set.copyOf(roleNouns);
    placeNouns = Set.copyOf(placeNouns);
  }

  /** The bundled role and place nouns of {@code descriptions.tsv}, descriptors of 4 tokens. */
  public static PeopleOptions defaults() {
    return new PeopleOptions(PeopleExtractor.ROLE_NOUNS, PeopleExtractor.PLACE_NOUNS, 4);
  }
}
