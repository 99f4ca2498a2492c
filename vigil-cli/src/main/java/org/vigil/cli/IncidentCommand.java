package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.store.FieldReview;
import org.vigil.store.IncidentView;
import org.vigil.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil incident}: shows one incident with every source, and lets an analyst review its
 * fields and correct the linker by splitting or merging incidents. Verdicts and corrections hold
 * through re-extraction and re-linking, and go to the audit log with who made them and why.
 */
@Command(name = "incident", mixinStandardHelpOptions = true,
    description = "Show, review, split or merge incidents.",
    subcommands = {IncidentCommand.Show.class, IncidentCommand.Review.class,
        IncidentCommand.Split.class, IncidentCommand.Merge.class})
final class IncidentCommand {

  /** Who made a correction and why; both go to the audit log. */
  static final class Why {
    @Option(names = "--user", description = "who makes the change (default: $USER)")
    String user = System.getenv().getOrDefault("USER", "unknown");

    @Option(names = "--reason", required = true, description = "why, for the audit log")
    String reason;
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "An incident with every source, its figures and sentences.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Parameters(paramLabel = "ID") long id;

    @Override
    public Integer call() {
      try (Store s = store.open()) {
        IncidentView v = s.incident(id).orElseThrow(
            () -> new IllegalArgumentException("no incident " + id + " in the store"));
        print(spec.commandLine().getOut(), v);
        return 0;
      }
    }
  }

  @Command(name = "review", mixinStandardHelpOptions = true,
      description = "Confirm, correct or reject one field of an incident.")
  static final class Review implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin Why why;
    @Parameters(index = "0", paramLabel = "ID") long id;
    @Parameters(index = "1", paramLabel = "FIELD",
        description = "type, date, place, killed or injured")
    String field;
    @Parameters(index = "2", paramLabel = "VERDICT",
        description = "confirmed, corrected or rejected")
    String verdict;
    @Option(names = "--value", paramLabel = "JSON", description = "a correction's value: "
        + "'{\"best\": 12}', '{\"from\": \"2017-04-04\", \"to\": \"2017-04-04\"}', "
        + "'{\"name\": …, \"lat\": …, \"lon\": …}', '{\"type\": …, \"subtype\": …}'")
    String value;

    @Override
    public Integer call() {
      try (Store s = store.open()) {
        print(spec.commandLine().getOut(),
            s.review(id, field, verdict, value, why.user, why.reason));
        return 0;
      }
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Move some events of an incident into a new incident.")
  static final class Split implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin Why why;
    @Parameters(index = "0", paramLabel = "ID") long id;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "EVENT",
        description = "event keys, as `incident show` lists them")
    List<String> events;

    @Override
    public Integer call() {
      try (Store s = store.open()) {
        IncidentView v = s.split(id, events, why.user, why.reason);
        spec.commandLine().getOut().println("split off as incident " + v.id());
        print(spec.commandLine().getOut(), v);
        return 0;
      }
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Merge incident FROM into incident INTO.")
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin Why why;
    @Parameters(index = "0", paramLabel = "INTO") long into;
    @Parameters(index = "1", paramLabel = "FROM") long from;

    @Override
    public Integer call() {
      try (Store s = store.open()) {
        print(spec.commandLine().getOut(), s.merge(into, from, why.user, why.reason));
        return 0;
      }
    }
  }

  static void print(PrintWriter out, IncidentView v) {
    out.printf("incident %d: %s / %s%n", v.id(), v.type(), v.subtype());
    out.printf("  when   %s (%s)%n", v.date(), v.precision());
    out.printf("  where  %s, %s, %s (%s, %s; precision %s)%n", v.placeName(), v.admin1(),
        v.country(), v.lat(), v.lon(), v.placePrecision());
    out.printf("  killed %s   injured %s   %d source(s), %d stories%n",
        QueryCommand.figure(v.killed()), QueryCommand.figure(v.injured()), v.sources(),
        v.stories());
    for (FieldReview r : v.reviews()) {
      out.printf("  %s %s by %s on %s%s: %s%n", r.field(), r.verdict(), r.by(),
          r.at().toString().substring(0, 10), r.value() == null ? "" : " to " + r.value(),
          r.reason());
    }
    for (IncidentView.Report r : v.reports()) {
      out.printf("  - event %s (story %d) %s%n", r.eventKey(), r.storyId(),
          r.title() != null ? r.title() : r.input());
      out.printf("      %s / %s at %s; killed %s, injured %s%n", r.type(), r.subtype(),
          r.placeName(), QueryCommand.figure(r.killed()), QueryCommand.figure(r.injured()));
      out.printf("      \"%s\"%n", r.notes());
      out.printf("      linked: %s%n", r.reason());
    }
  }
}
