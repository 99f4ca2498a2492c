package org.vigil.store.testing;

import java.util.ArrayList;
import java.util.List;
import org.vigil.StandardPipeline;
import org.vigil.document.Document;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.Article;
import org.vigil.pipeline.BatchExtractor;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/**
 * The FA-KES dev articles and their records, extracted once per test JVM (about 25 s on two
 * threads), so that every store test saves the same real records without extracting again.
 */
public final class FakesRecords {
  private FakesRecords() {}

  private static final class Documents {
    static final List<Document> ALL = new DocumentReader(ReaderOptions.defaults())
        .readAll(List.of(SharedData.path("fakes/fakes-dev.csv").toString())).stream()
        .map(o -> ((ReadOutcome.Read) o).document()).toList();
  }

  private static final class Pipelines {
    static final Pipeline PIPELINE =
        StandardPipeline.create(TestPipeline.language(), TestGazetteer.gazetteer());
  }

  private static final class Records {
    static final List<Article> ARTICLES = extract();

    private static List<Article> extract() {
      List<Article> out = new ArrayList<>();
      new BatchExtractor(Pipelines.PIPELINE,
          Math.max(2, Runtime.getRuntime().availableProcessors()))
          .run(Documents.ALL.stream().map(d -> (ReadOutcome) new ReadOutcome.Read(d)).iterator(),
              o -> out.add(((BatchExtractor.Extracted) o).extraction().article()));
      return List.copyOf(out);
    }
  }

  public static Pipeline pipeline() {
    return Pipelines.PIPELINE;
  }

  /** The article of CSV row {@code row} (the header is row 1), as read. */
  public static Document document(int row) {
    return Documents.ALL.get(row - 2);
  }

  /** Its record. */
  public static Article article(int row) {
    return Records.ARTICLES.get(row - 2);
  }

  public static int size() {
    return Documents.ALL.size();
  }
}
