package org.vigil.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Published;
import org.vigil.model.Timex;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.FactKey;
import org.vigil.pipeline.Facts;
import org.vigil.tables.PatternTable;

/**
 * Resolves the document's time expressions against its date into TIMEX3 values with a
 * precision, each with its span.
 *
 * <p>Needs {@link TimeMentionExtractor#MENTIONS} and {@link Facts#PUBLISHED}; adds {@link
 * Facts#TIMES}. Without a document date (none given, none inferred), relative expressions keep
 * SUTime's unresolved values ({@code XXXX-11}) rather than being pinned to today.
 */
public final class TimeExtractor implements Extractor {
  private static final PatternTable PHRASES = PatternTable.load(TimeExtractor.class,
      "quarter-phrases.tsv", Set.of("quarterly"));
  private static final Pattern QUARTERLY = PHRASES.get("quarterly");

  private final TimeResolver resolver = new TimeResolver();

  @Override
  public Set<FactKey<?>> requires() {
    return Set.of(TimeMentionExtractor.MENTIONS, Facts.PUBLISHED);
  }

  @Override
  public Set<FactKey<?>> provides() {
    return Set.of(Facts.TIMES);
  }

  @Override
  public void extract(AnnotatedDocument doc, Facts facts) {
    Published published = facts.get(Facts.PUBLISHED);
    LocalDate date = published == null ? null : parse(published.value());
    TimeResolver.Context ctx =
        new TimeResolver.Context(date, QUARTERLY.matcher(doc.text()).find());
    List<Timex> times = new ArrayList<>();
    for (TimeMention m : facts.list(TimeMentionExtractor.MENTIONS)) {
      Timex t = resolver.resolve(m, ctx);
      if (t != null) {
        times.add(t);
      }
    }
    facts.put(Facts.TIMES, List.copyOf(times));
  }

  /** The day of an ISO date or date-time; null when the input's date is not one. */
  private static LocalDate parse(String iso) {
    try {
      return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
    } catch (DateTimeParseException e) {
      return null; // relative expressions then stay unresolved, as with no date at all
    }
  }
}
