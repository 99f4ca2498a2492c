package org.vigil.geo;

import java.util.Set;

/**
 * How the place extractor finds and resolves toponyms.
 *
 * @param maxNameTokens longest run of tokens looked up as one name ("Rif Dimashq Governorate")
 * @param minPopulationUntagged a settlement CoreNLP did not tag and no word around announces is
 *     taken only from this population up: small towns share names with common words and people
 * @param fallbackSentences how far, in sentences, a place missing from the gazetteer looks for
 *     the region that contains it ("the camp of Qah" ... "from Idlib province")
 * @param stopNames capitalised words never read as places alone (months, of the Gregorian and
 *     the Islamic calendar, feasts, days and their abbreviations as datelines print them, titles,
 *     "God")
 */
public record PlaceOptions(int maxNameTokens, long minPopulationUntagged, int fallbackSentences,
    Set<String> stopNames) {

  public PlaceOptions {
    stopNames = Set.copyOf(stopNames);
  }

  public static PlaceOptions defaults() {
    return new PlaceOptions(5, 50_000, 2, Set.of(
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "muharram", "safar", "rajab", "shaban", "ramadan",
        "shawwal", "eid", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "sat", "sun", "god", "allah", "president", "minister", "general",
        "mr", "mrs", "ms", "dr", "king", "prince", "sheikh", "imam", "pope", "saint", "st",
        "university", "college", "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "centre", "center", "city", "state", "union",
        "police", "army", "islam", "christian", "muslim", "sunni", "shiite", "arab", "kurd",
        "jihad", "hope", "liberty", "justice", "victory", "mission", "media", "news", "chase",
        "page", "click", "home", "best", "will", "can", "are", "said", "says", "spring", "summer",
        "autumn", "winter",
        // first words of Arabic place names, places only with what follows ("Deir ez-Zor")
        "deir", "dayr", "tal", "tell", "kafr", "ain", "ayn", "jisr", "khan", "maarat", "bab"));
  }
}
