package org.vigil.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.model.Source;

/**
 * Reads an RSS or Atom feed (Rome) into one document per item: its content, else its summary,
 * as clean text; its title, link and date as the source's.
 *
 * <p>An item's raw bytes are its fields as one JSON object (title, link, id, date, the content
 * as the feed gives it), since a feed keeps no bytes per item; nothing the item says is lost.
 * A feed that is not RSS or Atom fails as a whole; an item with no text fails alone.
 */
public final class FeedReader {

  private final ObjectMapper json = new ObjectMapper();
  private final HtmlText html = new HtmlText();
  private final TextChecks checks;

  public FeedReader(ReaderOptions options) {
    this.checks = new TextChecks(options.maxChars());
  }

  /** Whether {@code bytes} open like a feed: an RSS, RDF or Atom root element. */
  public static boolean looksLikeFeed(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024),
        java.nio.charset.StandardCharsets.UTF_8);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }

  /** Reads the feed {@code name} (a path or URL), handing each item to {@code sink}. */
  public void read(String name, byte[] bytes, Consumer<ReadOutcome> sink) {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.accept(new ReadOutcome.Failed(new BadInputException(name,
          "not an RSS or Atom feed: " + firstLine(e.getMessage()))));
      return;
    }
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      sink.accept(item(name, n, entry));
    }
  }

  private ReadOutcome item(String feed, int n, SyndEntry entry) {
    String id = entry.getUri() != null ? entry.getUri() : entry.getLink();
    String label = feed + "#" + (id != null ? id : Integer.toString(n));
    String markup = content(entry);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", entry.getTitle());
    fields.put("link", entry.getLink());
    fields.put("id", entry.getUri());
    fields.put("published", iso(date(entry)));
    fields.put("content", markup);
    try {
      byte[] raw = json.writeValueAsBytes(fields);
      if (markup == null || markup.isBlank()) {
        throw new BadInputException(label, "feed item has no content or summary");
      }
      String text = html.read(markup).text();
      checks.check(label, text);
      Source source = new Source(entry.getUri(), entry.getLink(), null, entry.getTitle());
      String published = iso(date(entry));
      return new ReadOutcome.Read(new Document(label, raw, text, source,
          published == null ? null : published.substring(0, 10)));
    } catch (BadInputException e) {
      return new ReadOutcome.Failed(e);
    } catch (JsonProcessingException e) {
      return new ReadOutcome.Failed(new BadInputException(label, "cannot keep item: " + e));
    }
  }

  /** The fullest text the item carries: its content, else its description. */
  private static String content(SyndEntry entry) {
    List<SyndContent> contents = entry.getContents();
    StringBuilder all = new StringBuilder();
    for (SyndContent c : contents) {
      if (c.getValue() != null) {
        all.append(c.getValue()).append('\n');
      }
    }
    if (!all.toString().isBlank()) {
      return all.toString();
    }
    return entry.getDescription() == null ? null : entry.getDescription().getValue();
  }

  private static Date date(SyndEntry entry) {
    return entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
  }

  private static String iso(Date d) {
    return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
