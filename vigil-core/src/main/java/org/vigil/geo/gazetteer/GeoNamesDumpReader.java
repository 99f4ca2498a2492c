package org.vigil.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the GeoNames dump format (allCountries.txt, SY.txt, cities500.txt: one place a line,
 * 19 tab-separated columns) into gazetteer entries.
 *
 * <p>Keeps what a news report names as a place: populated places, first- and second-level
 * divisions, countries, refugee camps, continents and seas. Alternate names are kept in Latin
 * script only: the reports are English, and the other scripts would only fill memory.
 */
final class GeoNamesDumpReader {

  /** Reads every kept place of {@code file}; a malformed line is an error naming its number. */
  List<GazetteerEntry> read(Path file) throws IOException {
    List<GazetteerEntry> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          GazetteerEntry e = parse(line);
          if (e != null) {
            out.add(e);
          }
        } catch (RuntimeException bad) {
          throw new IOException(file + ":" + number + ": not a GeoNames line (" + bad.getMessage()
              + ")", bad);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  /** The entry of one dump line, or null when its feature is not one Vigil keeps. */
  GazetteerEntry parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 15) {
      throw new IllegalArgumentException(f.length + " columns, expected 19");
    }
    Level level = level(f[6], f[7]);
    if (level == null) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(f[1]);
    if (!f[2].isEmpty()) {
      names.add(f[2]);
    }
    if (!f[3].isEmpty()) {
      for (String alt : f[3].split(",")) {
        if (!alt.isBlank() && isLatin(alt)) {
          names.add(alt.trim());
        }
      }
    }
    long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    return new GazetteerEntry(Long.parseLong(f[0]), Double.parseDouble(f[4]),
        Double.parseDouble(f[5]), f[8], f[10], f[7], population, level, List.copyOf(names));
  }

  static Level level(String featureClass, String code) {
    switch (featureClass) {
      case "P":
        return code.equals("PPLX") ? Level.DISTRICT : Level.SETTLEMENT;
      case "A":
        if (code.equals("ADM1")) {
          return Level.ADMIN1;
        }
        if (code.equals("ADM2")) {
          return Level.DISTRICT;
        }
        return code.startsWith("PCL") ? Level.COUNTRY : null;
      case "S":
        return code.equals("CMPRF") || code.equals("CMP") ? Level.SETTLEMENT : null;
      case "L":
        return code.equals("CONT") || code.equals("RGN") ? Level.REGION : null;
      case "H":
        return code.equals("OCN") || code.equals("SEA") ? Level.REGION : null;
      default:
        return null;
    }
  }

  /** Every letter of {@code name} is Latin script ("Ḩalab" yes, "حلب" no). */
  static boolean isLatin(String name) {
    boolean letter = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
        letter = true;
      }
      i += Character.charCount(c);
    }
    return letter;
  }
}
