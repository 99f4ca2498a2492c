package org.vigil.casualties;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.tables.PatternTable;

/**
 * The casualty figures each sentence of a report states that an incident can own: none of a
 * war's running total, and none of a campaign's toll over days ("since Tuesday") while another
 * sentence states anyone killed. Immutable.
 */
public final class SentenceTolls {

  private static final PatternTable PHRASES = PatternTable.load(SentenceTolls.class,
      "toll-phrases.tsv", Set.of("among-them"));
  private static final Pattern AMONG_THEM = PHRASES.get("among-them");

  private static final CasualtyReader CASUALTIES = new CasualtyReader();
  private static final CumulativeToll CUMULATIVE = new CumulativeToll();

  /** Per sentence, the figures read, less running totals. */
  private final List<List<CasualtyMention>> figures;
  /** The sentences that count over a period, or count the dead of one that does. */
  private final BitSet periods;
  /** Whether a sentence not counting over a period states anyone killed. */
  private final boolean incidentDead;

  private SentenceTolls(List<List<CasualtyMention>> figures, BitSet periods,
      boolean incidentDead) {
    this.figures = figures;
    this.periods = periods;
    this.incidentDead = incidentDead;
  }

  /** The tolls of {@code sentences} of {@code text}. */
  public static SentenceTolls read(String text, List<Span> sentences) {
    // A campaign's toll over days ("since Tuesday") is no incident's: it is dropped, like a
    // war's total, unless no other sentence states anyone killed, when it stands in for one.
    List<List<CasualtyMention>> figures = new ArrayList<>();
    BitSet periods = new BitSet();
    boolean incidentDead = false;
    for (int si = 0; si < sentences.size(); si++) {
      String stext = sentences.get(si).of(text);
      List<CasualtyMention> found = CUMULATIVE.cumulative(stext) ? List.of()
          : CASUALTIES.read(stext, sentences.get(si).start()).stream()
              .filter(c -> !CUMULATIVE.cumulative(c)).toList();
      figures.add(found);
      if (CUMULATIVE.period(stext)) {
        periods.set(si);
      }
    }
    for (int si = sentences.size() - 2; si >= 0; si--) {
      if (periods.get(si + 1) && AMONG_THEM.matcher(sentences.get(si + 1).of(text)).find()) {
        periods.set(si);
      }
    }
    for (int si = 0; si < sentences.size(); si++) {
      if (!periods.get(si)) {
        incidentDead |= figures.get(si).stream()
            .anyMatch(c -> c.kind() == CasualtyMention.Kind.KILLED && !c.none());
      }
    }
    return new SentenceTolls(figures, periods, incidentDead);
  }

  /** The figures sentence {@code si} gives an incident. */
  public List<CasualtyMention> of(int si) {
    return incidentDead && periods.get(si) ? List.of() : figures.get(si);
  }

  /** The dead the report counts over days or weeks ("during the past two weeks"). */
  public Set<Integer> periodTotals() {
    Set<Integer> totals = new HashSet<>();
    periods.stream().forEach(si -> totals.addAll(CasualtyTally.groupDead(figures.get(si))));
    return totals;
  }
}
