package org.vigil.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.casualties.CasualtyMention;
import org.vigil.model.Event.Count;
import org.vigil.model.Event.SourcedFigure;
import org.vigil.model.Span;
import org.vigil.tables.DataTable;

/**
 * Keeps each figure with the source that gave it where a report's sources disagree: "regime
 * media saying one person had been killed" and "The Observatory ... gave a death toll of
 * three" are one bombing's dead, 1 by one count and 3 by another.
 *
 * <p>A figure's source is the one its sentence names in a saying ("according to SANA", "the
 * Observatory said", "... said the monitor"), from the bodies listed in {@code
 * figure-sources.tsv}. Where two sources give different figures of one incident, low and high
 * span them and the best is the first a monitor gives, else the first given: a belligerent's
 * count of the dead is the one with a stake in it. Figures of one source, and figures no source
 * is named for, are the tally's to combine ({@link org.vigil.casualties.CasualtyTally}).
 */
final class FigureSources {

  /** A body that gives figures: its one name and whether it counts without fighting. */
  private record Source(String name, boolean monitor, Pattern words) {}

  /** A source named in a sentence. */
  private record Named(Source source, int start, int end) {}

  private static final List<Source> SOURCES = load();

  /** The verbs of a saying, before or after the figure: "SANA said", "... , the monitor said". */
  private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:said|says|saying|say"
      + "|reported|reports|reporting|told|tells|gave|gives|giving|put|puts|putting|estimated"
      + "|estimates|documented|recorded|counted|confirmed|announced|stated|added)\\b");
  /** How far from its verb a source named after the figure may end or begin. */
  private static final int NEXT_TO_VERB = 25;
  private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s+$");

  private static List<Source> load() {
    List<Source> out = new ArrayList<>();
    for (DataTable.Line line : DataTable.lines(FigureSources.class, "figure-sources.tsv")) {
      String[] f = line.fields();
      if (f.length != 3 || !f[0].matches("monitor|party") || f[1].isEmpty()
          || f[2].isEmpty()) {
        throw line.error("expected kind (monitor or party), source, words");
      }
      try {
        out.add(new Source(f[1], f[0].equals("monitor"),
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + f[2] + ")(?![\\p{L}\\p{N}])")));
      } catch (IllegalArgumentException e) {
        throw line.error("bad pattern: " + e.getMessage());
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@code tallied}, the incident's combined figure, with each source's figure kept and its
   * range widened to span them, when the sources of {@code mentions} (of one kind) disagree;
   * else {@code tallied} as it is.
   */
  Count withSources(Count tallied, List<CasualtyMention> mentions, String text,
      List<Span> sentences) {
    if (tallied == null || mentions.stream().anyMatch(CasualtyMention::update)) {
      return tallied; // a toll that "rose" replaces the earlier one; no source disputes it
    }
    List<CasualtyMention> stated = mentions.stream()
        .filter(m -> !m.individual() && value(m) != null).toList();
    if (stated.stream().map(FigureSources::value).distinct().count() < 2) {
      return tallied; // one figure, however often told: nothing to dispute, no source to read
    }
    Map<Source, SourcedFigure> first = new LinkedHashMap<>();
    for (CasualtyMention m : stated) {
      Source s = sourceOf(m.span(), text, sentences);
      if (s != null && !first.containsKey(s)) {
        first.put(s, new SourcedFigure(value(m), s.name(), m.span()));
      }
    }
    if (first.values().stream().map(SourcedFigure::value).distinct().count() < 2) {
      return tallied;
    }
    int low = Integer.MAX_VALUE;
    int high = Integer.MIN_VALUE;
    Integer best = null;
    for (Map.Entry<Source, SourcedFigure> e : first.entrySet()) {
      int value = e.getValue().value();
      low = Math.min(low, value);
      high = Math.max(high, value);
      if (best == null && e.getKey().monitor()) {
        best = value;
      }
    }
    if (best == null) {
      best = tallied.best() != null ? tallied.best() : first.values().iterator().next().value();
    }
    // a source's own range ("between 20 and 30") stays inside the span
    if (tallied.low() != null) {
      low = Math.min(low, tallied.low());
    }
    if (tallied.high() != null) {
      high = Math.max(high, tallied.high());
    }
    return new Count(best, low, high, tallied.categories(), List.copyOf(first.values()));
  }

  /** The figure a statement gives: its best, else its low bound; or null. */
  private static Integer value(CasualtyMention m) {
    return m.count().best() != null ? m.count().best() : m.count().low();
  }

  /** The source the sentence of {@code figure} names for it, or null. */
  private static Source sourceOf(Span figure, String text, List<Span> sentences) {
    Span sentence = sentences.stream().filter(s -> s.start() <= figure.start()
        && figure.start() < s.end()).findFirst().orElse(null);
    if (sentence == null) {
      return null;
    }
    List<Named> named = named(text, sentence);
    // "according to the Observatory", anywhere in the sentence: the nearest to the figure
    Named according = null;
    for (Named n : named) {
      if (ACCORDING_TO.matcher(text.substring(Math.max(sentence.start(), n.start() - 20),
          n.start())).find() && (according == null
          || Math.abs(n.start() - figure.start()) < Math.abs(according.start() - figure.start()))) {
        according = n;
      }
    }
    if (according != null) {
      return according.source();
    }
    // "Regime media said at least 30 ...": the first source named in the clause that says it
    int from = sentence.start();
    Source before = null;
    Matcher say = SAYING.matcher(text).region(sentence.start(), figure.start());
    while (say.find()) {
      for (Named n : named) {
        if (n.start() >= from && n.end() <= say.start()) {
          before = n.source();
          break;
        }
      }
      from = say.end();
    }
    if (before != null) {
      return before;
    }
    // "... were killed, the Observatory said" or "said SANA": the source next to the verb;
    // none where two say it together ("The Observatory and the LCC said")
    Matcher after = SAYING.matcher(text).region(figure.end(), sentence.end());
    if (after.find()) {
      List<Source> subjects = new ArrayList<>();
      Source object = null;
      for (Named n : named) {
        if (n.start() >= figure.end() && n.end() <= after.start()) {
          subjects.add(n.source());
        } else if (n.start() >= after.end() && n.start() - after.end() <= NEXT_TO_VERB
            && object == null) {
          object = n.source();
        }
      }
      if (subjects.size() == 1
          && after.start() - lastEnd(named, after.start()) <= NEXT_TO_VERB) {
        return subjects.get(0);
      }
      return subjects.isEmpty() ? object : null;
    }
    return null;
  }

  /** Where the last source named before {@code at} ends. */
  private static int lastEnd(List<Named> named, int at) {
    int end = -1;
    for (Named n : named) {
      if (n.end() <= at) {
        end = Math.max(end, n.end());
      }
    }
    return end;
  }

  /** The sources named in {@code sentence}, in text order, none inside another's words. */
  private static List<Named> named(String text, Span sentence) {
    List<Named> out = new ArrayList<>();
    for (Source s : SOURCES) {
      Matcher m = s.words().matcher(text).region(sentence.start(), sentence.end());
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (out.stream().noneMatch(n -> n.start() < end && start < n.end())) {
          out.add(new Named(s, start, end));
        }
      }
    }
    out.sort(Comparator.comparingInt(Named::start));
    return out;
  }
}
