package org.vigil.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.document.Document;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.model.Published;
import org.vigil.model.Source;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Facts;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

class DocumentDateExtractorTest {
  private final DatelineExtractor datelines = new DatelineExtractor(DatelineOptions.defaults());
  private final TimeMentionExtractor mentions = new TimeMentionExtractor(TimeOptions.defaults());
  private final DocumentDateExtractor dates =
      new DocumentDateExtractor(DocumentDateOptions.defaults());

  private Published published(Document document) {
    AnnotatedDocument doc = TestPipeline.language().annotate(document);
    Facts facts = new Facts();
    datelines.extract(doc, facts);
    mentions.extract(doc, facts);
    dates.extract(doc, facts);
    return facts.get(Facts.PUBLISHED);
  }

  private Published published(String text) {
    return published(Document.ofText("test", text));
  }

  @Test
  void infersTheAfpDispatchDateFromAWeekAgoAndTheNamedDayAndTheWarsAge() {
    String text = SharedData.read("dev/afp-idlib-2020.txt");

    Published p = published(text);

    assertThat(p.value()).isEqualTo("2020-01-10");
    assertThat(p.given()).isFalse();
    assertThat(p.why()).contains("a week ago", "January 3", "nine-year-old war");
    assertThat(p.evidence()).extracting(s -> s.of(text))
        .contains("a week ago", "January 3", "two months ago", "November",
            "nearly nine-year-old war");
  }

  @Test
  void keepsTheGivenDate() {
    Published p = published(new Document("test", null,
        SharedData.read("dev/afp-idlib-2020.txt"), new Source(null, null, null, null),
        "2020-01-11"));

    assertThat(p).isEqualTo(new Published("2020-01-11", true, null, List.of()));
  }

  @Test
  void readsTheHeaderDateOfAScrapedArticle() throws IOException {
    String text = fakes().get(0).get("article_content");

    Published p = published(text);

    assertThat(p.value()).isEqualTo("2017-04-05");
    assertThat(p.evidence()).singleElement()
        .satisfies(s -> assertThat(s.of(text)).contains("05 Apr 2017"));
  }

  @Test
  void readsNumericAndGluedHeaderDates() throws IOException {
    List<Map<String, String>> rows = fakes();
    String numeric = rows.stream().map(r -> r.get("article_content"))
        .filter(t -> t.startsWith("07.07.2015")).findFirst().orElseThrow();
    String glued = rows.stream().map(r -> r.get("article_content"))
        .filter(t -> t.startsWith("Last updated at Jul 152015")).findFirst().orElseThrow();

    assertThat(published(numeric).value()).isEqualTo("2015-07-07");
    assertThat(published(glued).value()).isEqualTo("2015-07-15");
  }

  @Test
  void agreesWithFakesIncidentDatesOnMostArticles() throws IOException {
    // FA-KES's gold is the incident date, usually the publication day or the day before; a
    // quarter of its rows put it weeks away from the article's own header date.
    DateTimeFormatter format = DateTimeFormatter.ofPattern("M/d/yy");
    List<Map<String, String>> rows = fakes();
    int checked = 0;
    int agree = 0;
    for (int i = 0; i < rows.size(); i += 4) {
      Map<String, String> row = rows.get(i);
      LocalDate gold = LocalDate.parse(row.get("date"), format);
      Published p = published(row.get("article_content"));
      checked++;
      if (p != null && Math.abs(LocalDate.parse(p.value()).toEpochDay() - gold.toEpochDay()) <= 1) {
        agree++;
      }
    }
    assertThat((double) agree / checked).as("%d of %d within a day", agree, checked)
        .isGreaterThanOrEqualTo(0.6);
  }

  static List<Map<String, String>> fakes() throws IOException {
    try (MappingIterator<Map<String, String>> it = new CsvMapper()
        .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
        .readValues(SharedData.path("fakes/fakes-dev.csv").toFile())) {
      return it.readAll();
    }
  }
}
