package org.vigil.geo;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.gazetteer.Level;
import org.vigil.geo.gazetteer.NameKey;
import org.vigil.model.Dateline;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.tables.WordLists;

/**
 * Finds the toponyms of an article: CoreNLP's LOCATION mentions, and what its tagger misses
 * or mislabels, read against the gazetteer.
 *
 * <p>Beyond the tagger: names it left untagged (countries and regions always, towns when large
 * or announced by a word such as "province" or "camp of"); demonyms and leading place names
 * inside organisations ("Syrian" in "Syrian Observatory"); places it took for people ("Albu
 * Kamal" after "recapture of"), kept only as weak finds; names no gazetteer has but the text
 * announces ("the camp of Qah"); and the dateline's place.
 */
public final class ToponymFinder {
  private static final WordLists CUES = WordLists.load(ToponymFinder.class, "place-cues.tsv",
      Set.of("region-word", "settlement-word", "district-word", "locative", "scene-preposition",
          "compass-adjective", "facility-head", "people-adjective-ending"));
  private static final WordLists ORGANISATIONS = WordLists.load(ToponymFinder.class,
      "organisation-names.tsv", Set.of("organisation-head", "organisation-lead",
          "place-named-group"));
  private static final WordLists NAME_PARTS = WordLists.load(ToponymFinder.class,
      "name-parts.tsv", Set.of("article", "hyphened-article", "connector"));

  private static final Set<String> REGION_WORDS = Set.copyOf(CUES.set("region-word"));
  private static final Set<String> SETTLEMENT_WORDS = Set.copyOf(CUES.set("settlement-word"));
  private static final Set<String> DISTRICT_WORDS = Set.copyOf(CUES.set("district-word"));
  private static final Set<String> LOCATIVES = Set.copyOf(CUES.set("locative"));
  private static final Set<String> COMPASS_ADJECTIVES =
      Set.copyOf(CUES.set("compass-adjective"));
  private static final Set<String> SCENE_PREPOSITIONS =
      Set.copyOf(CUES.set("scene-preposition"));
  /** Heads that make an organisation-looking name a place: "Tahrir Square", "Incirlik Air Base". */
  private static final Set<String> FACILITY_HEADS = Set.copyOf(CUES.set("facility-head"));
  /** Capitalised words after which a place name is part of an organisation's: "Quds Force". */
  private static final Set<String> ORGANISATION_HEADS =
      Set.copyOf(ORGANISATIONS.set("organisation-head"));
  /** Arabic words that lead an armed or political group's name: "Failaq al-Sham". */
  private static final Set<String> ORGANISATION_LEADS =
      Set.copyOf(ORGANISATIONS.set("organisation-lead"));
  /** Adjectives of peoples and faiths, by their endings: "Kurdish", "Alawite", "Syrian". */
  private static final Pattern PEOPLE_ADJECTIVE = Pattern.compile(
      ".*(?:" + CUES.alternation("people-adjective-ending") + ")");
  /** The last word of "Deir az-Zour", "Deir ez-Zor": lower-case article, capital name. */
  private static final Pattern ARTICLE_TAIL = Pattern.compile(
      "(?:" + NAME_PARTS.alternation("hyphened-article") + ")-\\p{Lu}\\p{L}*");
  /** An article and the word it is joined to, in lower case: "az-zour", "al-sham". */
  private static final Pattern HYPHENED_ARTICLE = Pattern.compile(
      "(?:" + NAME_PARTS.alternation("hyphened-article") + ")-\\p{L}+");
  private static final Set<String> ARTICLE_WORDS = Set.copyOf(NAME_PARTS.set("article"));
  /** Lower-case words inside a name besides the article: "of", "de", "-". */
  private static final Set<String> CONNECTORS = Set.copyOf(NAME_PARTS.set("connector"));
  /** Armed groups named after the places they claim, tagged piecemeal by CoreNLP. */
  private static final Pattern PLACE_NAMED_GROUP = Pattern.compile(
      String.join("|", ORGANISATIONS.list("place-named-group")));
  /** A town this large is the likelier reading of its name than a word or a person. */
  private static final long LARGE_TOWN = 100_000;
  private static final Set<String> PLACE_TAGS = Set.of(
      "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private final GeoNamesGazetteer gazetteer;
  private final PlaceOptions options;

  public ToponymFinder(GeoNamesGazetteer gazetteer, PlaceOptions options) {
    this.gazetteer = gazetteer;
    this.options = options;
  }

  /** Every toponym of {@code doc}, in text order, none overlapping another. */
  public List<Toponym> find(AnnotatedDocument doc, Dateline dateline) {
    List<Toponym> found = new ArrayList<>();
    List<CoreLabel> tokens = doc.tokens();
    if (dateline != null && dateline.placeName() != null) {
      String written = dateline.span().of(doc.text());
      int at = written.toUpperCase(Locale.ROOT).indexOf(
          dateline.placeName().toUpperCase(Locale.ROOT));
      if (at >= 0) {
        int start = dateline.span().start() + at;
        found.add(new Toponym(new Span(start, start + dateline.placeName().length()),
            dateline.placeName(), Toponym.Kind.NAME, Toponym.Cue.NONE, false, true));
      }
    }
    for (AnnotatedDocument.Mention m : doc.mentions()) {
      fromMention(doc, tokens, m, found);
    }
    scanUntagged(doc, tokens, found);
    Matcher group = PLACE_NAMED_GROUP.matcher(doc.text());
    while (group.find()) {
      Span name = new Span(group.start(), group.end());
      found.removeIf(t -> name.contains(t.span()));
    }
    return settle(found);
  }

  private void fromMention(AnnotatedDocument doc, List<CoreLabel> tokens,
      AnnotatedDocument.Mention m, List<Toponym> out) {
    int first = doc.tokenAt(m.span().start());
    int last = doc.tokenAt(m.span().end() - 1);
    if (first < 0 || last < 0) {
      return;
    }
    String tag = m.ner();
    if (PLACE_TAGS.contains(tag)) {
      if (beforeOrganisationHead(tokens, last) || leadsOrganisation(tokens.get(first))
          || (first == last && options.stopNames().contains(m.text().toLowerCase(Locale.ROOT)))) {
        return; // "the West" is no place to put on a map
      }
      if (first == last && surnameOfNamedPerson(doc, m.text())) {
        return; // "Miranda tweeted" after "Lin-Manuel Miranda"
      }
      if (splitPossessive(tokens, first, last, out)) {
        first++;
      }
      int end = extended(doc.text(), tokens, first, last);
      if (end > first && endsInCountry(doc.text(), tokens, first, end)) {
        // "south of the city of Tabqa Syria": a place and its country, the comma lost
        Span country = AnnotatedDocument.span(tokens.get(end));
        out.add(new Toponym(country, country.of(doc.text()), Toponym.Kind.NAME,
            Toponym.Cue.NONE, false, false));
        end--;
      }
      Span span = new Span(tokens.get(first).beginPosition(), tokens.get(end).endPosition());
      List<Span> glued = gluedPlaces(doc.text(), span);
      if (glued.size() > 1) {
        // "Rocket Attacks in Aleppo Daraa", "the Asia-Pacific": a list that lost its commas.
        for (Span part : glued) {
          out.add(new Toponym(part, part.of(doc.text()), Toponym.Kind.NAME, Toponym.Cue.NONE,
              false, false));
        }
        return;
      }
      out.add(new Toponym(span, span.of(doc.text()), Toponym.Kind.NAME,
          cue(tokens, first, end), false, false));
      return;
    }
    if (tag.equals("MISC") || tag.equals("NATIONALITY")) {
      if (isDemonym(m.text())) {
        out.add(new Toponym(m.span(), m.text(), Toponym.Kind.DEMONYM, Toponym.Cue.NONE, false,
            false));
      } else if (isLargePlace(m.text()) && !beforeOrganisationHead(tokens, last)) {
        out.add(new Toponym(m.span(), m.text(), Toponym.Kind.NAME, cue(tokens, first, last),
            false, false));
      } else if (cue(tokens, first, last) != Toponym.Cue.NONE && !peopleAdjective(tokens, last)) {
        // CoreNLP calls "al-Jaberiyeh" of "al-Jaberiyeh village" MISC; the word says place. Not
        // so "the Kurdish city" or "a majority-Alawite district": the word says whose.
        out.add(new Toponym(m.span(), m.text(), Toponym.Kind.NAME, cue(tokens, first, last),
            false, false));
      } else {
        leadingPlace(doc.text(), tokens, first, last, out);
      }
      return;
    }
    if (tag.equals("ORGANIZATION")) {
      String head = tokens.get(last).word().toLowerCase(Locale.ROOT);
      if (isLargePlace(m.text()) || (FACILITY_HEADS.contains(head) && first < last)) {
        out.add(new Toponym(m.span(), m.text(), Toponym.Kind.NAME, Toponym.Cue.NONE, false,
            false));
      } else if (first == last && first > 0
          && LOCATIVES.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))
          && gazetteer.lookup(m.text()).stream().anyMatch(e -> e.level() == Level.SETTLEMENT)) {
        // "the clashes in Afrin": one word after "in" that names a town; weak, as a town may
        // lend its name to a group.
        out.add(new Toponym(m.span(), m.text(), Toponym.Kind.NAME, cue(tokens, first, last),
            true, false));
      } else {
        leadingPlace(doc.text(), tokens, first, last, out);
      }
      return;
    }
    if (tag.equals("PERSON") && !Character.isUpperCase(m.text().charAt(0))) {
      return; // "and he's wearing a mask": a pronoun, whatever follows "and"
    }
    if (tag.equals("PERSON") && splitPossessive(tokens, first, last, out)) {
      // "Syrias Homs", tagged as one person: the rest is a place if a large one.
      Span rest = new Span(tokens.get(first + 1).beginPosition(), m.span().end());
      if (isLargePlace(rest.of(doc.text()))) {
        out.add(new Toponym(rest, rest.of(doc.text()), Toponym.Kind.NAME,
            cue(tokens, first + 1, last), false, false));
      }
      return;
    }
    // "Homs has seen the worst violence", "Douma is surrounded": a city tagged a person; weak,
    // so kept only in the article's country near its other places. But "Nelson says" after
    // "councillor Dewly Nelson" is the councillor.
    if (tag.equals("PERSON") && first == last && (isLargePlace(m.text())
        || gazetteer.lookup(m.text()).stream().anyMatch(e -> e.level() == Level.SETTLEMENT
        && e.population() >= LARGE_TOWN)) && !surnameOfNamedPerson(doc, m.text())) {
      out.add(new Toponym(m.span(), m.text(), Toponym.Kind.NAME, cue(tokens, first, last), true,
          false));
      return;
    }
    // "in Albu Kamal", "Deir Ezzor province": CoreNLP took a place for a person.
    if (tag.equals("PERSON") && ((first > 0
        && LOCATIVES.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT)))
        || cue(tokens, first, last) != Toponym.Cue.NONE)
        && !partOfLongerPerson(doc, m)) {
      boolean known = gazetteer.lookup(m.text()).stream().anyMatch(e -> e.level() != Level.REGION)
          || !gazetteer.lookupLoose(m.text()).isEmpty();
      if (known) {
        // Weak unless a word such as "province" says place.
        Toponym.Cue cue = cue(tokens, first, last);
        out.add(new Toponym(m.span(), m.text(), Toponym.Kind.NAME, cue, cue == Toponym.Cue.NONE,
            false));
      }
    }
  }

  /**
   * The large places (see {@link #isLargePlace}) that {@code span} lists one after another
   * with no comma, "Aleppo Hama Damascus", "Asia-Pacific", when the gazetteer lacks the whole;
   * else the whole span alone.
   */
  private List<Span> gluedPlaces(String text, Span span) {
    String whole = span.of(text);
    if (!gazetteer.lookup(whole).isEmpty() || !gazetteer.lookupLoose(whole).isEmpty()) {
      return List.of(span);
    }
    // Word starts: after a space, or after a hyphen before a capital ("Asia-Pacific", but not
    // "Deir ez-Zor").
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int k = 1; k < whole.length(); k++) {
      char before = whole.charAt(k - 1);
      if ((before == ' ' || before == '-') && Character.isUpperCase(whole.charAt(k))) {
        starts.add(k);
      } else if (before == ' ') {
        return List.of(span); // a lower-case word inside: "Daraa al-Balad" is one place
      }
    }
    List<Span> parts = new ArrayList<>();
    int at = 0;
    while (at < starts.size()) {
      int next = -1;
      for (int to = starts.size(); to > at; to--) {
        int end = to == starts.size() ? whole.length() : starts.get(to) - 1;
        String part = whole.substring(starts.get(at), end);
        // "U.S. Virgin Islands": an abbreviated country qualifies the name after it.
        if (!part.endsWith(".") && isLargePlace(part)) {
          parts.add(new Span(span.start() + starts.get(at), span.start() + end));
          next = to;
          break;
        }
      }
      if (next < 0) {
        return List.of(span);
      }
      at = next;
    }
    return parts;
  }

  /**
   * The last token of the name that starts at {@code first}: CoreNLP often tags only "Deir" of
   * "Deir az-Zour" or "Deir Ezzor"; the following tokens join when the longer name is known.
   */
  private int extended(String text, List<CoreLabel> tokens, int first, int last) {
    int best = last;
    for (int end = last + 1; end < Math.min(tokens.size(), last + 4); end++) {
      CoreLabel t = tokens.get(end);
      if (t.beginPosition() - tokens.get(end - 1).endPosition() > 1
          || !(capitalised(t.word()) || isConnector(t.word()))) {
        break;
      }
      String name = text.substring(tokens.get(first).beginPosition(), t.endPosition());
      // A capitalised tail must make a known name as written ("Deir Ezzor"); one after an
      // article ("az-Zour") may be a transliteration only the skeleton knows.
      boolean known = !gazetteer.lookup(name).isEmpty();
      boolean afterArticle = ARTICLE_TAIL.matcher(t.word()).matches()
          || (capitalised(t.word()) && end - 2 > last
          && ARTICLE_WORDS.contains(tokens.get(end - 2).word().toLowerCase(Locale.ROOT)));
      if ((capitalised(t.word()) && known)
          || (afterArticle && (known || !gazetteer.lookupLoose(name).isEmpty()))) {
        best = end;
      }
    }
    return best;
  }

  /**
   * Whether the name ends a longer person's name the article gives that begins with no place:
   * "Nelson" of "Dewly Nelson", but not "Homs" of "Syrias Homs", which CoreNLP tags a person.
   */
  private boolean surnameOfNamedPerson(AnnotatedDocument doc, String name) {
    for (AnnotatedDocument.Mention other : doc.mentions()) {
      String whole = other.text();
      if (other.ner().equals("PERSON") && whole.endsWith(" " + name)) {
        String first = whole.substring(0, whole.indexOf(' '));
        String bare = first.replaceAll("['’]?s$", "");
        if (!isLargePlace(first) && !isLargePlace(bare)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Soleimani" after "killing of" is the Qasem Soleimani named elsewhere, not a town. */
  private static boolean partOfLongerPerson(AnnotatedDocument doc, AnnotatedDocument.Mention m) {
    for (AnnotatedDocument.Mention other : doc.mentions()) {
      if (other.ner().equals("PERSON") && other.text().length() > m.text().length()
          && other.text().contains(m.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Places inside an organisation's or event's name: "Syrian" in "Syrian Observatory", "France"
   * in "Air France KLM", "Russian" in "anti-Russian". Mentions of places, never event places.
   */
  private void leadingPlace(String text, List<CoreLabel> tokens, int first, int last,
      List<Toponym> out) {
    for (int from = first; from <= last; from++) {
      if (!capitalised(tokens.get(from).word())) {
        continue;
      }
      for (int end = Math.min(last, from + 2); end >= from; end--) {
        if (from == first && end == last) {
          continue; // the whole mention was judged already
        }
        Span span = new Span(tokens.get(from).beginPosition(), tokens.get(end).endPosition());
        String name = span.of(text);
        if (from == end && options.stopNames().contains(name.toLowerCase(Locale.ROOT))) {
          continue; // "South" of "South Florida" is no Cameroonian region
        }
        Toponym found = null;
        if (isDemonym(name)) {
          found = new Toponym(span, name, Toponym.Kind.DEMONYM, Toponym.Cue.NONE, false, false);
        } else if ((isCountryOrRegion(name) || isLargePlace(name))
            && !(end < last && isDemonym(tokens.get(end + 1).word()))) {
          // not a word that qualifies the people the name goes on to: "Free Syrian Army"
          found = new Toponym(span, name, Toponym.Kind.NAME, Toponym.Cue.NONE, false, false);
        }
        if (found != null) {
          out.add(found);
          from = end;
          break;
        }
      }
    }
  }

  /** Only these lead an organisation's name as a place: "Quds Force" is no Jerusalem. */
  private boolean isCountryOrRegion(String name) {
    return gazetteer.lookup(name).stream().anyMatch(e -> e.level() == Level.COUNTRY
        || e.level() == Level.REGION || e.level() == Level.ADMIN1);
  }

  /** Gazetteer names among the tokens CoreNLP left untagged, and names the text announces. */
  private void scanUntagged(AnnotatedDocument doc, List<CoreLabel> tokens, List<Toponym> out) {
    String text = doc.text();
    for (int i = 0; i < tokens.size(); i++) {
      if (!untagged(tokens.get(i)) || !nameStart(tokens.get(i).word())) {
        continue;
      }
      int matchedEnd = -1;
      for (int end = Math.min(tokens.size() - 1, i + options.maxNameTokens() - 1); end >= i;
          end--) {
        if (!runOfName(tokens, i, end)) {
          continue;
        }
        Span span = new Span(tokens.get(i).beginPosition(), tokens.get(end).endPosition());
        String name = span.of(text);
        Toponym t = untaggedToponym(tokens, i, end, span, name);
        if (t != null && i == end && surnameOfNamedPerson(doc, name)) {
          break; // "Miranda's son" after "Lin-Manuel Miranda"
        }
        if (t != null) {
          out.add(t);
          matchedEnd = end;
          break;
        }
      }
      if (matchedEnd >= 0) {
        i = matchedEnd;
      }
    }
  }

  private static boolean leadsOrganisation(CoreLabel token) {
    return ORGANISATION_LEADS.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /** An adjective saying which people or faith: "Kurdish" (JJ), "Alawite", "majority-Alawite". */
  private static boolean peopleAdjective(List<CoreLabel> tokens, int last) {
    CoreLabel t = tokens.get(last);
    return t.tag().startsWith("JJ") || PEOPLE_ADJECTIVE.matcher(t.word()).matches();
  }

  private static boolean beforeOrganisationHead(List<CoreLabel> tokens, int last) {
    return last + 1 < tokens.size() && ORGANISATION_HEADS.contains(tokens.get(last + 1).word());
  }

  private Toponym untaggedToponym(List<CoreLabel> tokens, int i, int end, Span span,
      String name) {
    if ((i == end && options.stopNames().contains(name.toLowerCase(Locale.ROOT)))
        || beforeOrganisationHead(tokens, end) || leadsOrganisation(tokens.get(i))) {
      return null;
    }
    if (isDemonym(name)) {
      return new Toponym(span, name, Toponym.Kind.DEMONYM, Toponym.Cue.NONE, false, false);
    }
    Toponym.Cue cue = cue(tokens, i, end);
    // "al-Zor" of "Deir al-Zor" is often tagged an adjective.
    boolean proper = tokens.get(end).tag().startsWith("NNP")
        || ARTICLE_TAIL.matcher(tokens.get(end).word()).matches();
    List<GazetteerEntry> entries = gazetteer.lookup(name);
    String key = NameKey.exact(name);
    boolean dotted = tokens.get(end).word().endsWith(".")
        || (end + 1 < tokens.size() && tokens.get(end + 1).word().equals("."));
    for (GazetteerEntry e : entries) {
      if (!dotted && onlyAbbreviated(e, key)) {
        continue; // "Easter Sunday Mass" is no "Mass."
      }
      boolean wide = e.level() == Level.COUNTRY || e.level() == Level.REGION;
      // An untagged word matching only one of a town's many alternate names ("Quds" of
      // Jerusalem, in "Quds Force") is more often something else; a longer name ("Deir
      // al-Zor") is rarely, and an area's few names ("Ghouta") are all its own.
      boolean ownName = NameKey.exact(e.name()).equals(key) || end > i
          || (e.names().size() > 1 && NameKey.exact(e.names().get(1)).equals(key))
          || e.listedArea();
      if ((wide && (proper || GeoNamesGazetteer.isAcronym(name)))
          || (proper && ownName && e.level() == Level.ADMIN1)
          || (proper && ownName && (e.population() >= options.minPopulationUntagged()
          || cue != Toponym.Cue.NONE || locativeBefore(tokens, i)))) {
        return new Toponym(span, name, Toponym.Kind.NAME, cue, false, false);
      }
    }
    // Not in the gazetteer, but announced: "the camp of Qah", "Atmeh camp".
    if (proper && cue != Toponym.Cue.NONE && end - i < 3) {
      return new Toponym(span, name, Toponym.Kind.NAME, cue, false, false);
    }
    return i == end ? articleName(tokens, i, cue) : null;
  }

  /**
   * An Arabic name after "in" or "near", spelled as the gazetteer does not: "in al-Hassakeh"
   * (Al-Hasakah), tokenised as one word or as "al", "-", "Hassakeh". Null if none.
   */
  private Toponym articleName(List<CoreLabel> tokens, int i, Toponym.Cue cue) {
    int first = i;
    if (!ARTICLE_TAIL.matcher(tokens.get(i).word()).matches()) {
      if (i < 2 || !tokens.get(i - 1).word().equals("-")
          || !ARTICLE_WORDS.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT))) {
        return null;
      }
      first = i - 2;
    }
    if (first == 0 || !SCENE_PREPOSITIONS.contains(
        tokens.get(first - 1).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Span span = new Span(tokens.get(first).beginPosition(), tokens.get(i).endPosition());
    String name = first == i ? tokens.get(i).word()
        : tokens.get(first).word() + "-" + tokens.get(i).word();
    if (span.length() != name.length() || gazetteer.lookupLoose(name).isEmpty()) {
      return null;
    }
    return new Toponym(span, name, Toponym.Kind.NAME, cue, false, false);
  }

  private static boolean runOfName(List<CoreLabel> tokens, int i, int end) {
    for (int k = i; k <= end; k++) {
      CoreLabel t = tokens.get(k);
      if (!untagged(t)) {
        return false;
      }
      boolean inner = k > i && k < end;
      if (k == i && nameStart(t.word())) {
        continue;
      }
      boolean articleTail = k == end && k > i && ARTICLE_TAIL.matcher(t.word()).matches();
      if (!capitalised(t.word()) && !(inner && isConnector(t.word())) && !articleTail) {
        return false;
      }
      if (k > i && t.beginPosition() - tokens.get(k - 1).endPosition() > 1) {
        return false;
      }
    }
    return true;
  }

  /** A word that may begin a place name: capitalised, or "al-Jaberiyeh". */
  private static boolean nameStart(String word) {
    return capitalised(word) || ARTICLE_TAIL.matcher(word).matches();
  }

  /** Lower-case words inside a name: "Deir az-Zour" is tokenised "Deir", "az", "-", "Zour". */
  private static boolean isConnector(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CONNECTORS.contains(w) || ARTICLE_WORDS.contains(w)
        || HYPHENED_ARTICLE.matcher(w).matches();
  }

  private static boolean untagged(CoreLabel t) {
    String ner = t.ner();
    return ner == null || ner.equals("O");
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean locativeBefore(List<CoreLabel> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String before = tokens.get(i - 1).word();
    // "in eastern Ghouta": a compass adjective in lower case places the name as "in" does.
    return (LOCATIVES.contains(before.toLowerCase(Locale.ROOT)) && !before.equals("and"))
        || COMPASS_ADJECTIVES.contains(before);
  }

  /**
   * The cue of the words right after ("Idlib province") or before ("the camp of Qah"), or of
   * the name's own last word when the tagger took it in ("Hassakeh province").
   */
  private static Toponym.Cue cue(List<CoreLabel> tokens, int first, int last) {
    if (last > first) {
      Toponym.Cue own = cueWord(tokens.get(last).word());
      if (own != Toponym.Cue.NONE) {
        return own;
      }
    }
    if (last + 1 < tokens.size()) {
      Toponym.Cue after = cueWord(tokens.get(last + 1).word());
      if (after != Toponym.Cue.NONE) {
        return after;
      }
    }
    if (first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")) {
      return cueWord(tokens.get(first - 2).word());
    }
    return Toponym.Cue.NONE;
  }

  private static Toponym.Cue cueWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (REGION_WORDS.contains(w)) {
      return Toponym.Cue.REGION;
    }
    if (SETTLEMENT_WORDS.contains(w)) {
      return Toponym.Cue.SETTLEMENT;
    }
    return DISTRICT_WORDS.contains(w) ? Toponym.Cue.DISTRICT : Toponym.Cue.NONE;
  }

  private boolean isDemonym(String word) {
    if (gazetteer.demonym(word).isPresent()) {
      return true;
    }
    // Plural of a demonym: "Syrians", "Iraqis"; not "Syrias".
    return word.endsWith("s") && word.length() > 4
        && gazetteer.demonym(word.substring(0, word.length() - 1)).isPresent();
  }

  /** Whether {@code e} has the name {@code key} only as a dotted abbreviation ("Mass."). */
  private static boolean onlyAbbreviated(GazetteerEntry e, String key) {
    boolean abbreviated = false;
    for (String n : e.names()) {
      if (NameKey.exact(n).equals(key)) {
        if (!n.endsWith(".")) {
          return false;
        }
        abbreviated = true;
      }
    }
    return abbreviated;
  }

  /**
   * A country, a region above countries, or a first-level region or large city by its own
   * name (not one of the alternate names a city collects).
   */
  private boolean isLargePlace(String name) {
    String key = NameKey.exact(name);
    for (GazetteerEntry e : gazetteer.lookup(name)) {
      if (e.level() == Level.COUNTRY || e.level() == Level.REGION) {
        return true;
      }
      boolean own = NameKey.exact(e.name()).equals(key);
      if (own && (e.level() == Level.ADMIN1 || e.population() >= LARGE_TOWN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the mention's first word as a place of its own when it is a large place's possessive
   * that lost its apostrophe and more follows: "Aleppos Sukkari", "Syrias Homs".
   */
  private boolean splitPossessive(List<CoreLabel> tokens, int first, int last,
      List<Toponym> out) {
    String head = tokens.get(first).word();
    if (first == last || !head.endsWith("s") || head.length() <= 4
        || !isLargePlace(head.substring(0, head.length() - 1))) {
      return false;
    }
    out.add(new Toponym(AnnotatedDocument.span(tokens.get(first)), head, Toponym.Kind.NAME,
        Toponym.Cue.NONE, false, false));
    return true;
  }

  /**
   * Whether the tokens are no known name whole, but a place of a country (or a country)
   * followed by that country's name: "Tabqa Syria", not "Western US" or "Nazi Germany".
   */
  private boolean endsInCountry(String text, List<CoreLabel> tokens, int first, int last) {
    String whole = text.substring(tokens.get(first).beginPosition(),
        tokens.get(last).endPosition());
    String head = text.substring(tokens.get(first).beginPosition(),
        tokens.get(last - 1).endPosition());
    if (!gazetteer.lookup(whole).isEmpty()
        || options.stopNames().contains(head.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return gazetteer.lookup(tokens.get(last).word()).stream()
        .filter(e -> e.level() == Level.COUNTRY)
        .anyMatch(c -> gazetteer.lookup(head).stream().anyMatch(e ->
            e.level() == Level.COUNTRY || e.country().equals(c.country())));
  }

  /** Drops overlaps: the earlier find wins, then the longer. */
  private static List<Toponym> settle(List<Toponym> found) {
    List<Toponym> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((Toponym t) -> t.span().start())
        .thenComparing(t -> -t.span().length()));
    List<Toponym> kept = new ArrayList<>();
    for (Toponym t : sorted) {
      if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(t.span())) {
        kept.add(t);
      }
    }
    return kept;
  }
}
