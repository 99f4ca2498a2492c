package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.document.ReaderOptions;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;
import org.vigil.store.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil demo}: the bundled samples, and the FA-KES dev articles when {@code ../shared}
 * is beside the checkout, ingested into an embedded store of their own and served. Run again,
 * it ingests nothing it already holds and serves at once.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled samples (and ../shared/data/fakes when present) into an "
        + "embedded demo store, then serve the web app over it.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ServeCommand.ServerOptions server;

  @Option(names = "--store", paramLabel = "FOLDER",
      description = "the demo's embedded store (default: ${DEFAULT-VALUE})")
  Path folder = Path.of(System.getProperty("vigil.store", "data/store")).resolveSibling("demo");

  @Option(names = "--samples", paramLabel = "FOLDER",
      description = "the bundled samples (default: ${DEFAULT-VALUE})")
  Path samples = Path.of(System.getProperty("vigil.samples", "samples"));

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<String> sources = new ArrayList<>();
    if (!Files.isDirectory(samples)) {
      throw new IllegalArgumentException(samples + ": no samples folder; name it with --samples");
    }
    sources.add(samples.toString());
    Path fakes = SharedPaths.data().resolve("fakes").resolve("fakes-dev.csv");
    if (Files.isRegularFile(fakes)) {
      sources.add(fakes.toString());
    }
    try (Store s = Store.open(StoreLocation.folder(folder))) {
      err.println("vigil: demo store " + s.location().label() + "; ingesting "
          + String.join(", ", sources));
      IngestSummary summary = IngestCommand.ingestor(s, err, null,
              Runtime.getRuntime().availableProcessors(), ReaderOptions.defaults().maxChars())
          .ingest(sources, null, System.in, new IngestProgress(err, System.console() != null));
      IngestCommand.report(err, summary, s.counts());
      ServeCommand.serve(s, server, err);
    }
    return 0;
  }
}
