package org.vigil.time;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When a war began, and the words that name its country: "the nearly nine-year-old war" in a
 * report about Syria dates the report to about 2020.
 *
 * @param names a pattern matching the country's names in a text ("Syria|Syrian")
 * @param start the month the war is usually dated from
 */
public record ConflictStart(String conflict, Pattern names, YearMonth start) {

  /**
   * Start dates as news agencies count them when they write a war's age. Where a country saw
   * more than one war, the one its news most often ages is listed.
   */
  public static List<ConflictStart> defaults() {
    return List.of(
        of("Syrian civil war", "Syria|Syrian|Syria's", 2011, 3),
        of("war in Yemen", "Yemen|Yemeni|Yemen's", 2014, 9),
        of("war in Afghanistan", "Afghanistan|Afghan", 2001, 10),
        of("Iraq war", "Iraq|Iraqi|Iraq's", 2003, 3),
        of("war in Libya", "Libya|Libyan|Libya's", 2011, 2),
        of("South Sudanese civil war", "South Sudan|South Sudanese", 2013, 12),
        of("Boko Haram insurgency", "Boko Haram|Nigeria|Nigerian", 2009, 7),
        of("war in Mali", "Mali|Malian", 2012, 1),
        of("war in Donbas and Russian invasion of Ukraine", "Ukraine|Ukrainian|Donbas", 2014, 4),
        of("Tigray war", "Tigray|Tigrayan", 2020, 11),
        of("Myanmar civil war", "Myanmar", 2021, 2),
        of("war in Sudan", "(?<!South )Sudan|(?<!South )Sudanese", 2023, 4));
  }

  private static ConflictStart of(String conflict, String names, int year, int month) {
    return new ConflictStart(conflict, Pattern.compile("\\b(?:" + names + ")\\b"),
        YearMonth.of(year, month));
  }
}
