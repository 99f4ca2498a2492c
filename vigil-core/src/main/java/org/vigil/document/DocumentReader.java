package org.vigil.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigil.model.Source;

/**
 * Reads the inputs a user names into documents, in order: a .txt or .html file, a folder
 * (recursively, sorted), a .jsonl file of {@code {"id","title","text","url","published",
 * "country"}}, a .csv file with a text column (FA-KES's {@code article_content}), an RSS or
 * Atom feed (.rss, .atom, .xml; one document an item), or {@code -} for standard input. A CSV
 * row's raw bytes are its fields as one JSON object, so nothing of the row is lost.
 *
 * <p>A bad input, or a bad line of a JSONL file, becomes a {@link ReadOutcome.Failed} naming it
 * and the reason; the rest is read on.
 */
public final class DocumentReader {

  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern US_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2,4})$");

  private final ObjectMapper json = new ObjectMapper();
  private final TextDecoder decoder = new TextDecoder();
  private final HtmlText html = new HtmlText();
  private final FeedReader feeds;
  private final TextChecks checks;
  private final long maxBytes;

  public DocumentReader(ReaderOptions options) {
    this.checks = new TextChecks(options.maxChars());
    this.feeds = new FeedReader(options);
    this.maxBytes = options.maxBytes();
  }

  /** Reads every input, handing each outcome to {@code sink} as soon as it is read. */
  public void read(List<String> inputs, InputStream stdin, Consumer<ReadOutcome> sink) {
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(stdin, sink);
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        for (Path file : filesUnder(path, sink)) {
          readFile(file, sink);
        }
      } else if (Files.isRegularFile(path)) {
        readFile(path, sink);
      } else {
        sink.accept(failed(input, Files.exists(path) ? "not a regular file" : "no such file"));
      }
    }
  }

  /** Reads every input into a list; for callers that want all documents at once. */
  public List<ReadOutcome> readAll(List<String> inputs) {
    List<ReadOutcome> all = new ArrayList<>();
    read(inputs, InputStream.nullInputStream(), all::add);
    return all;
  }

  /**
   * Reads one JSONL record that arrived alone (a message of a queue, say) as the document
   * {@code where}; null for a blank line.
   */
  public ReadOutcome readLine(String where, byte[] raw) {
    return jsonLine(where, raw);
  }

  private List<Path> filesUnder(Path dir, Consumer<ReadOutcome> sink) {
    try {
      return articleFiles(dir);
    } catch (IOException | UncheckedIOException e) {
      sink.accept(failed(dir.toString(), "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  /**
   * The files of folder {@code dir} that {@link #read} reads, in the order it reads them:
   * article files (see below) under it at any depth, hidden ones left out, sorted by path.
   */
  public static List<Path> articleFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(DocumentReader::isArticleFile)
          .sorted()
          .toList();
    }
  }

  /** In a folder, article files are text, HTML, JSONL, CSV, and files with no extension. */
  private static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return true;
    }
    return List.of("txt", "text", "html", "htm", "jsonl", "csv", "rss", "atom", "xml")
        .contains(name.substring(dot + 1));
  }

  private void readFile(Path file, Consumer<ReadOutcome> sink) {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      long size = Files.size(file);
      if (lower.endsWith(".jsonl")) {
        readJsonLines(name, Files.readAllBytes(file), sink);
      } else if (lower.endsWith(".csv")) {
        readCsv(name, Files.readAllBytes(file), sink);
      } else if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
        feeds.read(name, Files.readAllBytes(file), sink);
      } else if (size > maxBytes) {
        sink.accept(failed(name, String.format(
            "too large: %,d bytes, over the limit of %,d (raise it with --max-chars)", size,
            maxBytes)));
      } else {
        sink.accept(readOne(name, Files.readAllBytes(file), lower.endsWith(".html")
            || lower.endsWith(".htm"), null));
      }
    } catch (IOException e) {
      sink.accept(failed(name, "cannot read: " + e.getMessage()));
    }
  }

  private void readStdin(InputStream stdin, Consumer<ReadOutcome> sink) {
    byte[] bytes;
    try {
      bytes = stdin.readAllBytes();
    } catch (IOException e) {
      sink.accept(failed("-", "cannot read standard input: " + e.getMessage()));
      return;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("{")) {
      readJsonLines("-", bytes, sink);
    } else if (head.startsWith("<?xml") && FeedReader.looksLikeFeed(bytes)) {
      feeds.read("-", bytes, sink);
    } else {
      sink.accept(readOne("-", bytes, head.startsWith("<!doctype html") || head.startsWith("<html"),
          null));
    }
  }

  /** One plain-text or HTML document. */
  private ReadOutcome readOne(String name, byte[] bytes, boolean isHtml, Source source) {
    try {
      String decoded = decoder.decode(name, bytes);
      String text = decoded;
      String published = null;
      Source src = source != null ? source : new Source(null, null, null, null);
      if (isHtml) {
        HtmlText.Page page = html.read(decoded);
        text = page.text();
        published = isoDate(page.published());
        src = new Source(src.id(), src.url(), src.agency(), page.title());
      }
      checks.check(name, text);
      return new ReadOutcome.Read(new Document(name, bytes, text, src, published));
    } catch (BadInputException e) {
      return new ReadOutcome.Failed(e);
    }
  }

  /** Reads one document a line; a line that is not UTF-8 or not JSON fails alone. */
  private void readJsonLines(String name, byte[] bytes, Consumer<ReadOutcome> sink) {
    int lineNo = 0;
    int from = 0;
    while (from < bytes.length) {
      int nl = from;
      while (nl < bytes.length && bytes[nl] != '\n') {
        nl++;
      }
      byte[] raw = Arrays.copyOfRange(bytes, from, nl);
      from = nl + 1;
      lineNo++;
      String where = name + ":" + lineNo;
      ReadOutcome outcome = jsonLine(where, raw);
      if (outcome != null) {
        sink.accept(outcome);
      }
    }
  }

  /** One JSONL record, or null for a blank line. */
  private ReadOutcome jsonLine(String where, byte[] raw) {
    String line;
    try {
      line = decoder.decode(where, raw);
    } catch (BadInputException e) {
      return new ReadOutcome.Failed(e);
    }
    if (line.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      return failed(where, "not a JSON object: " + firstLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      return failed(where, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return failed(where, "no \"text\" string field");
    }
    Source source = new Source(str(node, "id"), str(node, "url"), null, str(node, "title"));
    String label = source.id() != null ? where + "#" + source.id() : where;
    return fromFields(label, raw, text.asText(), source, str(node, "published"),
        str(node, "country"));
  }

  private void readCsv(String name, byte[] bytes, Consumer<ReadOutcome> sink) {
    CsvMapper csv = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    String all;
    try {
      all = decoder.decode(name, bytes);
    } catch (BadInputException e) {
      sink.accept(new ReadOutcome.Failed(e));
      return;
    }
    try (MappingIterator<Map<String, String>> rows =
        csv.readerFor(Map.class).with(schema).readValues(all)) {
      int row = 1;
      while (rows.hasNextValue()) {
        row++;
        Map<String, String> r = rows.nextValue();
        String text = first(r, "text", "article_content", "content");
        if (text == null) {
          sink.accept(failed(name + ":" + row, "no text column (text or article_content)"));
          continue;
        }
        Source source = new Source(first(r, "id", "unit_id"), first(r, "url"), null,
            first(r, "title", "article_title"));
        String label = source.id() != null ? name + "#" + source.id() : name + ":" + row;
        sink.accept(fromFields(label, json.writeValueAsBytes(r), text, source,
            first(r, "published"), first(r, "country")));
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(failed(name, "malformed CSV: " + firstLine(e.getMessage())));
    }
  }

  private ReadOutcome fromFields(String name, byte[] raw, String text, Source source,
      String published, String country) {
    try {
      checks.check(name, text);
      return new ReadOutcome.Read(
          new Document(name, raw, text, source, isoDate(published), country));
    } catch (BadInputException e) {
      return new ReadOutcome.Failed(e);
    }
  }

  /** The {@code yyyy-MM-dd} of an ISO timestamp or a US {@code m/d/yy} date; else null. */
  static String isoDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Matcher iso = ISO_DATE.matcher(v);
    if (iso.find()) {
      return iso.group();
    }
    Matcher us = US_DATE.matcher(v);
    if (us.matches()) {
      int year = Integer.parseInt(us.group(3));
      year = year < 100 ? 2000 + year : year;
      try {
        return LocalDate.of(year, Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)))
            .format(DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static String first(Map<String, String> row, String... keys) {
    for (String k : keys) {
      String v = row.get(k);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static ReadOutcome failed(String input, String reason) {
    return new ReadOutcome.Failed(new BadInputException(input, reason));
  }
}
