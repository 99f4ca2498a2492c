package org.vigil.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Named regular expressions bundled with Vigil, one table for the phrases of one concern
 * ("the words that put an event in the past"). Each row is {@code name<TAB>part}; the parts of
 * one name, in the table's order, make its expression, so that a long alternation is written one
 * alternative a row. The reader says which names it expects; a name it does not expect, a name
 * with no row, or an expression that does not compile fails at start-up, naming file and line.
 * A reader may lend the table shared pieces: {@code {actor}} in a part stands for the piece the
 * reader names "actor".
 */
public final class PatternTable {
  private final String file;
  private final Map<String, Pattern> patterns;

  private PatternTable(String file, Map<String, Pattern> patterns) {
    this.file = file;
    this.patterns = patterns;
  }

  /** The expressions of {@code resource} (found beside {@code owner}); exactly {@code names}. */
  public static PatternTable load(Class<?> owner, String resource, Set<String> names) {
    return load(owner, resource, names, Map.of());
  }

  /** As {@link #load(Class, String, Set)}, with {@code {key}} in a part standing for a piece. */
  public static PatternTable load(Class<?> owner, String resource, Set<String> names,
      Map<String, String> pieces) {
    return of(DataTable.lines(owner, resource), resource, names, pieces);
  }

  static PatternTable of(List<DataTable.Line> lines, String file, Set<String> names) {
    return of(lines, file, names, Map.of());
  }

  static PatternTable of(List<DataTable.Line> lines, String file, Set<String> names,
      Map<String, String> pieces) {
    Map<String, StringBuilder> parts = new LinkedHashMap<>();
    Map<String, DataTable.Line> first = new LinkedHashMap<>();
    for (DataTable.Line line : lines) {
      String[] f = line.text().split("\t", -1);
      if (f.length != 2 || f[0].isBlank() || f[1].isEmpty()) {
        throw line.error("expected a name and a part of its expression, tab-separated");
      }
      String name = f[0].strip();
      if (!names.contains(name)) {
        throw line.error("'" + name + "' is not one of " + new TreeSet<>(names));
      }
      first.putIfAbsent(name, line);
      String part = f[1];
      for (Map.Entry<String, String> piece : pieces.entrySet()) {
        part = part.replace("{" + piece.getKey() + "}", piece.getValue());
      }
      parts.computeIfAbsent(name, n -> new StringBuilder()).append(part);
    }
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    for (String name : names) {
      if (!parts.containsKey(name)) {
        throw new IllegalStateException(file + ": the expression '" + name + "' has no row");
      }
      try {
        patterns.put(name, Pattern.compile(parts.get(name).toString()));
      } catch (PatternSyntaxException e) {
        throw first.get(name).error("'" + name + "' is no regular expression: "
            + e.getDescription());
      }
    }
    return new PatternTable(file, patterns);
  }

  /** The expression {@code name}. */
  public Pattern get(String name) {
    Pattern p = patterns.get(name);
    if (p == null) {
      throw new IllegalArgumentException(file + " was not read for an expression '" + name + "'");
    }
    return p;
  }
}
