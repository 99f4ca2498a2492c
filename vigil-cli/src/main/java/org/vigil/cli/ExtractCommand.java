package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.StandardPipeline;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;
import org.vigil.geo.gazetteer.GazetteerStore;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.model.ArticleJson;
import org.vigil.nlp.LanguageLayer;
import org.vigil.nlp.LanguageOptions;
import org.vigil.pipeline.BatchExtractor;
import org.vigil.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil extract}: one article record per input document, in input order.
 *
 * <p>Inputs that cannot be read or extracted are reported on standard error with the reason,
 * and the exit code is 1; every other input is still written. The output file is written
 * beside its target and moved into place at the end, so an interrupted run leaves no
 * half-written file behind.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract article records from .txt/.html files, folders, .jsonl, .csv or - "
        + "(standard input).")
final class ExtractCommand implements Callable<Integer> {

  enum Format { json, jsonl }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders, or -")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "FILE", description = "write here (default: stdout)")
  Path out;

  @Option(names = "--format", description = "jsonl (one record a line, default) or json "
      + "(a pretty-printed array)")
  Format format = Format.jsonl;

  @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-chars", description = "longest text taken as one article "
      + "(default: ${DEFAULT-VALUE})")
  long maxChars = ReaderOptions.defaults().maxChars();

  @Option(names = "--fine-grained-ner", description = "CoreNLP's fine-grained NER rules: "
      + "more entity types, about 4x slower")
  boolean fineGrained;

  @Option(names = "--country", paramLabel = "CODE_OR_NAME", description = "the sources' home "
      + "country (ISO code such as SY, or English name), the prior for place names the text "
      + "leaves ambiguous; for every input that does not give its own")
  String country;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<ReadOutcome> read = new ArrayList<>();
    new DocumentReader(new ReaderOptions(maxChars, maxChars * 10))
        .read(inputs, System.in, o -> read.add(o instanceof ReadOutcome.Read r
            ? new ReadOutcome.Read(r.document().withDefaultCountry(country)) : o));
    long t0 = System.nanoTime();
    GeoNamesGazetteer gazetteer = StandardPipeline.loadGazetteer(GazetteerStore.located());
    if (country != null && gazetteer.countryNamed(country).isEmpty()) {
      err.println("vigil: --country " + country + ": no country the gazetteer knows; ignored");
    }
    Pipeline pipeline = StandardPipeline.create(new LanguageLayer(new LanguageOptions(
        fineGrained, LanguageOptions.defaults().maxSentenceTokens())), gazetteer);
    err.printf("vigil: models loaded in %.1f s; extracting %d input(s) on %d thread(s)%n",
        (System.nanoTime() - t0) / 1e9, read.size(), threads);
    ArticleJson json = new ArticleJson();
    Progress progress = new Progress(err, "documents");
    Path tmp = out == null ? null : out.toAbsolutePath().resolveSibling(
        out.getFileName() + ".partial");
    Writer w = tmp == null ? spec.commandLine().getOut()
        : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    try {
      RecordWriter writer = new RecordWriter(w, json, format == Format.json);
      new BatchExtractor(pipeline, threads).run(read.iterator(), outcome -> {
        if (outcome instanceof BatchExtractor.Extracted e) {
          writer.write(e.extraction().article());
          progress.tick(true);
        } else if (outcome instanceof BatchExtractor.Failed f) {
          err.println("vigil: " + f.input() + ": " + f.reason());
          progress.tick(false);
        }
      });
      writer.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (tmp == null) {
        w.flush();
      } else {
        w.close();
      }
    }
    if (tmp != null) {
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    err.printf("vigil: extracted %d of %d input(s) in %.1f s; %d failed%n",
        progress.done() - progress.failed(), progress.done(), progress.seconds(),
        progress.failed());
    return progress.failed() > 0 ? 1 : 0;
  }

  /** Writes records as JSON lines, or as one pretty-printed array. */
  private static final class RecordWriter {
    private final Writer w;
    private final ArticleJson json;
    private final boolean array;
    private int written;

    RecordWriter(Writer w, ArticleJson json, boolean array) {
      this.w = w;
      this.json = json;
      this.array = array;
    }

    void write(Object record) {
      try {
        if (array) {
          w.write(written == 0 ? "[\n" : ",\n");
          w.write(json.pretty(record));
        } else {
          w.write(json.line(record));
          w.write('\n');
        }
        written++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void finish() throws IOException {
      if (array) {
        w.write(written == 0 ? "[]\n" : "\n]\n");
      }
    }
  }
}
