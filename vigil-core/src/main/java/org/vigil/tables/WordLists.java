package org.vigil.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named lists of words bundled with Vigil, one table for one concern (the casualty words, the
 * cue verbs of quotes). Each row is {@code list<TAB>entry}, or {@code list<TAB>entry<TAB>value}
 * for a list that maps its words to a value ("dozen" to 12). The reader says which lists it
 * expects; a row of another list, a list with no row, a word twice in a list or a row of the
 * wrong width fails at start-up, naming file and line.
 */
public final class WordLists {
  private final String file;
  private final Map<String, Map<String, DataTable.Line>> lists;

  private WordLists(String file, Map<String, Map<String, DataTable.Line>> lists) {
    this.file = file;
    this.lists = lists;
  }

  /** The lists of {@code resource} (found beside {@code owner}); exactly {@code names}. */
  public static WordLists load(Class<?> owner, String resource, Set<String> names) {
    return of(DataTable.lines(owner, resource), resource, names);
  }

  static WordLists of(List<DataTable.Line> lines, String file, Set<String> names) {
    Map<String, Map<String, DataTable.Line>> lists = new LinkedHashMap<>();
    for (String name : names) {
      lists.put(name, new LinkedHashMap<>());
    }
    for (DataTable.Line line : lines) {
      String[] f = line.fields();
      if (f.length < 2 || f.length > 3 || f[1].isEmpty()) {
        throw line.error("expected list, entry and an optional value, tab-separated");
      }
      Map<String, DataTable.Line> list = lists.get(f[0]);
      if (list == null) {
        throw line.error("'" + f[0] + "' is not one of the lists "
            + new java.util.TreeSet<>(names));
      }
      if (list.put(f[1], line) != null) {
        throw line.error("'" + f[1] + "' is already in " + f[0]);
      }
    }
    lists.forEach((name, list) -> {
      if (list.isEmpty()) {
        throw new IllegalStateException(file + ": the list '" + name + "' has no entry");
      }
    });
    return new WordLists(file, lists);
  }

  /** The entries of list {@code name}, in the table's order. */
  public Set<String> set(String name) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(rows(name).keySet()));
  }

  /** The entries of list {@code name}, in the table's order. */
  public List<String> list(String name) {
    return List.copyOf(rows(name).keySet());
  }

  /** The entries of list {@code name} with their values, in the table's order. */
  public Map<String, String> map(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    rows(name).forEach((word, line) -> out.put(word, value(line)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The entries of list {@code name} with their values, each of which must be one of
   * {@code allowed}; another value fails, naming its line.
   */
  public Map<String, String> map(String name, java.util.Collection<String> allowed) {
    rows(name).forEach((word, line) -> {
      if (!allowed.contains(value(line))) {
        throw line.error("'" + value(line) + "' is not one of " + allowed);
      }
    });
    return map(name);
  }

  /** The entries of list {@code name} with their values, which must be whole numbers. */
  public Map<String, Integer> numbers(String name) {
    Map<String, Integer> out = new LinkedHashMap<>();
    rows(name).forEach((word, line) -> {
      try {
        out.put(word, Integer.parseInt(value(line)));
      } catch (NumberFormatException e) {
        throw line.error("'" + value(line) + "' is not a whole number");
      }
    });
    return Collections.unmodifiableMap(out);
  }

  /**
   * The entries of {@code name} as the alternatives of a regular expression, in the table's
   * order (where one entry begins another, the table puts the longer first).
   */
  public String alternation(String name) {
    return alternation(rows(name).keySet());
  }

  /** {@code words} as the alternatives of a regular expression, each matched literally. */
  public static String alternation(java.util.Collection<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(out.isEmpty() ? "" : "|")
          .append(w.matches("[\\p{L}\\p{N} ]+") ? w : java.util.regex.Pattern.quote(w));
    }
    return out.toString();
  }

  private Map<String, DataTable.Line> rows(String name) {
    Map<String, DataTable.Line> rows = lists.get(name);
    if (rows == null) {
      throw new IllegalArgumentException(file + " was not read for a list '" + name + "'");
    }
    return rows;
  }

  private static String value(DataTable.Line line) {
    String[] f = line.fields();
    if (f.length < 3 || f[2].isEmpty()) {
      throw line.error("the entry '" + f[1] + "' has no value");
    }
    return f[2];
  }
}
