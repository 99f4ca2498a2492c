package org.vigil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.pipeline.Pipeline;
import org.vigil.store.Store;
import org.vigil.web.WebOptions;
import org.vigil.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil serve}: the web app and the REST API over a store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the map, timeline, incidents and article reader, and the REST API "
        + "(OpenAPI document at /api/openapi.json), over a store.")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin ServerOptions server;

  @Override
  public Integer call() throws Exception {
    try (Store s = store.open()) {
      serve(s, server, spec.commandLine().getErr());
    }
    return 0;
  }

  /** Serves {@code s} until the process is stopped (Ctrl-C), then closes server and store. */
  static void serve(Store s, ServerOptions options, PrintWriter err)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    WebServer web = WebServer.start(s, options.web(), Pipeline.version());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      web.close();
      s.close();
      stopped.countDown();
    }));
    Store.Counts c = s.counts();
    err.printf("vigil: serving %d incident(s) from %s at http://%s:%d/ ; stop with Ctrl-C%n",
        c.incidents(), s.location().label(), options.host, web.port());
    err.flush();
    stopped.await();
  }

  /** Where the server listens. */
  static final class ServerOptions {

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE};"
        + " 0.0.0.0 opens it to the network)")
    String host = "127.0.0.1";

    WebOptions web() {
      return new WebOptions(host, port, WebOptions.defaultAssets());
    }
  }
}
