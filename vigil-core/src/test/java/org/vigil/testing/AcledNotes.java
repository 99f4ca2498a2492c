package org.vigil.testing;

import java.util.List;
import org.vigil.document.Document;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;

/**
 * ACLED's event notes from {@code ../shared/data/acled}, read as Vigil reads them: each with
 * its row's country as the source's home country.
 */
public final class AcledNotes {
  private AcledNotes() {}

  /** The note of the row with ACLED id {@code id}; fails when there is none. */
  public static Document note(String id) {
    for (ReadOutcome o : new DocumentReader(ReaderOptions.defaults())
        .readAll(List.of(SharedData.path("acled/acled-asia-2015.csv").toString()))) {
      if (o instanceof ReadOutcome.Read r && id.equals(r.document().source().id())) {
        return r.document();
      }
    }
    throw new AssertionError("no ACLED note has id " + id);
  }
}
