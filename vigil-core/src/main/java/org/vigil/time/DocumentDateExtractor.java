package org.vigil.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Dateline;
import org.vigil.model.Published;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;
import org.vigil.time.DateCues.Dated;
import org.vigil.time.DayScoring.Candidate;

/**
 * The document date: the one the input gives, else one inferred from the text, with a short
 * account of how and the spans it rests on.
 *
 * <p>Needs {@link TimeMentionExtractor#MENTIONS}; adds {@link Facts#PUBLISHED}. Inference, in
 * order: a full date at the top (a dateline or header, "Wed 05 Apr 2017"); else the day that
 * best fits the text's day-level cues — a relative phrase that lands on a named day ("a week
 * ago" with "his January 3 assassination" gives January 10), relative phrases that land on
 * named months ("two months ago", "a November missile strike"), and named days being recent —
 * in the year given by the age of the war the report covers ("the nearly nine-year-old war")
 * and never before the latest year the text names; else the latest full date in the text. No
 * cue, no date: a guess would pass for fact downstream.
 */
public final class DocumentDateExtractor implements Extractor {

  private final DocumentDateOptions options;

  public DocumentDateExtractor(DocumentDateOptions options) {
    this.options = options;
  }

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(TimeMentionExtractor.MENTIONS, Facts.DATELINE);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.PUBLISHED);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    String given = doc.document().published();
    Dateline dateline = facts.get(Facts.DATELINE);
    Published published;
    if (given != null) {
      published = new Published(given, true, null, List.of());
    } else if (dateline != null && dateline.date() != null) {
      published = new Published(dateline.date(), false,
          "date in the dateline: '" + dateline.text() + "'", List.of(dateline.span()));
    } else {
      published = infer(doc.text(), facts.list(TimeMentionExtractor.MENTIONS));
    }
    if (published != null) {
      facts.put(Facts.PUBLISHED, published);
    }
  }

  /** Infers the date from the text; null when nothing in it dates the report. */
  Published infer(String text, List<TimeMention> mentions) {
    DateCues cues = DateCues.read(text, mentions);
    // 1. A full date at the top is the dateline's.
    for (Dated d : cues.full) {
      if (d.mention().span().start() < options.headerChars()) {
        return new Published(d.date().toString(), false,
            "full date at the top: '" + d.mention().text() + "'",
            List.of(d.mention().span()));
      }
    }
    // 2. Day-level cues, in the year the war's age and the latest named year allow.
    WarAge age = WarAge.find(text, options.conflicts());
    if (!cues.days.isEmpty()) {
      Candidate best = DayScoring.bestDay(cues, age);
      if (best != null) {
        return fromDay(best, age, cues);
      }
    }
    // 3. The latest full date the text names: reports tell of the last days' events.
    Dated latest = cues.full.stream().max(Comparator.comparing(Dated::date)).orElse(null);
    if (latest != null) {
      return new Published(latest.date().toString(), false,
          "latest full date in the text: '" + latest.mention().text() + "'",
          List.of(latest.mention().span()));
    }
    return null;
  }

  private static Published fromDay(Candidate best, WarAge age, DateCues cues) {
    List<Span> evidence = new ArrayList<>(best.evidence());
    String why = best.why();
    if (age != null) {
      evidence.add(age.span());
      why += "; year from '" + age.text() + "' (" + age.conflict().conflict() + " since "
          + age.conflict().start() + ")";
    } else if (cues.latestYearMention != null) {
      evidence.add(cues.latestYearMention.span());
      why += "; year no earlier than " + cues.latestYear + ", the latest the text names";
    }
    evidence.sort(Comparator.naturalOrder());
    return new Published(best.date().toString(), false, why,
        List.copyOf(new LinkedHashSet<>(evidence)));
  }
}
