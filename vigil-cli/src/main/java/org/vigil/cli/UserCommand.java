package org.vigil.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.vigil.store.Store;
import org.vigil.web.Credentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil user}: the people who may correct the store through the web app. Run on the
 * machine of the store, so that only who can reach the database can make users.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
    description = "Add web app users and make their API tokens.",
    subcommands = {UserCommand.Add.class, UserCommand.Token.class})
final class UserCommand {

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a user; the password is read from the terminal, or from the first "
          + "line of standard input.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--role", description = "reviewer (corrects incidents) or admin "
        + "(default: ${DEFAULT-VALUE})")
    String role = "reviewer";

    @Override
    public Integer call() throws Exception {
      if (!role.equals("reviewer") && !role.equals("admin")) {
        throw new IllegalArgumentException("--role must be reviewer or admin, not " + role);
      }
      String password;
      if (System.console() != null) {
        password = new String(System.console().readPassword("password for %s: ", name));
      } else {
        password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            .readLine();
      }
      if (password == null) {
        throw new IllegalArgumentException("no password given on standard input");
      }
      try (Store s = store.open()) {
        s.addUser(name, Credentials.hashPassword(password), role);
      }
      spec.commandLine().getErr().println("vigil: added " + role + " " + name);
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true,
      description = "Make an API token for a user and print it once; only its hash is kept.")
  static final class Token implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--label", description = "what the token is for") String label;

    @Override
    public Integer call() {
      String token = Credentials.newToken();
      try (Store s = store.open()) {
        s.addToken(name, Credentials.hashToken(token), label);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(token);
      out.flush();
      return 0;
    }
  }
}
