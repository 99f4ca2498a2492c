package org.vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vigil.model.Event.Means;
import org.vigil.model.Span;
import org.vigil.tables.DataTable;

/**
 * The weapons and means a report names, each under one name: "barrel bombs" and "barrel bomb"
 * are a barrel bomb, "bomb-laden car" a car bomb, "mortar shells" a mortar, as the table
 * {@code means.tsv} says, so a filter or an export reads them alike whatever the wording.
 */
final class MeansLexicon {

  private record Word(String name, Pattern pattern) {}

  /** How far before a trigger its means may be named: "barrel bombs dropped on ...". */
  private static final int MEANS_BEFORE = 40;
  /** How far after: "an air strike with cluster munitions", "a shell fired from a mortar". */
  private static final int MEANS_AFTER = 60;

  private final List<Word> words = new ArrayList<>();

  /** The table bundled with Vigil: {@code means.tsv}, read when Vigil starts. */
  static final MeansLexicon STANDARD = new MeansLexicon();

  private MeansLexicon() {
    for (DataTable.Line row : DataTable.lines(MeansLexicon.class, "means.tsv")) {
      String[] f = row.fields();
      if (f.length != 2 || f[0].isEmpty() || f[1].isEmpty()) {
        throw row.error("expected a name and its words, tab-separated");
      }
      try {
        words.add(new Word(f[0], Pattern.compile("\\b(?:" + f[1] + ")\\b",
            Pattern.CASE_INSENSITIVE)));
      } catch (PatternSyntaxException e) {
        throw row.error("the words are no regular expression: " + e.getDescription());
      }
    }
  }

  /**
   * The means named in {@code text} between {@code from} and {@code to}, in text order, one per
   * name; where two words overlap ("barrel bomb" in "barrel bombs"), the first name of the table.
   */
  List<Means> find(String text, int from, int to) {
    List<Means> found = new ArrayList<>();
    for (Word w : words) {
      Matcher m = w.pattern().matcher(text).region(from, to);
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        if (found.stream().noneMatch(x -> x.span().overlaps(s))) {
          found.add(new Means(w.name(), s));
        }
      }
    }
    found.sort((a, b) -> a.span().compareTo(b.span()));
    List<Means> once = new ArrayList<>();
    for (Means m : found) {
      if (once.stream().noneMatch(x -> x.name().equals(m.name()))) {
        once.add(m);
      }
    }
    return once;
  }

  /**
   * The weapons or means the incident's sentences name around its triggers ("helicopters
   * dropped barrel bombs", "a car bomb exploded"), one per name, first told first.
   */
  List<Means> around(IncidentGrouper.Incident incident, String text) {
    List<Means> out = new ArrayList<>();
    for (EventMention m : incident.mentions) {
      Span s = m.sentenceSpan();
      Span t = m.trigger().span();
      for (Means found : find(text, Math.max(s.start(), t.start() - MEANS_BEFORE),
          Math.min(s.end(), t.end() + MEANS_AFTER))) {
        if (out.stream().noneMatch(x -> x.name().equals(found.name()))) {
          out.add(found);
        }
      }
    }
    return out;
  }
}
