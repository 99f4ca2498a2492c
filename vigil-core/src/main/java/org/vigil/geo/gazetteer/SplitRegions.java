package org.vigil.geo.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions the tables list only as their compass parts: Kordofan as North, South and West
 * Kordofan, Equatoria as Central, Eastern and Western Equatoria, Cheshire as Cheshire East and
 * Cheshire West and Chester. News names the whole as often as a part, so each whole is an entry
 * of its own, at the middle of its parts.
 */
final class SplitRegions {
  private static final String COMPASS = "(?:" + RegionNames.compassParts() + ")";
  /**
   * "North Kordofan", "Cheshire East", "Cheshire West and Chester", and Yorkshire's "East Riding
   * of Yorkshire".
   */
  private static final List<Pattern> PART = List.of(
      Pattern.compile(COMPASS + "(?: Riding of)?[ -](?<whole>.+)"),
      Pattern.compile("(?<whole>.+?) " + COMPASS + "(?: and .+)?"));

  private SplitRegions() {}

  /**
   * The wholes of the first-level regions and divisions among {@code entries} that have two
   * parts or more, whose name is no place of their country nor any country or larger region
   * ("Austria" of Upper and Lower Austria, "Holland" of North and South Holland), and no
   * word for a kind of place ("Highlands" of Papua New Guinea's provinces).
   */
  static List<GazetteerEntry> of(List<GazetteerEntry> entries) {
    Set<String> taken = new HashSet<>();
    Map<String, List<GazetteerEntry>> parts = new TreeMap<>();
    for (GazetteerEntry e : entries) {
      boolean everywhere = e.level() == Level.COUNTRY || e.level() == Level.REGION;
      for (String n : e.names()) {
        taken.add((everywhere ? "" : e.country()) + "\t" + NameKey.exact(n));
      }
      if ((e.level() != Level.ADMIN1 && e.level() != Level.DISTRICT) || e.listedArea()) {
        continue;
      }
      for (Pattern p : PART) {
        Matcher m = p.matcher(e.name());
        if (m.matches()) {
          parts.computeIfAbsent(e.country() + "\t" + m.group("whole"), k -> new ArrayList<>())
              .add(e);
          break;
        }
      }
    }
    List<GazetteerEntry> out = new ArrayList<>();
    for (Map.Entry<String, List<GazetteerEntry>> w : parts.entrySet()) {
      String country = w.getKey().substring(0, w.getKey().indexOf('\t'));
      String name = w.getKey().substring(country.length() + 1);
      List<GazetteerEntry> of = w.getValue();
      String key = NameKey.exact(name);
      if (of.size() < 2 || name.length() < 5 || taken.contains(country + "\t" + key)
          || taken.contains("\t" + key) || kindOfPlace(name)) {
        continue;
      }
      GazetteerEntry first = of.get(0);
      boolean allAdmin1 = of.stream().allMatch(e -> e.level() == Level.ADMIN1);
      boolean oneAdmin1 = of.stream().allMatch(e -> e.admin1().equals(first.admin1()));
      out.add(new GazetteerEntry(0, of.stream().mapToDouble(GazetteerEntry::lat).average()
          .orElseThrow(), of.stream().mapToDouble(GazetteerEntry::lon).average().orElseThrow(),
          first.country(), allAdmin1 || !oneAdmin1 ? "" : first.admin1(),
          allAdmin1 ? "ADM1" : "ADM2", of.stream().mapToLong(GazetteerEntry::population).sum(),
          allAdmin1 ? Level.ADMIN1 : Level.DISTRICT, List.of(name)));
    }
    return out;
  }

  /** "Division" of Fiji's Central and Eastern Divisions, "Highlands", "Caribbean Coast". */
  private static boolean kindOfPlace(String name) {
    return RegionNames.isKindWord(name)
        || PlaceKinds.hasGenericWord(name.replace('-', ' '));
  }
}
