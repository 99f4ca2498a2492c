package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.incidents.Figure;
import org.vigil.store.IncidentView;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil query}: the incidents of the store, one line each, by date. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "List the store's incidents by date: place, kind, figures and sources.")
final class QueryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin FilterOptions filters;

  @Option(names = "--limit", description = "at most this many (default: ${DEFAULT-VALUE}; 0 "
      + "for all)")
  int limit = 50;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.open()) {
      List<IncidentView> found = s.incidents(filters.filter(limit));
      out.printf("%-6s %-10s %-24s %-34s %-12s %s%n", "id", "date", "place", "kind", "killed",
          "sources");
      for (IncidentView v : found) {
        out.printf("%-6d %-10s %-24s %-34s %-12s %d (%d stories)%n", v.id(),
            v.date() == null ? "?" : v.date(), clip(place(v), 24),
            clip(v.subtype() != null ? v.subtype() : v.type(), 34), figure(v.killed()),
            v.sources(), v.stories());
      }
      out.printf("%d incident(s)%s%n", found.size(),
          limit > 0 && found.size() == limit ? " (more with --limit 0)" : "");
      return 0;
    }
  }

  private static String place(IncidentView v) {
    String name = v.placeName() == null ? "?" : v.placeName();
    return v.admin1() != null && !v.admin1().equals(name) ? name + ", " + v.admin1() : name;
  }

  /** "12", "12-15 (best 12)", "200+", or "-" when no source gives one. */
  static String figure(Figure f) {
    if (!f.isKnown()) {
      return "-";
    }
    if (f.best() == null) {
      return f.low() != null ? f.low() + "+" : "<=" + f.high();
    }
    boolean range = f.low() != null && f.high() != null && !f.low().equals(f.high());
    return range ? f.low() + "-" + f.high() + " (" + f.best() + ")" : f.best().toString();
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
