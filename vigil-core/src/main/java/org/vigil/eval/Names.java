package org.vigil.eval;

import java.text.Normalizer;
import java.util.Locale;

/** How evaluations compare names: by last name, ignoring case, accents and Arabic articles. */
final class Names {
  private Names() {}

  /** "Ismail al-Asali" and "Asali" share the last name "asali". */
  static String lastName(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[’'`.,]", "").trim();
    String[] parts = plain.split("\\s+");
    String last = parts[parts.length - 1];
    return last.replaceFirst("^(al|el|ad|as|ash|ar|az)-", "");
  }

  static boolean sameLastName(String a, String b) {
    String x = lastName(a);
    return !x.isEmpty() && x.equals(lastName(b));
  }
}
