package org.vigil.geo;

import java.util.regex.Pattern;
import org.vigil.model.Span;

/**
 * Whether the text calls a name a part of a town: a neighbourhood word follows it ("the Bab Amr
 * neighbourhood"), or it is one of a list of neighbourhoods ("the neighborhoods of al-Furqan
 * and al-Azamiyah"). Not "district", which is also a country's second-level division ("Panjgur
 * district of Balochistan").
 */
final class PartOfTown {
  private static final Pattern AFTER = Pattern.compile("(?i)\\s+(?:neighbou?rhoods?|quarters?)\\b");
  private static final Pattern LIST_BEFORE = Pattern.compile(
      "(?i)\\bneighbou?rhoods\\s+of\\s+(?:[\\w'-]+\\s+){0,8}$");
  /** How far before a name a list of neighbourhoods it belongs to may begin, in characters. */
  private static final int LIST_REACH = 80;

  private PartOfTown() {}

  /** Whether {@code text} calls the name at {@code name} a part of a town. */
  static boolean named(String text, Span name) {
    return AFTER.matcher(text).region(name.end(), text.length()).lookingAt()
        || LIST_BEFORE.matcher(text).region(Math.max(0, name.start() - LIST_REACH),
            name.start()).find();
  }
}
