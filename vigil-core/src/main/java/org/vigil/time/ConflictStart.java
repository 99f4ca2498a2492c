package org.vigil.time;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vigil.tables.DataTable;

/**
 * When a war began, and the words that name its country: "the nearly nine-year-old war" in a
 * report about Syria dates the report to about 2020.
 *
 * @param names a pattern matching the country's names in a text ("Syria|Syrian")
 * @param start the month the war is usually dated from
 */
public record ConflictStart(String conflict, Pattern names, YearMonth start) {

  private static final List<ConflictStart> DEFAULTS = read("conflicts.tsv");

  /** The wars of {@code conflicts.tsv}, read when Vigil starts. */
  public static List<ConflictStart> defaults() {
    return DEFAULTS;
  }

  private static List<ConflictStart> read(String file) {
    List<ConflictStart> out = new ArrayList<>();
    for (DataTable.Line line : DataTable.lines(ConflictStart.class, file)) {
      String[] f = line.fields();
      if (f.length != 3) {
        throw line.error("expected conflict, names and start (year-month), tab-separated");
      }
      try {
        out.add(new ConflictStart(f[0], Pattern.compile("\\b(?:" + f[1] + ")\\b"),
            YearMonth.parse(f[2])));
      } catch (PatternSyntaxException e) {
        throw line.error("the names are no regular expression: " + e.getDescription());
      } catch (DateTimeParseException e) {
        throw line.error("'" + f[2] + "' is no year-month such as 2011-03");
      }
    }
    return List.copyOf(out);
  }
}
