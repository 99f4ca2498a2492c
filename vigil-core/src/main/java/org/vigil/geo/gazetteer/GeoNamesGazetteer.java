package org.vigil.geo.gazetteer;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.tables.DataTable;

/**
 * The places Vigil can resolve a toponym to, indexed by every name they are written as.
 *
 * <p>Immutable: built once (from the fetched GeoNames tables, or read from the index file) and
 * shared by every thread. A lookup is one hash probe, so the extractor may ask freely. Short
 * all-capital names ("US", "UK") are matched only as written, so "us" never finds the United
 * States; airport codes that GeoNames lists among a town's names are dropped for that reason.
 */
public final class GeoNamesGazetteer {
  /**
   * Countries whose place names are written in a script without vowels (Arabic, Hebrew), so
   * that English spells each of them several ways.
   */
  private static final Set<String> VOWELLESS_SCRIPT = countryCodes("vowelless-script.tsv");
  private final List<GazetteerEntry> entries;
  private final List<Demonym> demonymList;
  private final Map<String, int[]> exact;
  private final Map<String, int[]> loose;
  private final Map<String, int[]> acronyms;
  private final Map<String, Integer> countries = new HashMap<>();
  private final Map<String, Integer> admin1 = new HashMap<>();
  private final Map<String, Integer> demonyms = new HashMap<>();

  /** Indexes {@code entries} by every name; takes a few seconds for the whole of cities500. */
  GeoNamesGazetteer(List<GazetteerEntry> entries, List<Demonym> demonyms) {
    this(List.copyOf(entries), demonyms, new HashMap<>(), new HashMap<>(), new HashMap<>());
  }

  /** Takes the name tables as read from an index file, so loading computes no keys. */
  GeoNamesGazetteer(List<GazetteerEntry> entries, List<Demonym> demonyms,
      Map<String, int[]> exact, Map<String, int[]> loose, Map<String, int[]> acronyms) {
    this.entries = List.copyOf(entries);
    this.demonymList = List.copyOf(demonyms);
    if (exact.isEmpty()) {
      Map<String, List<Integer>> exactIds = new HashMap<>(this.entries.size() * 4);
      Map<String, List<Integer>> looseIds = new HashMap<>(this.entries.size() * 4);
      Map<String, List<Integer>> acronymIds = new HashMap<>();
      for (int i = 0; i < this.entries.size(); i++) {
        index(i, this.entries.get(i), exactIds, looseIds, acronymIds);
      }
      exact = pack(exactIds);
      loose = pack(looseIds);
      acronyms = pack(acronymIds);
    }
    this.exact = exact;
    this.loose = loose;
    this.acronyms = acronyms;
    for (int i = 0; i < this.entries.size(); i++) {
      GazetteerEntry e = this.entries.get(i);
      if (e.level() == Level.COUNTRY) {
        countries.putIfAbsent(e.country(), i);
      } else if (e.level() == Level.ADMIN1 && !e.admin1().isEmpty()) {
        admin1.putIfAbsent(e.country() + "." + e.admin1(), i);
      }
    }
    for (Demonym d : this.demonymList) {
      Integer target = d.target().length() == 2 ? countries.get(d.target())
          : regionNamed(d.target());
      if (target != null) {
        // "American" is also the demonym of American Samoa, "French" of French Guiana: the
        // most populous country wins.
        this.demonyms.merge(NameKey.exact(d.word()), target, (a, b) ->
            this.entries.get(a).population() >= this.entries.get(b).population() ? a : b);
      }
    }
  }

  private static void index(int i, GazetteerEntry e, Map<String, List<Integer>> exactIds,
      Map<String, List<Integer>> looseIds, Map<String, List<Integer>> acronymIds) {
    Set<String> seenExact = new HashSet<>();
    Set<String> seenLoose = new HashSet<>();
    for (String name : e.names()) {
      if (isAcronym(name)) {
        if (e.level() == Level.COUNTRY || e.level() == Level.REGION
            || e.level() == Level.ADMIN1) {
          acronymIds.computeIfAbsent(name, k -> new ArrayList<>(1)).add(i);
        }
        continue;
      }
      String key = NameKey.exact(name);
      if (!key.isEmpty() && seenExact.add(key)) {
        exactIds.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
      // "Al Qamishli" is written "Qamishli" as often as not.
      String bare = NameKey.withoutArticle(key);
      if (!bare.equals(key) && bare.length() >= 4 && seenExact.add(bare)) {
        exactIds.computeIfAbsent(bare, k -> new ArrayList<>(2)).add(i);
      }
      String skeleton = NameKey.skeleton(name);
      // Countries are spelled one way in English: "Iraq" must not read as "Raqa" ("rk"),
      // nor "Kiribati" as "Aqayrabat" ("krbt").
      boolean big = e.level() == Level.ADMIN1
          || (e.level() == Level.SETTLEMENT && e.population() >= 100_000);
      boolean abbreviation = name.endsWith("."); // "Ark." is no spelling of "Raqa"
      // Syllable by syllable romanisations ("di ya ba ke er", Diyarbakır) lose letters to
      // the article rule and read as anything ("dbk": Dabiq).
      boolean syllables = name.indexOf(' ') > 0 && name.equals(name.toLowerCase(Locale.ROOT));
      // Elsewhere a name is spelled as its country writes it: "Anfield" is no Enfield,
      // "Capitol" no Capitola.
      boolean spelledOneWay = e.level() == Level.COUNTRY || e.level() == Level.REGION
          || !VOWELLESS_SCRIPT.contains(e.country());
      if (!abbreviation && !spelledOneWay && !syllables
          && (skeleton.length() >= 4 || (skeleton.length() >= 2 && big))
          && seenLoose.add(skeleton)) {
        looseIds.computeIfAbsent(skeleton, k -> new ArrayList<>(2)).add(i);
      }
    }
  }

  Map<String, int[]> exactTable() {
    return exact;
  }

  Map<String, int[]> looseTable() {
    return loose;
  }

  Map<String, int[]> acronymTable() {
    return acronyms;
  }

  /**
   * Places called exactly {@code name} (up to case, accents and punctuation), else without
   * its Arabic article: "al-Tabqa" is the "Tabqa" GeoNames lists.
   */
  public List<GazetteerEntry> lookup(String name) {
    if (isAcronym(name)) {
      return view(acronyms.get(name));
    }
    String key = NameKey.exact(name);
    int[] found = exact.get(key);
    if (found == null) {
      String bare = NameKey.withoutArticle(key);
      found = bare.length() >= 4 ? exact.get(bare) : null;
    }
    return view(found);
  }

  /**
   * Places whose name has the same consonant skeleton: transliteration variants of names
   * written without vowels (Arabic, Hebrew), the only places whose English spellings differ
   * so. Skeletons of two or three consonants ("rk" of Raqqa) find only first-level regions and
   * cities of 100,000 or more.
   */
  public List<GazetteerEntry> lookupLoose(String name) {
    String key = NameKey.skeleton(name);
    // A short skeleton from a short word ("Qah": "kh") says too little.
    if (key.length() < 2 || (key.length() < 4 && NameKey.exact(name).length() < 4)) {
      return List.of();
    }
    return view(loose.get(key));
  }

  /** The country or region a demonym ("Syrian", "European") points to. */
  public Optional<GazetteerEntry> demonym(String word) {
    Integer i = demonyms.get(NameKey.exact(word));
    return i == null ? Optional.empty() : Optional.of(entries.get(i));
  }

  public Optional<GazetteerEntry> country(String code) {
    Integer i = countries.get(code);
    return i == null ? Optional.empty() : Optional.of(entries.get(i));
  }

  /**
   * The country {@code codeOrName} names, as inputs and settings name one: an ISO 3166 alpha-2
   * code in either case ("SY", "sy") or a name ("Bangladesh", "Burma", "UK"); empty when it
   * names none.
   */
  public Optional<GazetteerEntry> countryNamed(String codeOrName) {
    String s = codeOrName.strip();
    Optional<GazetteerEntry> byCode =
        s.length() == 2 ? country(s.toUpperCase(Locale.ROOT)) : Optional.empty();
    return byCode.or(() -> lookup(s).stream().filter(e -> e.level() == Level.COUNTRY)
        .findFirst());
  }

  /** The first-level region with GeoNames code {@code code} in {@code country}. */
  public Optional<GazetteerEntry> admin1(String country, String code) {
    Integer i = admin1.get(country + "." + code);
    return i == null ? Optional.empty() : Optional.of(entries.get(i));
  }

  /** The region's display name, or "" when the gazetteer lacks the region. */
  public String admin1Name(String country, String code) {
    return admin1(country, code).map(GazetteerEntry::name).orElse("");
  }

  List<GazetteerEntry> entries() {
    return entries;
  }

  List<Demonym> demonyms() {
    return demonymList;
  }

  public int size() {
    return entries.size();
  }

  /**
   * This gazetteer with {@code added} places: an added place replaces one with its GeoNames
   * id, an added region or country replaces the one with its codes, and an added district the
   * tables' district of its region and name, so importing a full dump over the fetched tables
   * leaves no duplicates. A replaced region or country keeps its short English name first
   * ("Idlib", not "Muhafazat Idlib") and its other names.
   */
  GeoNamesGazetteer with(Collection<GazetteerEntry> added) {
    Map<String, GazetteerEntry> byCode = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (e.level() == Level.ADMIN1 || e.level() == Level.COUNTRY) {
        byCode.putIfAbsent(codeOf(e), e);
      }
    }
    Set<Long> ids = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Set<String> districts = new HashSet<>();
    List<GazetteerEntry> incoming = new ArrayList<>(added.size());
    for (GazetteerEntry e : added) {
      if (e.geonameId() != 0) {
        ids.add(e.geonameId());
      }
      if (e.level() == Level.DISTRICT) {
        districts.add(districtKey(e));
      }
      if (e.level() == Level.ADMIN1 || e.level() == Level.COUNTRY) {
        String code = codeOf(e);
        codes.add(code);
        GazetteerEntry old = byCode.get(code);
        if (old != null) {
          Set<String> names = new LinkedHashSet<>(old.names());
          names.addAll(e.names());
          e = new GazetteerEntry(e.geonameId(), e.lat(), e.lon(), e.country(), e.admin1(),
              e.featureCode(), Math.max(e.population(), old.population()), e.level(),
              List.copyOf(names));
        }
      }
      incoming.add(e);
    }
    List<GazetteerEntry> merged = new ArrayList<>(entries.size() + incoming.size());
    for (GazetteerEntry e : entries) {
      boolean replaced = (e.geonameId() != 0 && ids.contains(e.geonameId()))
          || ((e.level() == Level.ADMIN1 || e.level() == Level.COUNTRY)
          && codes.contains(codeOf(e)))
          || (e.level() == Level.DISTRICT && e.geonameId() == 0
          && districts.contains(districtKey(e)));
      if (!replaced) {
        merged.add(e);
      }
    }
    merged.addAll(incoming);
    return new GeoNamesGazetteer(merged, demonymList);
  }

  /** A district by its country, region and name: a county the tables gave is a dump's ADM2. */
  private static String districtKey(GazetteerEntry e) {
    return e.country() + "." + e.admin1() + "." + NameKey.exact(e.name());
  }

  private static String codeOf(GazetteerEntry e) {
    return e.level() == Level.COUNTRY ? e.country() : e.country() + "." + e.admin1();
  }

  /** All capitals and at most four letters: an abbreviation, not a spelled-out name. */
  public static boolean isAcronym(String name) {
    if (name.length() < 2 || name.length() > 4) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && c != '.') {
        return false;
      }
    }
    return true;
  }

  private Integer regionNamed(String name) {
    int[] ids = exact.get(NameKey.exact(name));
    if (ids != null) {
      for (int i : ids) {
        if (entries.get(i).level() == Level.REGION) {
          return i;
        }
      }
    }
    return null;
  }

  /** The ISO 3166 codes of the first column of {@code resource}; a second column names each. */
  private static Set<String> countryCodes(String resource) {
    Set<String> codes = new HashSet<>();
    for (DataTable.Line row : DataTable.lines(GeoNamesGazetteer.class, resource)) {
      String[] f = row.fields();
      if (f.length != 2 || !f[0].matches("[A-Z]{2}") || f[1].isEmpty()) {
        throw row.error("expected an ISO 3166 alpha-2 code and the country's name");
      }
      if (!codes.add(f[0])) {
        throw row.error(f[0] + " is listed twice");
      }
    }
    return Set.copyOf(codes);
  }

  private List<GazetteerEntry> view(int[] ids) {
    if (ids == null) {
      return List.of();
    }
    return new AbstractList<>() {
      @Override
      public GazetteerEntry get(int index) {
        return entries.get(ids[index]);
      }

      @Override
      public int size() {
        return ids.length;
      }
    };
  }

  private static Map<String, int[]> pack(Map<String, List<Integer>> ids) {
    Map<String, int[]> packed = new HashMap<>(ids.size() * 4 / 3 + 1);
    ids.forEach((k, v) -> packed.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return packed;
  }
}
