package org.vigil.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.tables.CalendarWords;
import org.vigil.tables.WordLists;

/**
 * How the place extractor finds and resolves toponyms.
 *
 * @param maxNameTokens longest run of tokens looked up as one name ("Rif Dimashq Governorate")
 * @param minPopulationUntagged a settlement CoreNLP did not tag and no word around announces is
 *     taken only from this population up: small towns share names with common words and people
 * @param fallbackSentences how far, in sentences, a place missing from the gazetteer looks for
 *     the region that contains it ("the camp of Qah" ... "from Idlib province")
 * @param stopNames capitalised words never read as places alone: by default the months of the
 *     Gregorian and the Islamic calendar, feasts, days and their abbreviations as datelines print
 *     them ({@link CalendarWords}), and titles, "God", directions and the like (stop-names.tsv)
 */
public record PlaceOptions(int maxNameTokens, long minPopulationUntagged, int fallbackSentences,
    Set<String> stopNames) {

  /** The lists of stop-names.tsv, the stop names the calendar does not give. */
  private static final List<String> STOP_NAME_LISTS = List.of("title", "faith-or-people",
      "direction", "season", "common-word", "arabic-first-word", "armed-group");
  private static final Set<String> DEFAULT_STOP_NAMES = defaultStopNames();

  public PlaceOptions {
    stopNames = Set.copyOf(stopNames);
  }

  public static PlaceOptions defaults() {
    return new PlaceOptions(5, 50_000, 2, DEFAULT_STOP_NAMES);
  }

  private static Set<String> defaultStopNames() {
    Set<String> out = new HashSet<>(CalendarWords.months());
    out.addAll(CalendarWords.monthShortForms());
    out.addAll(CalendarWords.weekdays());
    out.addAll(CalendarWords.weekdayShortForms());
    out.addAll(CalendarWords.islamicNames());
    WordLists words = WordLists.load(PlaceOptions.class, "stop-names.tsv",
        Set.copyOf(STOP_NAME_LISTS));
    for (String list : STOP_NAME_LISTS) {
      out.addAll(words.set(list));
    }
    return Set.copyOf(out);
  }
}
