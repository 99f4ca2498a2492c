package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.geo.GazetteerStore;
import org.vigil.geo.GeoNamesGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil gazetteer}: manages the place index extraction resolves toponyms against. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Manage the gazetteer (GeoNames places Vigil resolves toponyms to).",
    subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand {

  /** {@code vigil gazetteer import FILE}: adds a full GeoNames dump for village coverage. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Add the places of a GeoNames dump (allCountries.txt, or a country file "
          + "such as SY.txt) to the gazetteer, for village-level coverage.")
  static final class Import implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a GeoNames dump, tab-separated")
    Path dump;

    @Option(names = "--gazetteer", paramLabel = "DIR",
        description = "the gazetteer folder (default: -Dvigil.gazetteer, $VIGIL_GAZETTEER, or "
            + "data/gazetteer)")
    Path folder;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      GazetteerStore store = folder != null ? new GazetteerStore(folder) : GazetteerStore.located();
      try {
        long t0 = System.nanoTime();
        GeoNamesGazetteer merged = store.importDump(dump);
        out.printf("vigil: imported %s into %s in %.1f s (%,d places now)%n", dump,
            store.folder(), (System.nanoTime() - t0) / 1e9, merged.size());
        return 0;
      } catch (IOException | RuntimeException e) {
        err.println("vigil: " + dump + ": cannot import: " + e.getMessage());
        return 1;
      }
    }
  }
}
