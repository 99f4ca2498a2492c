package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.vigil.document.ReaderOptions;
import org.vigil.pipeline.Pipeline;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;
import org.vigil.store.ingest.IngestListener;
import org.vigil.store.ingest.IngestSummary;
import org.vigil.store.ingest.Ingestor;

/**
 * Times {@code vigil ingest} of a corpus into a fresh embedded store with the bench's own
 * pipeline and threads, right after the extraction bench, so that the two rates compare: what
 * storing, grouping stories and linking incidents cost on top of extraction. The store's code
 * is warmed first on a throwaway store, as the extraction bench warms the pipeline.
 */
final class IngestBench {

  private final Pipeline pipeline;
  private final int threads;

  IngestBench(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /** Prints the ingest rate and its ratio to {@code extractRate}; returns the rate. */
  double run(String corpus, Path warmCorpus, double extractRate, PrintWriter out)
      throws IOException {
    try (BenchFolder dir = new BenchFolder("vigil-bench-store")) {
      ingest(dir.resolve("warm"), warmCorpus.toString());
      IngestSummary r = ingest(dir.resolve("timed"), corpus);
      double rate = r.extracted() / r.seconds();
      out.printf("ingest            %.2f articles/s into a fresh H2 store (%d articles, %d "
          + "failed): %.2f of the extraction rate%n", rate, r.extracted(), r.failures().size(),
          rate / extractRate);
      return rate;
    }
  }

  private IngestSummary ingest(Path folder, String corpus) {
    try (Store store = Store.open(StoreLocation.folder(folder))) {
      return new Ingestor(store, pipeline, threads, ReaderOptions.defaults())
          .ingest(List.of(corpus), null, InputStream.nullInputStream(), IngestListener.SILENT);
    }
  }
}
