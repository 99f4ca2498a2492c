package org.vigil.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.tables.WordLists;

/**
 * Whether a place name, where it stands, describes a side, a group or a person rather than
 * naming where something happens: "the U.S.-led coalition", "Iran-backed forces", "U.S.
 * officials", "Damascus's ally Russia", "a Britain-based monitor", "an Aleppo native"; but
 * "Hama military airport" is a place. Such a mention says whose the actors are: it is no
 * scene, and it weighs in the article's countries as a demonym does.
 */
final class ActorModifier {
  private static final int WINDOW = 24;
  private static final WordLists WORDS = WordLists.load(ActorModifier.class,
      "actor-modifiers.tsv",
      Set.of("after-name", "home-after-name", "after-hyphen", "actor-noun", "place-after-noun"));
  private static final Pattern HOME = Pattern.compile(
      "^(?:-|\\s)?(?:" + WORDS.alternation("home-after-name") + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AFTER = Pattern.compile(
      "^(?:-|\\s)?(?:" + WORDS.alternation("after-name") + "|"
          + WORDS.alternation("home-after-name") + ")\\b"
          + "|^-(?:" + WORDS.alternation("after-hyphen") + ")\\b"
          + "|^(?:['’]s)?\\s+(?:" + actorNouns() + ")\\b",
      Pattern.CASE_INSENSITIVE);

  private ActorModifier() {}

  /** Whether the place name ending at {@code end} of {@code text} describes an actor. */
  static boolean describesActor(String text, int end) {
    return AFTER.matcher(text.substring(end, Math.min(text.length(), end + WINDOW))).find();
  }

  /** Whether the place name ending at {@code end} of {@code text} is its residents' home. */
  static boolean homeOfActors(String text, int end) {
    return HOME.matcher(text.substring(end, Math.min(text.length(), end + WINDOW))).find();
  }

  /**
   * The actor nouns as alternatives of a regular expression, each followed by none of the words
   * that make it a place's ("military", but not "military airport").
   */
  private static String actorNouns() {
    List<String> nouns = WORDS.list("actor-noun");
    Map<String, List<String>> places = new LinkedHashMap<>();
    WORDS.map("place-after-noun", nouns).forEach((word, noun) ->
        places.computeIfAbsent(noun, k -> new ArrayList<>()).add(word));
    List<String> out = new ArrayList<>();
    for (String noun : nouns) {
      List<String> after = places.get(noun);
      out.add(WordLists.alternation(List.of(noun))
          + (after == null ? "" : "(?!\\s+(?:" + WordLists.alternation(after) + "))"));
    }
    return String.join("|", out);
  }
}
