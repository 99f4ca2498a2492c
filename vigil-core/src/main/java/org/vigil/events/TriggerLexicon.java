package org.vigil.events;

import static org.vigil.model.SubEventType.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vigil.model.Span;
import org.vigil.model.SubEventType;
import org.vigil.tables.DataTable;
import org.vigil.tables.PatternTable;

/**
 * Finds the words that name an incident ("missile strike", "clashes", "car bomb") and the
 * sub-types each can stand for.
 *
 * <p>Each phrase has a specificity: 3 names the weapon or act outright ("drone strike",
 * "sarin"), 2 is clear but broader ("blast", "clashes"), 1 needs context ("strikes",
 * "offensive"), 0 fits any violence ("attack"). The most specific phrase of a sentence gives
 * the sub-type; generic ones mostly refer back to an incident already named. The phrases are
 * data, {@code triggers.tsv}, checked when the lexicon is built.
 */
final class TriggerLexicon {

  /** One trigger found: its text, span, the sub-types it may mean (first preferred). */
  record Hit(String text, Span span, List<SubEventType> subtypes, int specificity) {
    /** A short stem for matching later mentions of the same act ("assassinat"). */
    String stem() {
      String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[\\s\\-]+");
      String last = words[words.length - 1];
      return last.length() > 6 ? last.substring(0, 6) : last;
    }
  }

  private record Entry(Pattern pattern, List<SubEventType> subtypes, int specificity) {}

  private static final List<SubEventType> ANY_VIOLENCE = List.of(
      ATTACK, ARMED_CLASH, AIR_DRONE_STRIKE, SHELLING, REMOTE_EXPLOSIVE, SUICIDE_BOMB,
      CHEMICAL_WEAPON, GRENADE);

  /** Words that deny the act named next: "there have been no US strikes so far". */
  private static final Pattern DENIED = PatternTable.load(TriggerLexicon.class,
      "trigger-phrases.tsv", Set.of("denied")).get("denied");

  private final List<Entry> entries = new ArrayList<>();

  /** The lexicon bundled with Vigil: {@code triggers.tsv}, read when Vigil starts. */
  static final TriggerLexicon STANDARD =
      new TriggerLexicon(DataTable.lines(TriggerLexicon.class, "triggers.tsv"));

  /** The lexicon of {@code rows} (specificity, sub-event types, words); a bad row fails. */
  TriggerLexicon(List<DataTable.Line> rows) {
    for (DataTable.Line row : rows) {
      String[] f = row.fields();
      if (f.length != 3) {
        throw row.error("expected 3 tab-separated columns (specificity, subtypes, words), found "
            + f.length);
      }
      if (!f[0].matches("[0-3]")) {
        throw row.error("specificity must be 0, 1, 2 or 3, not '" + f[0] + "'");
      }
      List<SubEventType> subtypes = new ArrayList<>();
      for (String label : f[1].split(";")) {
        subtypes.addAll(subtypes(row, label.strip()));
      }
      try {
        entries.add(new Entry(Pattern.compile("\\b(?:" + f[2] + ")\\b",
            Pattern.CASE_INSENSITIVE), List.copyOf(subtypes), Integer.parseInt(f[0])));
      } catch (PatternSyntaxException e) {
        throw row.error("the words are no regular expression: " + e.getDescription());
      }
    }
  }

  private static List<SubEventType> subtypes(DataTable.Line row, String label) {
    if (label.equals("any violence")) {
      return ANY_VIOLENCE;
    }
    for (SubEventType t : SubEventType.values()) {
      if (t.label().equals(label)) {
        return List.of(t);
      }
    }
    throw row.error("no ACLED sub-event type '" + label + "'");
  }

  /**
   * Every trigger in {@code sentence} (starting at {@code offset}) that the sentence does not
   * deny, longest first, no overlaps.
   */
  List<Hit> find(String sentence, int offset) {
    List<Hit> all = new ArrayList<>();
    for (Entry e : entries) {
      Matcher m = e.pattern().matcher(sentence);
      while (m.find()) {
        all.add(new Hit(m.group(), new Span(offset + m.start(), offset + m.end()),
            e.subtypes(), e.specificity()));
      }
    }
    all.sort(Comparator.comparingInt((Hit h) -> -h.span().length())
        .thenComparingInt(h -> -h.specificity()));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : all) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(h.span()))) {
        kept.add(h);
      }
    }
    kept.removeIf(h -> DENIED.matcher(sentence.substring(
        Math.max(0, h.span().start() - offset - 40), h.span().start() - offset)).find());
    kept.sort(Comparator.comparing(Hit::span));
    return kept;
  }

  /** Sub-types for a statement of killing with no weapon named. */
  static List<SubEventType> anyViolence() {
    return ANY_VIOLENCE;
  }

  static Set<SubEventType> set(List<SubEventType> l) {
    return l.isEmpty() ? EnumSet.noneOf(SubEventType.class) : EnumSet.copyOf(l);
  }
}
