package org.vigil.geo;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.PlaceKinds;
import org.vigil.tables.WordLists;

/**
 * Which toponym the text says contains another, by the words between them (containment.tsv):
 * "Saraqeb, Idlib", "QAH (Syria", "Atmeh village in northern Idlib", "Rityan north of second
 * city Aleppo", "Aleppo's Sukkari". A list ("Washington, New York and Boston") is no chain of
 * containers, though "Saraqeb, Idlib, Syria" is.
 */
final class Containment {
  private static final WordLists WORDS = WordLists.load(Containment.class,
      "containment.tsv", Set.of("container-word", "containing-preposition", "distance-unit",
          "container-qualifier"));

  /**
   * Text between a place and the one containing it or next to it: "Saraqeb, Idlib", "QAH
   * (Syria", "Atmeh village in northern Idlib", "Rityan north of second city Aleppo".
   */
  private static final Pattern CONTAINED_BY_NEXT = Pattern.compile(
      "(?i)\\s*(?:,|\\()\\s*"
          + "|\\s+(?:(?:" + WORDS.alternation("container-word") + ")\\s+)?"
          + "(?:,\\s*)?(?:" + WORDS.alternation("containing-preposition") + ")\\s+"
          + "(?:the\\s+)?(?:(?:" + PlaceKinds.compassPoints() + "|" + PlaceKinds.compassMiddle()
          + ")\\w*\\s+)?"
          + "|\\s+(?:(?:" + WORDS.alternation("container-word") + ")\\s+)?"
          + "(?:\\d+\\s*(?:" + WORDS.alternation("distance-unit") + ")\\s+)?"
          + "(?:" + PlaceKinds.compassPoints() + ")(?:[- ]?(?:" + PlaceKinds.compassSides()
          + "))?\\s+of\\s+(?:the\\s+)?"
          + "(?:(?:" + WORDS.alternation("container-qualifier") + ")\\s+)?"
          + "(?:(?:" + PlaceKinds.townWords() + ")\\s+(?:of\\s+)?)?");
  /** Text between the names of a list: "New York and Boston", "Homs, Hama". */
  private static final Pattern LIST_JOIN =
      Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
  /** Text between a place and one inside it: "Aleppo's Sukkari". */
  private static final Pattern CONTAINS_NEXT = Pattern.compile("\\s*['’]s\\s+");
  /** The same without the apostrophe, as some sites print it: "Aleppos Sukkari". */
  private static final Pattern POSSESSIVE_S = Pattern.compile("\\p{Lu}\\p{L}{3,}s");

  private final GeoNamesGazetteer gazetteer;

  Containment(GeoNamesGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** For each toponym, the index of the toponym the text says contains it, or -1. */
  int[] containers(List<Toponym> toponyms, String text) {
    int[] container = new int[toponyms.size()];
    for (int i = 0; i < container.length; i++) {
      container[i] = container(toponyms, text, i);
    }
    return container;
  }

  /** The index of the toponym the text says contains toponym {@code i}, or -1. */
  private int container(List<Toponym> toponyms, String text, int i) {
    Toponym t = toponyms.get(i);
    if (i + 1 < toponyms.size()) {
      Toponym next = toponyms.get(i + 1);
      String between = text.substring(t.span().end(), next.span().start());
      if (next.kind() == Toponym.Kind.NAME && CONTAINED_BY_NEXT.matcher(between).matches()
          && !(between.trim().equals(",") && listGoesOn(toponyms, text, i + 1))) {
        return i + 1;
      }
    }
    if (i > 0) {
      Toponym previous = toponyms.get(i - 1);
      String between = text.substring(previous.span().end(), t.span().start());
      if (previous.kind() == Toponym.Kind.NAME && (CONTAINS_NEXT.matcher(between).matches()
          || (between.equals(" ") && POSSESSIVE_S.matcher(previous.text()).matches()))) {
        return i - 1;
      }
    }
    return -1;
  }

  /**
   * "Washington, New York and Boston": a list, in which no name holds the one before it; but
   * "Saraqeb, Idlib, Syria" goes from town to country.
   */
  private boolean listGoesOn(List<Toponym> toponyms, String text, int i) {
    if (i + 1 >= toponyms.size()) {
      return false;
    }
    Toponym after = toponyms.get(i + 1);
    String between = text.substring(toponyms.get(i).span().end(), after.span().start());
    return LIST_JOIN.matcher(between).matches() && (between.contains("and")
        || gazetteer.lookup(after.text()).stream().noneMatch(e -> e.level() == Level.COUNTRY));
  }
}
