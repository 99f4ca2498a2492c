package org.vigil.geo;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.tables.WordLists;

/**
 * The names of a list of places that lost its commas, where a plural word announces the list:
 * "the nearby towns of Rastan Talbeesah Ter Maaleh and Zafarana", "rural cities most notably
 * Sraqb Sarmin and Maara Al-Numan". Copied text often drops its commas, and the tagger then
 * reads several names as one, or none. After "towns", "villages", "cities" and the like, a run
 * of capitalised words the gazetteer does not know whole is read as the names it holds: at
 * each point the longest name the gazetteer knows, and the words between two known names as
 * one name of their own. The run is read so only when two of its names are known in one
 * country; a word that begins many names ("Kafr", "Deir", "North") never stands alone but
 * begins the name after it, as an article does. A member the tagger missed is a name, as
 * the plural announces it.
 */
final class ListedNames {
  private static final WordLists WORDS = WordLists.load(ListedNames.class, "listed-names.tsv",
      Set.of("plural", "lead", "name-head"));
  /** The plural words that announce a list, each with the kind of place it names. */
  private static final Map<String, String> PLURALS =
      WORDS.map("plural", Set.of("settlement", "district", "region"));
  /** Words between the plural and the first name: "of", "such as", "most notably". */
  private static final Set<String> LEADS = Set.copyOf(WORDS.set("lead"));
  private static final Set<String> NAME_HEADS = Set.copyOf(WORDS.set("name-head"));
  /** The longest name, in words, looked up at one point of a run. */
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_LEADS = 3;
  /** The most tokens of a list's member that no gazetteer knows ("al", "-", "Azamiyah"). */
  private static final int MAX_MEMBER_TOKENS = 3;

  private final GeoNamesGazetteer gazetteer;

  ListedNames(GeoNamesGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Replaces, in {@code found}, the toponyms of each such list of {@code doc} with the names it
   * holds.
   */
  void apply(AnnotatedDocument doc, List<Toponym> found) {
    List<CoreLabel> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String kind = PLURALS.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
      if (kind == null) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && j - i <= MAX_LEADS
          && LEADS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        j++;
      }
      int end = j;
      for (int[] segment : segments(tokens, j)) {
        List<Toponym> parts = parts(doc, segment[0], segment[1], cue(kind));
        Toponym whole = parts.isEmpty() ? member(doc, segment[0], segment[1], cue(kind)) : null;
        if (whole != null && found.stream().noneMatch(t -> t.span().overlaps(whole.span()))) {
          found.add(whole);
        } else if (!parts.isEmpty()) {
          Span run = new Span(parts.get(0).span().start(),
              parts.get(parts.size() - 1).span().end());
          found.removeIf(t -> t.span().overlaps(run));
          found.addAll(parts);
        }
        end = segment[1];
      }
      i = Math.max(i, end);
    }
  }

  private static Toponym.Cue cue(String kind) {
    return switch (kind) {
      case "region" -> Toponym.Cue.REGION;
      case "district" -> Toponym.Cue.DISTRICT;
      default -> Toponym.Cue.SETTLEMENT;
    };
  }

  /**
   * The runs of name words from token {@code from}, parted by "and" or a comma, up to the first
   * other word: each as its first and last token.
   */
  private static List<int[]> segments(List<CoreLabel> tokens, int from) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    int k = from;
    for (; k < tokens.size(); k++) {
      String w = tokens.get(k).word();
      boolean separator = w.equals("and") || w.equals(",");
      if (separator) {
        if (k > start) {
          out.add(new int[] {start, k - 1});
        }
        start = k + 1;
        continue;
      }
      boolean nameWord = k == start ? beginsName(tokens, k)
          : NameParts.capitalised(w) || NameParts.isConnector(w) || NameParts.articleTail(w);
      if (!nameWord) {
        break;
      }
    }
    if (k > start) {
      out.add(new int[] {start, k - 1});
    }
    return out;
  }

  /**
   * The names tokens {@code a..b} hold, or none when they are one name the gazetteer knows, or
   * hold fewer than two known names of one country.
   */
  private List<Toponym> parts(AnnotatedDocument doc, int a, int b, Toponym.Cue cue) {
    List<CoreLabel> tokens = doc.tokens();
    String text = doc.text();
    if (b == a || !countries(text(text, tokens, a, b)).isEmpty()) {
      return List.of();
    }
    List<int[]> names = new ArrayList<>();
    List<Set<String>> knownIn = new ArrayList<>();
    int unknownStart = -1;
    int k = a;
    while (k <= b) {
      int end = -1;
      Set<String> in = Set.of();
      boolean starts = !head(tokens.get(k).word()) && NameParts.nameStart(tokens.get(k).word());
      for (int e = Math.min(b, k + MAX_NAME_WORDS - 1); starts && e >= k && end < 0; e--) {
        if (nameEnd(tokens.get(e).word())) {
          in = countries(text(text, tokens, k, e));
          end = in.isEmpty() ? -1 : e;
        }
      }
      if (end < 0) {
        unknownStart = unknownStart < 0 ? k : unknownStart;
        k++;
        continue;
      }
      // "Ayn" of "Misraba Ayn Tarma", "al-" of "Qensrin al-Kallaseh": a word that begins
      // names, or an article, begins the known name after it.
      int from = k;
      while (unknownStart >= 0 && from > unknownStart
          && (head(tokens.get(from - 1).word()) || NameParts.isConnector(
              tokens.get(from - 1).word()))) {
        from--;
      }
      if (unknownStart >= 0 && unknownStart < from) {
        names.add(new int[] {unknownStart, from - 1});
        knownIn.add(Set.of());
      }
      unknownStart = -1;
      names.add(new int[] {from, end});
      knownIn.add(in);
      k = end + 1;
    }
    if (unknownStart >= 0) {
      names.add(new int[] {unknownStart, b});
      knownIn.add(Set.of());
    }
    if (!twoOfOneCountry(knownIn)) {
      return List.of();
    }
    List<Toponym> out = new ArrayList<>();
    for (int[] n : names) {
      if (!beginsName(tokens, n[0]) || !nameEnd(tokens.get(n[1]).word())) {
        return List.of(); // "Bab al-" is no name
      }
      Span span = new Span(tokens.get(n[0]).beginPosition(), tokens.get(n[1]).endPosition());
      out.add(new Toponym(span, span.of(text), Toponym.Kind.NAME, cue, false, false));
    }
    return out;
  }

  /**
   * The one name of tokens {@code a..b}, up to three proper nouns, or null: "the neighborhoods
   * of al-Furqan and al-Azamiyah" announces both, though no gazetteer knows them.
   */
  private static Toponym member(AnnotatedDocument doc, int a, int b, Toponym.Cue cue) {
    List<CoreLabel> tokens = doc.tokens();
    if (b - a >= MAX_MEMBER_TOKENS || !beginsName(tokens, a) || !nameEnd(tokens.get(b).word())) {
      return null;
    }
    for (int k = a; k <= b; k++) {
      CoreLabel t = tokens.get(k);
      if (!t.tag().startsWith("NNP") && !NameParts.articleTail(t.word())
          && !NameParts.isConnector(t.word())) {
        return null;
      }
    }
    Span span = new Span(tokens.get(a).beginPosition(), tokens.get(b).endPosition());
    return new Toponym(span, span.of(doc.text()), Toponym.Kind.NAME, cue, false, false);
  }

  /** Whether two of the names are known in one country. */
  private static boolean twoOfOneCountry(List<Set<String>> knownIn) {
    Map<String, Integer> counts = new HashMap<>();
    knownIn.forEach(in -> in.forEach(c -> counts.merge(c, 1, Integer::sum)));
    return counts.values().stream().anyMatch(n -> n >= 2);
  }

  private static boolean head(String word) {
    return NAME_HEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static String text(String text, List<CoreLabel> tokens, int a, int b) {
    return text.substring(tokens.get(a).beginPosition(), tokens.get(b).endPosition());
  }

  /**
   * Whether token {@code k} may begin a name: "Rastan", "al-Furqan", or the article split off
   * it ("al", "-", "Azamiyah").
   */
  private static boolean beginsName(List<CoreLabel> tokens, int k) {
    return NameParts.nameStart(tokens.get(k).word()) || NameParts.isArticle(tokens.get(k).word())
        && k + 1 < tokens.size() && tokens.get(k + 1).word().equals("-");
  }

  /** A word that may end a name: capitalised ("Numan"), or "al-Numan"; not "Al", "-". */
  private static boolean nameEnd(String word) {
    return NameParts.articleTail(word)
        || NameParts.capitalised(word) && !NameParts.isConnector(word);
  }

  /**
   * The countries in which the gazetteer knows {@code name} as a settlement, district or
   * first-level region, as written or by four consonants or more; none for a country or a
   * people ("Turkmen"). A name of three letters or fewer ("Ter" of "Ter Maaleh"), or of fewer
   * consonants ("Maara" of "Maara Al-Numan"), is too often the start of a longer one to stand
   * alone.
   */
  private Set<String> countries(String name) {
    Set<String> out = new HashSet<>();
    List<GazetteerEntry> entries = new ArrayList<>();
    if (NameKey.exact(name).length() >= 4) {
      entries.addAll(gazetteer.lookup(name));
    }
    if (NameKey.skeleton(name).length() >= 4) {
      entries.addAll(gazetteer.lookupLoose(name));
    }
    for (GazetteerEntry e : entries) {
      if (e.level() != Level.COUNTRY && e.level() != Level.REGION && e.country() != null) {
        out.add(e.country());
      }
    }
    return out;
  }
}
