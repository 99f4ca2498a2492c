package org.vigil.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.vigil.StandardPipeline;
import org.vigil.document.ReaderOptions;
import org.vigil.geo.gazetteer.GazetteerStore;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.nlp.LanguageLayer;
import org.vigil.nlp.LanguageOptions;
import org.vigil.pipeline.Pipeline;
import org.vigil.store.Store;
import org.vigil.store.ingest.FeedFollower;
import org.vigil.store.ingest.IngestSummary;
import org.vigil.store.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil ingest}: stores sources, extracts them, groups copies into stories and links
 * events into incidents. Run again after a crash, it goes on where the crash stopped it.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Store and extract .txt/.html files, folders, .jsonl, .csv, RSS/Atom feeds "
        + "(files or URLs) or - (standard input), and link their events into incidents.")
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(arity = "0..*", paramLabel = "SOURCE",
      description = "files, folders, feed URLs, or -; none: finish what an earlier run left")
  List<String> sources = new ArrayList<>();

  @Option(names = "--country", paramLabel = "CODE|NAME", description = "home country of "
      + "inputs that name none: the prior for ambiguous place names")
  String country;

  @Option(names = "--follow", description = "keep polling the feed URLs among the sources")
  boolean follow;

  @Option(names = "--interval", paramLabel = "SECONDS",
      description = "seconds between polls of a feed with --follow (default: ${DEFAULT-VALUE})")
  long intervalSeconds = 600;

  @Option(names = "--threads", description = "extraction threads (default: ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-chars", description = "longest text taken as one article "
      + "(default: ${DEFAULT-VALUE})")
  long maxChars = ReaderOptions.defaults().maxChars();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    IngestProgress progress = new IngestProgress(err, System.console() != null);
    try (Store s = store.open()) {
      err.println("vigil: store " + s.location().label());
      Ingestor ingestor = ingestor(s, err, country, threads, maxChars);
      IngestSummary summary = sources.isEmpty() ? ingestor.resume(progress)
          : ingestor.ingest(sources, country, System.in, progress);
      progress.finishLine();
      report(err, summary, s.counts());
      if (follow) {
        follow(err, ingestor, progress);
      }
      return summary.failures().isEmpty() ? 0 : 1;
    }
  }

  /** Loads the gazetteer and the models, and the ingestor that extracts into {@code s}. */
  static Ingestor ingestor(Store s, PrintWriter err, String country, int threads,
      long maxChars) {
    long t0 = System.nanoTime();
    GeoNamesGazetteer gazetteer = StandardPipeline.loadGazetteer(GazetteerStore.located());
    if (country != null && gazetteer.countryNamed(country).isEmpty()) {
      err.println("vigil: --country " + country + ": no country the gazetteer knows; ignored");
    }
    Pipeline pipeline = StandardPipeline.create(
        new LanguageLayer(LanguageOptions.defaults()), gazetteer);
    err.printf("vigil: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return new Ingestor(s, pipeline, threads, new ReaderOptions(maxChars, maxChars * 10));
  }

  private void follow(PrintWriter err, Ingestor ingestor, IngestProgress progress)
      throws InterruptedException {
    List<String> feeds = sources.stream().filter(x -> x.startsWith("http://")
        || x.startsWith("https://")).toList();
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException("--follow polls feed URLs, and no source is one");
    }
    err.printf("vigil: following %d feed(s) every %d s; stop with Ctrl-C%n", feeds.size(),
        intervalSeconds);
    AtomicBoolean running = new AtomicBoolean(true);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> running.set(false)));
    new FeedFollower(ingestor, feeds, country, Duration.ofSeconds(intervalSeconds),
        progress, line -> err.println("vigil: " + line)).run(running::get);
  }

  static void report(PrintWriter err, IngestSummary r, Store.Counts c) {
    err.printf("vigil: read %d input(s), %d new; extracted %d in %.1f s (%.1f/s); %d failed%n",
        r.read(), r.added(), r.extracted(), r.seconds(), r.extracted() / Math.max(1e-9,
            r.seconds()), r.failures().size());
    for (IngestSummary.Failure f : r.failures()) {
      err.println("  failed: " + f.input() + ": " + f.reason());
    }
    err.printf("vigil: the store holds %d input(s), %d record(s), %d stories, %d events in "
        + "%d incidents; %d failure(s) recorded%n", c.inputs(), c.articles(), c.stories(),
        c.events(), c.incidents(), c.failures());
  }
}
