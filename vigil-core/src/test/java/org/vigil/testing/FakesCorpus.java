package org.vigil.testing;

import java.util.ArrayList;
import java.util.List;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;

/** The FA-KES dev articles from {@code ../shared/data/fakes}, read as Vigil reads them. */
public final class FakesCorpus {
  private FakesCorpus() {}

  public static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (ReadOutcome o : new DocumentReader(ReaderOptions.defaults())
        .readAll(List.of(SharedData.path("fakes/fakes-dev.csv").toString()))) {
      if (o instanceof ReadOutcome.Read r) {
        texts.add(r.document().text());
      }
    }
    return texts;
  }

  /** The first article whose text holds {@code phrase}; fails when none does. */
  public static String textContaining(String phrase) {
    return texts().stream().filter(t -> t.contains(phrase)).findFirst()
        .orElseThrow(() -> new AssertionError("no FA-KES article says " + phrase));
  }

  /** The one article whose text starts with {@code opening}; fails when none does. */
  public static String textStartingWith(String opening) {
    return texts().stream().filter(t -> t.startsWith(opening)).findFirst()
        .orElseThrow(() -> new AssertionError("no FA-KES article starts with " + opening));
  }
}
