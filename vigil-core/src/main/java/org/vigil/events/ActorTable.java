package org.vigil.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Event.Actor;
import org.vigil.tables.DataTable;
import org.vigil.tables.WordLists;

/**
 * Names an actor phrase of the text as one actor with its ACLED category, from the tables
 * {@code actors.tsv} (aliases) and {@code state-forces.tsv} (the names of states' forces).
 *
 * <p>A phrase is read by the aliases it holds as whole words: a named group or militia first
 * ("Syrian rebels" are rebels, "Turkish-backed" or not; "TTP militants" are the TTP, a named
 * group before a kind of men), else the first state its words name
 * ("Russian warplanes", "the Syrian army"), where "the regime", "army" or "government
 * helicopters" name the state where the event happens. A state's forces are State forces at
 * home and External/Other forces abroad. A phrase the tables do not know is kept,
 * uncategorised, when it is a proper name ("Liwa al-Quds"); anything else ("Several",
 * "armed") names no one.
 */
final class ActorTable {

  private static final WordLists PARTICLES = WordLists.load(ActorTable.class,
      "name-particles.tsv", Set.of("article-prefix", "particle"));
  /** A lower-case word a name may hold: "al-Quds", "of". */
  private static final Pattern NAME_PARTICLE = Pattern.compile("(?:"
      + PARTICLES.alternation("article-prefix") + ")\\S+|" + PARTICLES.alternation("particle"));

  /**
   * The Arabic article joined to a name word as a regular expression ("al-" of "Jaish
   * al-Islam"), in any case.
   */
  static String articlePrefix() {
    return "(?i:" + PARTICLES.alternation("article-prefix") + ")";
  }

  static final Set<String> CATEGORIES = Set.of("State forces", "Rebel groups",
      "Political militias", "Identity militias", "Rioters", "Protesters", "Civilians",
      "External/Other forces");

  /** A row of {@code actors.tsv}: a group's name and category, or a state's code or "@". */
  record Entry(String name, String category, String state) {}

  /**
   * An acronym with an "s": its plural or its possessive whose apostrophe a feed dropped
   * ("ISILs terrorists", "the SDF's fighters").
   */
  private static final Pattern ACRONYM_S = Pattern.compile("\\b([A-Z]{2,})['’]?s\\b");

  private static final String HERE = "@";

  private final Map<String, Entry> aliases;
  private final Map<String, String> stateForces;
  private final int longestAlias;

  ActorTable(Map<String, Entry> aliases, Map<String, String> stateForces) {
    this.aliases = Map.copyOf(aliases);
    this.stateForces = Map.copyOf(stateForces);
    this.longestAlias = aliases.keySet().stream().mapToInt(a -> a.split(" ").length).max()
        .orElse(1);
  }

  /** The tables bundled with Vigil, read when Vigil starts. */
  static final ActorTable STANDARD = standard();

  private static ActorTable standard() {
    Map<String, Entry> aliases = new HashMap<>();
    for (DataTable.Line row : rows("actors.tsv", 4)) {
      String[] f = row.fields();
      String state = f[3];
      boolean isState = !state.isEmpty();
      if (isState && !(state.equals(HERE) || state.matches("[A-Z]{2}"))
          || isState != (f[1].isEmpty() && f[2].isEmpty())
          || !isState && !CATEGORIES.contains(f[2])) {
        throw row.error("expected a name and an ACLED category, or a state's ISO code or @");
      }
      if (aliases.put(f[0].toLowerCase(Locale.ROOT), new Entry(f[1], f[2], state)) != null) {
        throw row.error("alias '" + f[0] + "' is listed twice");
      }
    }
    Map<String, String> forces = new HashMap<>();
    for (DataTable.Line row : rows("state-forces.tsv", 2)) {
      String[] f = row.fields();
      if (!f[0].matches("[A-Z]{2}") || f[1].isEmpty()) {
        throw row.error("expected an ISO 3166 code and a name");
      }
      forces.put(f[0], f[1]);
    }
    return new ActorTable(aliases, forces);
  }

  /**
   * The actor {@code phrase} names, at an event in {@code country} (ISO code, or null when
   * unknown), or null when it names no one.
   */
  Actor resolve(String phrase, boolean alleged, String country) {
    Found found = lookUp(phrase);
    Entry group = found.group();
    Entry state = found.state();
    if (group != null) {
      return new Actor(group.name(), group.category(), alleged);
    }
    if (state != null) {
      String code = state.state().equals(HERE) ? country : state.state();
      return code == null ? new Actor("government forces", "State forces", alleged)
          : new Actor(forcesOf(code), code.equals(country) ? "State forces"
              : "External/Other forces", alleged);
    }
    return properName(phrase) ? new Actor(phrase, null, alleged) : null;
  }

  /**
   * The one group {@code phrase} names ("10 TTP militants", "Maoists"), or null where it names
   * only a kind of men ("militants"), a state's forces or no one.
   */
  Actor namedGroup(String phrase) {
    Entry group = lookUp(phrase).group();
    return group != null && named(group) ? new Actor(group.name(), group.category(), false)
        : null;
  }

  /** The rows a phrase holds: the group it names and the first state, each or both null. */
  private record Found(Entry group, Entry state) {}

  /**
   * The rows {@code phrase} holds as whole words: the group it names (a named group before a
   * kind of men, then the longest alias), and the first state.
   */
  private Found lookUp(String phrase) {
    String[] words = ACRONYM_S.matcher(phrase).replaceAll("$1").toLowerCase(Locale.ROOT)
        .replaceAll("[,.;:]+$", "").split("[\\s/]+"); // "TTP/LEI militants"
    Entry group = null;
    int groupRank = 0;
    Entry state = null;
    for (int i = 0; i < words.length; i++) {
      StringBuilder key = new StringBuilder();
      for (int n = 1; n <= longestAlias && i + n <= words.length; n++) {
        key.append(n > 1 ? " " : "").append(words[i + n - 1]);
        Entry e = aliases.get(key.toString());
        if (e == null) {
          continue;
        }
        if (e.state().isEmpty()) {
          int rank = n + (named(e) ? longestAlias : 0);
          if (rank > groupRank) {
            group = e;
            groupRank = rank;
          }
        } else if (state == null) {
          state = e;
        }
      }
    }
    return new Found(group, state);
  }

  /**
   * Whether the row names one group ("TTP: …", "Hezbollah"), not a kind of men ("militants",
   * "gunmen": the Unidentified Armed Group).
   */
  private static boolean named(Entry e) {
    return Character.isUpperCase(e.name().charAt(0)) && !e.name().startsWith("Unidentified ");
  }

  private String forcesOf(String code) {
    String name = stateForces.get(code);
    return name != null ? name : "Government forces of " + countryName(code);
  }

  /** The English name of the country {@code code}: "India", "Myanmar" (not "Myanmar (Burma)"). */
  static String countryName(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH).replaceFirst(" \\(.*\\)$", "");
  }

  /** Every word capitalised: "Liwa al-Quds", "Jund al-Aqsa"; not a sentence's first word. */
  private static boolean properName(String phrase) {
    String[] words = phrase.split("\\s+");
    int capitals = 0;
    for (String w : words) {
      if (Character.isUpperCase(w.charAt(0))) {
        capitals++;
      } else if (!NAME_PARTICLE.matcher(w).matches()) {
        return false;
      }
    }
    return capitals >= 2 || capitals == 1 && words.length > 1 || phrase.matches("[A-Z]{2,}");
  }

  /** The lines of a bundled table, each of {@code columns} tab-separated fields. */
  private static List<DataTable.Line> rows(String file, int columns) {
    List<DataTable.Line> lines = DataTable.lines(ActorTable.class, file);
    for (DataTable.Line line : lines) {
      int found = line.fields().length;
      if (found != columns) {
        throw line.error("expected " + columns + " tab-separated columns, found " + found);
      }
    }
    return lines;
  }
}
