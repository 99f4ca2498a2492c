package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.StandardPipeline;
import org.vigil.eval.DocumentHalf;
import org.vigil.eval.Evaluations;
import org.vigil.eval.Report;
import org.vigil.eval.Score;
import org.vigil.nlp.LanguageOptions;
import org.vigil.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil eval}: scores extraction against gold annotations, one line per figure. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score extraction against gold: *.gold.json articles, TimeML folders, and "
        + "the other dev corpora. With no GOLD, every dev set found in ../shared/data.")
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "GOLD", description = "gold files or folders")
  List<Path> golds = new ArrayList<>();

  @Option(names = "--json", description = "print the reports as JSON")
  boolean asJson;

  @Option(names = "--misses", description = "also print what each evaluation got wrong")
  boolean misses;

  @Option(names = "--half", paramLabel = "even|odd", description = "score only every other "
      + "document, counted from 0 in each set's order (develop on even, check on odd); FA-KES "
      + "linking, a single gold article and ACLED (which reports its halves itself) stay whole")
  String half;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> targets = golds.isEmpty() ? defaultGolds() : golds;
    DocumentHalf documents = half();
    Pipeline pipeline = StandardPipeline.create(LanguageOptions.defaults());
    Evaluations evaluations = new Evaluations(pipeline, documents);
    List<Report> reports = new ArrayList<>();
    for (Path target : targets) {
      reports.addAll(evaluations.evaluate(SharedPaths.require(target)));
    }
    if (asJson) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(reports));
      return 0;
    }
    for (Report r : reports) {
      out.println("# " + r.gold());
      for (Score s : r.scores()) {
        out.println(s);
      }
      if (misses) {
        r.misses().forEach(m -> out.println("  miss: " + m));
      }
    }
    return 0;
  }

  private DocumentHalf half() {
    if (half == null) {
      return DocumentHalf.ALL;
    }
    return switch (half.toLowerCase(Locale.ROOT)) {
      case "even" -> DocumentHalf.EVEN;
      case "odd" -> DocumentHalf.ODD;
      default -> throw new ParameterException(spec.commandLine(),
          "--half: '" + half + "' is neither even nor odd");
    };
  }

  private static List<Path> defaultGolds() {
    Path data = SharedPaths.data();
    List<Path> found = new ArrayList<>();
    for (String p : List.of("dev", "timeml/TimeBank", "timeml/AQUAINT",
        "quotes/polnear-dev.jsonl", "geo", "fakes/fakes-dev.csv", "acled/acled-asia-2015.csv")) {
      if (Files.exists(data.resolve(p))) {
        found.add(data.resolve(p));
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException(data + ": no dev data found; name GOLD files or set "
          + "VIGIL_SHARED");
    }
    return found;
  }
}
