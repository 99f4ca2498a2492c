package org.vigil.store.ingest;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.vigil.document.Document;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;
import org.vigil.pipeline.BatchExtractor;
import org.vigil.pipeline.Pipeline;
import org.vigil.store.Database;
import org.vigil.store.Store;
import org.vigil.store.StoreException;

/**
 * Ingests sources into a store in two phases. First every input is read and stored verbatim
 * (an input stored before is found by its hash and adds nothing); then every stored input that
 * lacks a record of this Vigil's version is extracted on a pool of threads and saved, each in
 * one transaction.
 *
 * <p>So a run that is killed at any point is resumed by running it again: nothing stored is
 * stored twice, and what was not yet extracted is extracted then, including inputs of earlier
 * runs that stopped between the phases. An input that cannot be read or extracted is recorded
 * in the store with the reason, and the rest goes on.
 */
public final class Ingestor {

  private final Store store;
  private final Pipeline pipeline;
  private final int threads;
  private final DocumentReader reader;
  private final FeedFetcher fetcher;

  public Ingestor(Store store, Pipeline pipeline, int threads, ReaderOptions options) {
    this.store = store;
    this.pipeline = pipeline;
    this.threads = threads;
    this.reader = new DocumentReader(options);
    this.fetcher = new FeedFetcher(options);
  }

  /**
   * Ingests {@code sources}: files, folders, JSONL, CSV, HTML, feed files, feed URLs, or
   * {@code -}. {@code country} is the home country of every input that names none, or null.
   */
  public IngestSummary ingest(List<String> sources, String country, InputStream stdin,
      IngestListener listener) {
    long t0 = System.nanoTime();
    List<IngestSummary.Failure> failures = new ArrayList<>();
    TreeSet<Long> todo = new TreeSet<>(store.unextracted());
    int[] counts = new int[2];
    listener.phase("storing", -1);
    List<String> local = new ArrayList<>();
    for (String source : sources) {
      if (FeedFetcher.isUrl(source)) {
        fetcher.fetch(source, o -> receive(o, country, todo, counts, failures, listener));
      } else {
        local.add(source);
      }
    }
    reader.read(local, stdin, o -> receive(o, country, todo, counts, failures, listener));
    int extracted = extract(List.copyOf(todo), failures, listener);
    return new IngestSummary(counts[0], counts[1], extracted, failures,
        (System.nanoTime() - t0) / 1e9);
  }

  /** Extracts every stored input that has no record yet: the rest of a stopped run. */
  public IngestSummary resume(IngestListener listener) {
    long t0 = System.nanoTime();
    List<IngestSummary.Failure> failures = new ArrayList<>();
    int extracted = extract(store.unextracted(), failures, listener);
    return new IngestSummary(0, 0, extracted, failures, (System.nanoTime() - t0) / 1e9);
  }

  private void receive(ReadOutcome o, String country, TreeSet<Long> todo, int[] counts,
      List<IngestSummary.Failure> failures, IngestListener listener) {
    if (o instanceof ReadOutcome.Failed f) {
      store.fail(f.input(), null, f.error().reason());
      failures.add(new IngestSummary.Failure(f.input(), f.error().reason()));
      listener.failed(f.input(), f.error().reason());
      listener.done(false);
      return;
    }
    Document doc = ((ReadOutcome.Read) o).document().withDefaultCountry(country);
    Store.Receipt r = store.receive(doc);
    counts[0]++;
    if (r.added()) {
      counts[1]++;
    }
    if (r.added() || !store.extracted(r.inputId(), Pipeline.version())) {
      todo.add(r.inputId());
    }
    listener.done(true);
  }

  /** Extracts and saves the inputs {@code ids}, in order; returns how many were saved. */
  private int extract(List<Long> ids, List<IngestSummary.Failure> failures,
      IngestListener listener) {
    listener.phase("extracting", ids.size());
    Deque<Long> inFlight = new ArrayDeque<>();
    Iterator<Long> next = ids.iterator();
    Iterator<ReadOutcome> documents = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return next.hasNext();
      }

      @Override
      public ReadOutcome next() {
        if (!next.hasNext()) {
          throw new NoSuchElementException();
        }
        long id = next.next();
        inFlight.add(id);
        return new ReadOutcome.Read(store.document(id));
      }
    };
    int[] saved = {0};
    new BatchExtractor(pipeline, threads).run(documents, outcome -> {
      long id = inFlight.removeFirst();
      String why = null;
      if (outcome instanceof BatchExtractor.Extracted e) {
        try {
          if (store.save(id, e.extraction().article()).added()) {
            saved[0]++;
          }
        } catch (StoreException ex) {
          if (Database.connectionLost(ex)) {
            throw ex; // the store itself is gone: stop, and resume later
          }
          why = "cannot save: " + ex.getMessage();
        }
      } else if (outcome instanceof BatchExtractor.Failed f) {
        why = f.reason();
      }
      if (why != null) {
        store.fail(outcome.input(), id, why);
        failures.add(new IngestSummary.Failure(outcome.input(), why));
        listener.failed(outcome.input(), why);
      }
      listener.done(why == null);
    });
    return saved[0];
  }
}
