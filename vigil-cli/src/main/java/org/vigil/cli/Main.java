package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command: extract, ingest, query, export, evaluate, benchmark. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns news reports about armed conflict into evidence-linked records.",
    subcommands = {ExtractCommand.class, IngestCommand.class, QueryCommand.class,
        ExportCommand.class, IncidentCommand.class, ServeCommand.class, DemoCommand.class,
        FlinkCommand.class,
        UserCommand.class,
        EvalCommand.class, BenchCommand.class,
        GazetteerCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    System.exit(code);
  }

  /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new Main()).setOut(out).setErr(err)
        .setExecutionExceptionHandler(Main::reportFailure)
        .execute(args);
  }

  /**
   * A command that fails prints one line naming what failed and why; the stack trace is for
   * bugs, so it shows only when {@code VIGIL_DEBUG} is set.
   */
  private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    err.println("vigil " + cmd.getCommandName() + ": " + e.getMessage());
    if (System.getenv("VIGIL_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }
}
