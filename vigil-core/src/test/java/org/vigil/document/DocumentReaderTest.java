package org.vigil.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testing.SharedData;

class DocumentReaderTest {

  private final DocumentReader reader = new DocumentReader(ReaderOptions.defaults());
  private final String article = SharedData.read("dev/afp-idlib-2020.txt");

  @TempDir Path dir;

  private List<ReadOutcome> read(String... inputs) {
    return reader.readAll(List.of(inputs));
  }

  private static String reason(ReadOutcome o) {
    assertThat(o).isInstanceOf(ReadOutcome.Failed.class);
    return ((ReadOutcome.Failed) o).error().getMessage();
  }

  @Test
  void readsPlainTextVerbatim() throws IOException {
    Path f = Files.writeString(dir.resolve("idlib.txt"), article);
    ReadOutcome o = read(f.toString()).get(0);
    assertThat(o).isInstanceOf(ReadOutcome.Read.class);
    Document d = ((ReadOutcome.Read) o).document();
    assertThat(d.text()).isEqualTo(article);
    assertThat(d.raw()).isEqualTo(article.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesEmptyFileNamingIt() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.txt"), "  \n\n ");
    assertThat(reason(read(f.toString()).get(0))).startsWith(f + ": empty");
  }

  @Test
  void refusesBinaryData() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H'};
    Path f = Files.write(dir.resolve("photo.txt"), png);
    assertThat(reason(read(f.toString()).get(0))).contains("binary data");
  }

  @Test
  void refusesLatin1BytesWithTheOffsetOfTheFirstBadByte() throws IOException {
    byte[] latin1 = article.replace("Ismail", "Ismaïl").getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(dir.resolve("latin1.txt"), latin1);
    String why = reason(read(f.toString()).get(0));
    assertThat(why).contains("not valid UTF-8").contains("0xEF")
        .contains("offset " + (article.indexOf("Ismail") + 4));
  }

  @Test
  void refusesHugeFileWithoutReadingIt() throws IOException {
    Path f = dir.resolve("huge.txt");
    byte[] line = (article.substring(0, 1000) + "\n").getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(f)) {
      for (int written = 0; written < 50_000_000; written += line.length) {
        out.write(line);
      }
    }
    assertThat(reason(read(f.toString()).get(0))).contains("too large");
  }

  @Test
  void refusesNonEnglishText() throws IOException {
    String german = "Bei einem Luftangriff auf einen Markt im Nordwesten Syriens sind nach "
        + "Angaben von Aktivisten mindestens elf Zivilisten ums Leben gekommen, darunter vier "
        + "Kinder. Die Beobachtungsstelle für Menschenrechte machte Regierungstruppen "
        + "verantwortlich, die südlich der Stadt stationiert sind.";
    Path f = Files.writeString(dir.resolve("de.txt"), german);
    assertThat(reason(read(f.toString()).get(0))).contains("not English");
    Path arabic = Files.writeString(dir.resolve("ar.txt"),
        "قتل أحد عشر مدنيا على الأقل بينهم أربعة أطفال في قصف مدفعي استهدف سوقا شعبيا "
            .repeat(4));
    assertThat(reason(read(arabic.toString()).get(0))).contains("non-Latin script");
  }

  @Test
  void readsBrokenHtmlAndDropsPageFurniture() throws IOException {
    String[] paragraphs = article.split("\n\n");
    String html = "<html><head><title>Idlib</title><script>var x = '<p>';</script>"
        + "<body><nav>Home | World</nav><div><p>" + paragraphs[3] + "<p>" + paragraphs[4]
        + "<div><b>" + paragraphs[5] + "<footer>Copyright</footer>";
    Path f = Files.writeString(dir.resolve("broken.html"), html);
    Document d = ((ReadOutcome.Read) read(f.toString()).get(0)).document();
    assertThat(d.source().title()).isEqualTo("Idlib");
    assertThat(d.text()).contains(paragraphs[3].strip()).contains(paragraphs[5].strip())
        .doesNotContain("Home | World").doesNotContain("Copyright").doesNotContain("var x");
    assertThat(d.text()).contains(paragraphs[3].strip() + "\n\n" + paragraphs[4].strip());
  }

  @Test
  void readsJsonLinesKeepingIdUrlTitleAndReportingBadLines() throws IOException {
    String good = "{\"id\":\"a1\",\"title\":\"T\",\"url\":\"http://x/1\",\"published\":"
        + "\"2020-01-10T08:00:00Z\",\"country\":\"SY\",\"text\":" + quoteJson(article) + "}";
    Path f = Files.writeString(dir.resolve("feed.jsonl"),
        good + "\n{not json\n{\"id\":\"a2\"}\n\n" + good.replace("a1", "a3") + "\n");
    List<ReadOutcome> all = read(f.toString());
    assertThat(all).hasSize(4);
    Document first = ((ReadOutcome.Read) all.get(0)).document();
    assertThat(first.source().id()).isEqualTo("a1");
    assertThat(first.source().url()).isEqualTo("http://x/1");
    assertThat(first.published()).isEqualTo("2020-01-10");
    assertThat(first.country()).isEqualTo("SY");
    assertThat(reason(all.get(1))).startsWith(f + ":2: not a JSON object");
    assertThat(reason(all.get(2))).contains("no \"text\"");
    assertThat(((ReadOutcome.Read) all.get(3)).document().source().id()).isEqualTo("a3");
  }

  @Test
  void aJsonLineInLatin1FailsAloneAndTheOtherLinesAreRead() throws IOException {
    byte[] good = ("{\"id\":\"ok\",\"text\":" + quoteJson(article) + "}\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"l1\",\"text\":\"Ma\u00e2rrat\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = dir.resolve("mixed.jsonl");
    Files.write(f, concat(bad, good));
    List<ReadOutcome> all = read(f.toString());
    assertThat(reason(all.get(0))).startsWith(f + ":1: not valid UTF-8");
    assertThat(((ReadOutcome.Read) all.get(1)).document().source().id()).isEqualTo("ok");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsAnRssFeedOneDocumentAnItemAndNamesAFeedThatIsNone() throws IOException {
    String escaped = article.replace("&", "&amp;").replace("<", "&lt;");
    Path feed = Files.writeString(dir.resolve("news.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title>
        <item><title>Idlib dispatch</title><link>http://example.org/a</link>
          <guid>http://example.org/a</guid><pubDate>Fri, 10 Jan 2020 08:00:00 GMT</pubDate>
          <description>&lt;p&gt;%s&lt;/p&gt;</description></item>
        <item><title>No body</title><link>http://example.org/b</link></item>
        </channel></rss>""".formatted(escaped));
    Path junk = Files.writeString(dir.resolve("junk.xml"), "<html><body>not a feed");
    List<ReadOutcome> all = read(feed.toString(), junk.toString());
    assertThat(all).hasSize(3);
    Document d = ((ReadOutcome.Read) all.get(0)).document();
    assertThat(d.text()).isEqualTo(article.strip().replaceAll("\\s+", " "));
    assertThat(d.source().url()).isEqualTo("http://example.org/a");
    assertThat(d.source().title()).isEqualTo("Idlib dispatch");
    assertThat(d.published()).isEqualTo("2020-01-10");
    assertThat(reason(all.get(1))).contains("no content or summary");
    assertThat(reason(all.get(2))).startsWith(junk + ": not an RSS or Atom feed");
  }

  @Test
  void readsFakesCsvRowsWithTheirIds() {
    List<ReadOutcome> all = read(SharedData.path("fakes/fakes-dev.csv").toString());
    assertThat(all).hasSize(402);
    assertThat(all).allMatch(o -> o instanceof ReadOutcome.Read);
    Document first = ((ReadOutcome.Read) all.get(0)).document();
    assertThat(first.source().id()).isEqualTo("1914947530");
    assertThat(new String(first.raw(), StandardCharsets.UTF_8))
        .startsWith("{\"unit_id\":\"1914947530\",\"article_title\":").contains("\"label\":\"0\"");
  }

  @Test
  void readsTheHomeCountryOfAcledNotes() {
    List<ReadOutcome> all = read(SharedData.path("acled/acled-asia-2015.csv").toString());
    assertThat(all).hasSize(3000);
    assertThat(all).filteredOn(o -> o instanceof ReadOutcome.Read)
        .extracting(o -> ((ReadOutcome.Read) o).document().country())
        .hasSizeGreaterThan(2900).doesNotContainNull().contains("Bangladesh", "Myanmar");
  }

  @Test
  void readsFoldersInNameOrderAndStandardInput() throws IOException {
    Files.writeString(dir.resolve("b.txt"), article);
    Files.writeString(dir.resolve("a.txt"), article);
    Files.writeString(dir.resolve("notes.json"), "{}");
    List<String> names = new ArrayList<>();
    reader.read(List.of(dir.toString(), "-"),
        new ByteArrayInputStream(article.getBytes(StandardCharsets.UTF_8)),
        o -> names.add(o.input()));
    assertThat(names).containsExactly(dir.resolve("a.txt").toString(),
        dir.resolve("b.txt").toString(), "-");
  }

  @Test
  void namesMissingInputs() {
    assertThat(reason(read(dir.resolve("nope.txt").toString()).get(0))).endsWith("no such file");
  }

  private static String quoteJson(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
