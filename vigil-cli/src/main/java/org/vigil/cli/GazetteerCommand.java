package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.geo.gazetteer.GazetteerEntry;
import org.vigil.geo.gazetteer.GazetteerStore;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil gazetteer}: manages the place index extraction resolves toponyms against. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Manage the gazetteer (GeoNames places Vigil resolves toponyms to).",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Lookup.class})
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

  /** {@code vigil gazetteer lookup NAME…}: the places a name may resolve to, for checking. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "Print the places each NAME is written as: exact matches, then spelling "
          + "variants (transliterations), one line each.")
  static final class Lookup implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "place names")
    List<String> names;

    @Option(names = "--gazetteer", paramLabel = "DIR",
        description = "the gazetteer folder (default: -Dvigil.gazetteer, $VIGIL_GAZETTEER, or "
            + "data/gazetteer)")
    Path folder;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      GazetteerStore store = folder != null ? new GazetteerStore(folder) : GazetteerStore.located();
      GeoNamesGazetteer gazetteer = store.load();
      int unknown = 0;
      for (String name : names) {
        List<GazetteerEntry> exact = gazetteer.lookup(name);
        List<GazetteerEntry> variants = gazetteer.lookupLoose(name).stream()
            .filter(e -> !exact.contains(e)).toList();
        out.printf("%s: %d exact, %d spelling variants%n", name, exact.size(), variants.size());
        exact.forEach(e -> out.println("  " + describe(gazetteer, e)));
        variants.forEach(e -> out.println("  ~ " + describe(gazetteer, e)));
        unknown += exact.isEmpty() && variants.isEmpty() ? 1 : 0;
      }
      return unknown == 0 ? 0 : 1;
    }

    private static String describe(GeoNamesGazetteer gazetteer, GazetteerEntry e) {
      String region = gazetteer.admin1Name(e.country(), e.admin1());
      return String.format("%s [%s] %s%s, %s %s, pop %,d, %.4f %.4f, geonames %d", e.name(),
          e.level(), e.country(), region.isEmpty() ? "" : "/" + region, e.featureCode(),
          e.names().size() + " names", e.population(), e.lat(), e.lon(), e.geonameId());
    }
  }
}
