package org.vigil.store.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.vigil.document.BadInputException;
import org.vigil.document.FeedReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;

/**
 * Fetches an RSS or Atom feed by URL and reads its items. A feed that does not answer, answers
 * with an error status or with something that is no feed fails as a whole, naming its URL and
 * the reason.
 */
final class FeedFetcher {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NORMAL)
      .build();
  private final FeedReader feeds;
  private final long maxBytes;

  FeedFetcher(ReaderOptions options) {
    this.feeds = new FeedReader(options);
    this.maxBytes = options.maxBytes();
  }

  static boolean isUrl(String source) {
    return source.startsWith("http://") || source.startsWith("https://");
  }

  /** Reads the feed at {@code url}, handing each item (or the one failure) to {@code sink}. */
  void fetch(String url, Consumer<ReadOutcome> sink) {
    byte[] body;
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml, */*")
          .header("User-Agent", "Vigil feed reader").GET().build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        sink.accept(failed(url, "HTTP " + response.statusCode()));
        return;
      }
      body = response.body();
    } catch (IOException | IllegalArgumentException e) {
      sink.accept(failed(url, "cannot fetch: " + e.getMessage()));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sink.accept(failed(url, "interrupted while fetching"));
      return;
    }
    if (body.length > maxBytes) {
      sink.accept(failed(url, String.format("too large: %,d bytes", body.length)));
      return;
    }
    feeds.read(url, body, sink);
  }

  private static ReadOutcome failed(String url, String reason) {
    return new ReadOutcome.Failed(new BadInputException(url, reason));
  }
}
