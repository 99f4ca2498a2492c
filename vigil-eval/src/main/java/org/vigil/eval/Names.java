package org.vigil.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How evaluations compare names: by last name, ignoring case, accents, Arabic articles, a
 * trailing "of …" ("Commission on Presidential Debates" is the commission), a possessive and
 * a generational suffix ("Vann R. Newkirk II" is Newkirk).
 */
final class Names {
  private Names() {}

  /** "Ismail al-Asali" and "Asali" share the last name "asali". */
  static String lastName(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replaceAll("\\s+(of|on|for|at|in)\\s.*$", "").replaceAll(",.*$", "")
        .replaceAll("(’s|'s)$", "").replaceAll("[^\\p{L}\\p{N}\\s-]", "")
        .toLowerCase(Locale.ROOT).trim();
    if (plain.isEmpty()) {
      return "";
    }
    String[] parts = plain.split("\\s+");
    int last = parts.length - 1;
    while (last > 0 && parts[last].matches("jr|sr|ii|iii|iv")) {
      last--;
    }
    return parts[last].replaceFirst("^(al|el|ad|as|ash|ar|az)-", "");
  }

  static boolean sameLastName(String a, String b) {
    String x = lastName(a);
    return !x.isEmpty() && x.equals(lastName(b));
  }
}
