package org.vigil.stories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalLong;

/**
 * Chooses the story a text is a copy of, among earlier stories: the one it resembles most, at
 * {@link TextSignature#COPY_RESEMBLANCE} or more, first published within a week of it when
 * both dates are known (copies are reprinted within days; a text that resembles one from
 * months before is a new report reusing old paragraphs). Ties go to the older story.
 */
public final class StoryChooser {

  static final int COPY_WINDOW_DAYS = 7;

  /** An earlier story: its id, its first copy's signature, and that copy's date (or null). */
  public record Candidate(long id, TextSignature signature, LocalDate day) {}

  private StoryChooser() {}

  public static OptionalLong copyOf(TextSignature text, LocalDate day,
      Collection<Candidate> earlier) {
    Candidate best = null;
    double bestResemblance = 0;
    for (Candidate c : earlier) {
      if (day != null && c.day() != null
          && Math.abs(day.toEpochDay() - c.day().toEpochDay()) > COPY_WINDOW_DAYS) {
        continue;
      }
      double r = text.resemblance(c.signature());
      if (r >= TextSignature.COPY_RESEMBLANCE && (best == null || r > bestResemblance
          || (r == bestResemblance && c.id() < best.id()))) {
        best = c;
        bestResemblance = r;
      }
    }
    return best == null ? OptionalLong.empty() : OptionalLong.of(best.id());
  }
}
