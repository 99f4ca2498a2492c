package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.vigil.store.Store;
import org.vigil.store.export.IncidentExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil export}: the store's incidents as JSON lines, CSV, ACLED-style CSV or GeoJSON.
 * A file is written beside its target and moved into place at the end.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export incidents: jsonl (with every source), csv, acled-csv (ACLED's "
        + "columns) or geojson (points).")
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin FilterOptions filters;

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv|acled-csv|geojson")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "write here (default: stdout)")
  Path out;

  @Override
  public Integer call() throws IOException {
    IncidentExport export = IncidentExport.of(format);
    PrintWriter err = spec.commandLine().getErr();
    try (Store s = store.open()) {
      IncidentExport.Written w;
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        w = export.write(s, filters.filter(0), stdout);
        stdout.flush();
      } else {
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
        try (Writer file = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          w = export.write(s, filters.filter(0), file);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      err.printf("vigil: exported %d incident(s) as %s%s%n", w.incidents(), format,
          w.skipped() > 0 ? "; " + w.skipped() + " without coordinates left out" : "");
      return 0;
    }
  }
}
