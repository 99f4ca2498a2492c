package org.vigil.tables;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one calendar lexicon of Vigil (calendar.tsv): month and weekday names with their short
 * forms and numbers, and the Islamic months and feasts that reports name.
 */
public final class CalendarWords {
  private static final WordLists WORDS = WordLists.load(CalendarWords.class, "calendar.tsv",
      Set.of("month", "month-short", "weekday", "weekday-short", "islamic-month", "feast"));

  private static final Map<String, Integer> MONTHS = monthNumbers();

  private CalendarWords() {}

  /** The month names, January first, lower case. */
  public static List<String> months() {
    return WORDS.list("month");
  }

  /** The short forms of month names ("jan", "sept"), lower case, without their dot. */
  public static Set<String> monthShortForms() {
    return WORDS.set("month-short");
  }

  /** The weekday names, Monday first, lower case. */
  public static List<String> weekdays() {
    return WORDS.list("weekday");
  }

  /** The short forms of weekday names ("thu", "thurs"), lower case, without their dot. */
  public static Set<String> weekdayShortForms() {
    return WORDS.set("weekday-short");
  }

  /** {@code words} capitalised as the alternatives of a regular expression ("Jan|Feb"). */
  public static String capitalised(java.util.Collection<String> words) {
    return String.join("|", words.stream()
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
  }

  /** The month of a name or short form in lower case ("sept" 9), or 0 for another word. */
  public static int monthNumber(String word) {
    Integer n = MONTHS.get(word);
    return n == null ? 0 : n;
  }

  /** The Islamic months and feasts that reports name ("ramadan", "eid"), lower case. */
  public static Set<String> islamicNames() {
    Set<String> out = new LinkedHashSet<>(WORDS.set("islamic-month"));
    out.addAll(WORDS.set("feast"));
    return out;
  }

  private static Map<String, Integer> monthNumbers() {
    Map<String, Integer> out = new java.util.HashMap<>(WORDS.numbers("month"));
    out.putAll(WORDS.numbers("month-short"));
    return Map.copyOf(out);
  }
}
