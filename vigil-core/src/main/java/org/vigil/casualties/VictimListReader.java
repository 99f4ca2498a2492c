package org.vigil.casualties;

import static org.vigil.casualties.CasualtyWords.POSSESSIVES;
import static org.vigil.casualties.CasualtyWords.SPEECH;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the victim phrases that follow a first one as one list: "his wife, brother and nephew",
 * "a commander as well as five aides", a headline's "kill 10 children 5 women", and counts the
 * person named before "alongside nine of his comrades" among them.
 */
final class VictimListReader {

  private final VictimPhraseReader phrases;

  VictimListReader(VictimPhraseReader phrases) {
    this.phrases = phrases;
  }

  /** The list that starts with {@code first}, read at word {@code i}. */
  VictimList read(Words w, int i, VictimPhrase first) {
    List<VictimPhrase> items = new ArrayList<>(List.of(first));
    if (ledByNamedPerson(w, i, first)) {
      // "Ramadan al-Sabta alongside nine of his comrades were killed": ten dead
      items.add(0, new VictimPhrase(i, i, new Quantity(1, 1, 1, i, i), first.category(), "",
          false, false));
    }
    int j = first.end();
    while (!first.bare()) {
      int k = nextAt(w, j);
      VictimPhrase next = phrases.read(w, k, true);
      if (next != null && k == j + 1 && attribution(w, k, next.end())) {
        break; // "wounding nine others, a commander of the forces said": the speaker
      }
      if (next == null || next.bare() || k == j && (next.category().isEmpty()
          || next.quantity().best() == null || w.lower(k).equals("a")
          || w.lower(k).equals("an"))) {
        break;
      }
      items.add(next);
      j = next.end();
    }
    return new VictimList(items);
  }

  /** Where the next phrase of a list may start after a phrase ending at {@code j}. */
  private static int nextAt(Words w, int j) {
    if (w.lower(j).equals(",") && w.lower(j + 1).equals("and")) {
      return j + 2;
    } else if (w.lower(j).equals(",") || w.lower(j).equals("and")
        || w.lower(j).equals("alongside")) {
      return j + 1;
    } else if ((w.lower(j).equals("as") && w.lower(j + 1).equals("well")
        && w.lower(j + 2).equals("as")) || ((w.lower(j).equals("along")
        || w.lower(j).equals("together")) && w.lower(j + 1).equals("with"))) {
      return w.lower(j).equals("as") ? j + 3 : j + 2; // "a commander as well as five aides"
    } else {
      return j; // headlines drop the comma: "kill 10 children 5 women"
    }
  }

  /** Whether "a commander of the Kurdish-led forces said" starts at {@code k}: a source. */
  private static boolean attribution(Words w, int k, int end) {
    String det = w.lower(k);
    if (!det.equals("a") && !det.equals("an") && !det.equals("the")) {
      return false;
    }
    for (int j = end; j < Math.min(w.size(), end + 8); j++) {
      String s = w.lower(j);
      if (SPEECH.contains(s)) {
        return true;
      }
      if (s.equals(".") || s.equals(";") || s.equals("and")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the victim phrase at {@code i} counts the companions of a person named just before
   * it: "[Ramadan al-Sabta] alongside nine of his comrades", "[X] and five of his guards".
   */
  private static boolean ledByNamedPerson(Words w, int i, VictimPhrase first) {
    int of = first.quantity().end();
    if (first.bare() || !w.lower(of).equals("of") || !POSSESSIVES.contains(w.lower(of + 1))) {
      return false;
    }
    int before = i - 1;
    if (w.lower(before).equals("with") && (w.lower(before - 1).equals("along")
        || w.lower(before - 1).equals("together"))) {
      before--;
    } else if (!w.lower(before).equals("alongside") && !w.lower(before).equals("and")) {
      return false;
    }
    return before > 1 && named(w.get(before - 1).text()) && named(w.get(before - 2).text());
  }

  /** "Ramadan", "al-Sabta": a word of a name. */
  private static boolean named(String word) {
    return word.chars().anyMatch(Character::isUpperCase)
        && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
  }
}
