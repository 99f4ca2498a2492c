package org.vigil.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigil.document.Document;
import org.vigil.model.Source;
import org.vigil.store.Store;
import org.vigil.store.testing.FakesRecords;
import org.vigil.store.testing.TestStores;

/**
 * One server per test JVM over an embedded store of the FA-KES dev records and one hostile
 * article, whose title, text and URL carry markup and script meant to break out of a page.
 */
final class WebFixture {

  /** What the hostile article's script would set, were it ever run. */
  static final String PWNED = "__vigilPwned";

  static final String HOSTILE_TITLE = "<script>window." + PWNED + "=1</script>Strike report";

  static final String HOSTILE_TEXT = "ALEPPO, Syria (Reuters) - An air strike killed 12 civilians"
      + " in the town of Azaz on Monday <script>window." + PWNED + "=2</script>, rescue workers"
      + " said.\n\n\"They hit the market <img src=x onerror=\"window." + PWNED + "=3\"> twice,\""
      + " said Ahmed Kassem, a rescue worker. He said the survivors were taken to a clinic"
      + " \"><a href=\"javascript:window." + PWNED + "=4\">in Kilis</a>.\n";

  static final String ANALYST = "analyst";
  static final String PASSWORD = "correct horse battery";

  private static final class Holder {
    static final WebFixture INSTANCE = new WebFixture();
  }

  final Store store;
  final WebServer server;
  final long hostileArticle;
  /** An API token of {@link #ANALYST}. */
  final String token = Credentials.newToken();
  private final HttpClient http = HttpClient.newHttpClient();

  private WebFixture() {
    try {
      Path folder = Files.createTempDirectory("vigil-web-test");
      store = Store.open(TestStores.h2(folder));
      for (int row = 2; row < FakesRecords.size() + 2; row++) {
        long input = store.receive(FakesRecords.document(row)).inputId();
        store.save(input, FakesRecords.article(row));
      }
      Document hostile = new Document("hostile.txt", null, HOSTILE_TEXT,
          new Source("x\"><script>", "javascript:window." + PWNED + "=5", null, HOSTILE_TITLE),
          "2016-02-15");
      long input = store.receive(hostile).inputId();
      hostileArticle = store.save(input, FakesRecords.pipeline().extract(hostile)).articleId();
      store.addUser(ANALYST, Credentials.hashPassword(PASSWORD), "reviewer");
      store.addToken(ANALYST, Credentials.hashToken(token), "tests");
      server = WebServer.start(store, new WebOptions("127.0.0.1", 0, WebOptions.defaultAssets()),
          "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
    }));
  }

  static WebFixture get() {
    return Holder.INSTANCE;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
