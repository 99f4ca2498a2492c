package org.vigil.geo;

import java.util.regex.Pattern;

/**
 * Whether a place name, where it stands, describes a side, a group or a person rather than
 * naming where something happens: "the U.S.-led coalition", "Iran-backed forces", "U.S.
 * officials", "Damascus's ally Russia", "a Britain-based monitor", "an Aleppo native"; but
 * "Hama military airport" is a place. Such a mention says whose the actors are: it is no
 * scene, and it weighs in the article's countries as a demonym does.
 */
public final class ActorModifier {
  private static final int WINDOW = 24;
  private static final Pattern AFTER = Pattern.compile(
      "^(?:-|\\s)?(?:led|based|born|native|natives|resident|residents|origin)\\b"
          + "|^-(?:backed|supported|sponsored|funded|allied|trained|run)\\b"
          + "|^(?:['’]s)?\\s+(?:Observatory|monitor|government|regime|administration|army"
          + "|militarys|ally|allies|backers?|leader|leadership|ministry|minister|spokesman"
          + "|military(?!\\s+(?:air\\w*|base|academy|hospital|college|camp|barracks|post"
          + "|checkpoint|site|compound|police))"
          + "|forces|troops|soldiers|officials?|authorities|diplomats|envoy|embassy|leaders"
          + "|presidents|ministers"
          + "|warplanes|jets|aircraft|drones|navy|president|-backed)\\b",
      Pattern.CASE_INSENSITIVE);

  private ActorModifier() {}

  /** Whether the place name ending at {@code end} of {@code text} describes an actor. */
  public static boolean describesActor(String text, int end) {
    return AFTER.matcher(text.substring(end, Math.min(text.length(), end + WINDOW))).find();
  }
}
