package org.vigil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one {@code vigil} command line printed, and its exit code. */
record CommandRun(int code, String out, String err) {

  static CommandRun vigil(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
