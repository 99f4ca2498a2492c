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

  public static PeopleOptions defaults() {
    return new PeopleOptions(
        Set.of("senator", "governor", "president", "candidate", "nominee", "mayor", "minister",
            "spokesman", "spokeswoman", "spokesperson", "congressman", "congresswoman",
            "representative", "secretary", "chairman", "chairwoman", "director", "commander",
            "official", "leader", "lawmaker", "ambassador", "general", "chief", "founder",
            "activist", "lawyer", "attorney", "judge", "prosecutor", "doctor", "native",
            "survivor", "resident", "father", "mother", "widow", "witness", "businessman",
            "businesswoman", "billionaire", "adviser", "advisor", "aide", "strategist",
            "pollster", "host", "analyst", "professor", "economist", "executive", "ceo",
            "manager", "vice", "veteran", "sheriff", "officer", "chancellor", "king", "queen",
            "prince", "emir", "premier", "pope", "reverend", "pastor", "imam", "rabbi",
            "nurse", "teacher", "student", "farmer", "worker", "fighter", "rebel", "soldier",
            "volunteer", "journalist", "reporter", "writer", "author", "actor", "actress",
            "singer", "star", "coach", "player", "democrat", "republican"),
        Set.of("town", "city", "village", "district", "province", "region", "camp", "area",
            "neighbourhood", "neighborhood", "border", "crossing", "county", "state",
            "country", "capital", "suburb", "governorate", "valley", "river", "mountain",
            "airport", "base", "street", "square", "road", "highway", "port"),
        4);
  }
}
