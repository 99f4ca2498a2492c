package org.vigil.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.model.DatePrecision.DAY;
import static org.vigil.model.DatePrecision.MONTH;
import static org.vigil.model.DatePrecision.WEEK;
import static org.vigil.model.DatePrecision.YEAR;
import static org.vigil.testing.EvidenceAssert.assertCovers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vigil.document.Document;
import org.vigil.model.Article;
import org.vigil.model.DatePrecision;
import org.vigil.model.Source;
import org.vigil.model.Timex;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

class TimeExtractorTest {
  private static final String AFP = "dev/afp-idlib-2020.txt";

  private final Pipeline pipeline = new Pipeline(TestPipeline.language(), List.of(
      new DatelineExtractor(DatelineOptions.defaults()),
      new TimeMentionExtractor(TimeOptions.defaults()),
      new DocumentDateExtractor(DocumentDateOptions.defaults()),
      new TimeExtractor()));

  private Article extract(String text, String published) {
    return pipeline.extract(
        new Document("test", null, text, new Source(null, null, null, null), published));
  }

  private static Timex find(Article article, String text) {
    return article.times().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no timex '" + text + "' in " + article.times()));
  }

  private static void assertTimex(Article a, String text, String value,
      DatePrecision precision) {
    Timex t = find(a, text);
    assertThat(t.value()).as("value of '%s'", text).isEqualTo(value);
    assertThat(t.precision()).as("precision of '%s'", text).isEqualTo(precision);
    assertCovers(a.text(), t.span(), text);
  }

  @Test
  void resolvesRelativeAndPartialDatesAgainstTheDocumentDate() {
    Article a = extract(SharedData.read(AFP), "2020-01-10");

    assertTimex(a, "two months ago", "2019-11", MONTH);
    assertTimex(a, "a week ago", "2020-W01", WEEK);
    assertTimex(a, "January 3", "2020-01-03", DAY);
    assertTimex(a, "late 2017", "2017", YEAR);
    assertTimex(a, "2013", "2013", YEAR);
    assertTimex(a, "the end of 2015", "2015", YEAR);
  }

  @Test
  void resolvesABareMonthInPastTenseToTheLastOne() {
    Article a = extract(SharedData.read(AFP), "2020-01-10");

    Timex november = find(a, "November");
    assertThat(november.value()).isEqualTo("2019-11");
    assertThat(november.type()).isEqualTo("DATE");
    assertThat(a.text().substring(november.span().start() - 2, november.span().end() + 15))
        .isEqualTo("a November missile strike");
  }

  @Test
  void leavesADateThatNamesAStreetOutOfTimeExpressions() {
    // "landed in the area surrounding the bakery the cemetery the bus station and April 7th
    // Street": a street's name; the report's "on Monday" stays a date
    Article a = extract(FakesCorpus.textStartingWith("7 November 2016 Four people killed"),
        "2016-11-07");
    assertThat(a.times()).extracting(Timex::text).noneMatch(t -> t.startsWith("April 7"))
        .contains("Monday");
  }

  @Test
  void leavesAgesOutOfTimeExpressions() {
    Article a = extract(SharedData.read(AFP), "2020-01-10");

    assertThat(a.times()).extracting(Timex::text)
        .doesNotContain("22-year-old", "one-year-old", "35-year-old");
    assertThat(find(a, "two decades").type()).isEqualTo("DURATION");
    assertThat(find(a, "two decades").precision()).isNull();
  }

  @Test
  void keepsRelativeValuesUnresolvedWithoutADocumentDate() {
    String sentence = sentence(SharedData.read(AFP), "who survived a November missile strike");

    Article a = extract(sentence, null);

    assertThat(a.published()).isNull();
    assertThat(find(a, "November").value()).isEqualTo("XXXX-11");
  }

  @Test
  void placesAPastTenseWeekdayInTheWeekJustGone() {
    String text = SharedData.read("timeml/TimeBank/wsj_0533.tml").replaceAll("<[^>]+>", "");
    String sentence = sentence(text, "extended their offers");

    // The document date, 1989-10-30, is a Monday.
    Article a = extract(sentence, "1989-10-30");

    assertTimex(a, "Friday", "1989-10-27", DAY);
  }

  @Test
  void givesTheSameTimesWhateverTheOrderAndThreadOfDocuments() throws Exception {
    // SUTime's own weekday resolution depends on the documents read before (CoreNLP #1061).
    Map<String, String> dates = Map.of("wsj_0533", "1989-10-30", "AP900815-0044", "1990-08-15",
        "APW19980227.0487", "1998-02-27", "wsj_0542", "1989-10-30");
    Map<String, List<Timex>> alone = new HashMap<>();
    for (var e : dates.entrySet()) {
      alone.put(e.getKey(), extract(timeBankText(e.getKey()), e.getValue()).times());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<String> order = new ArrayList<>(dates.keySet());
      for (int round = 0; round < 2; round++) {
        Collections.reverse(order);
        Map<String, Future<List<Timex>>> running = new HashMap<>();
        for (String name : order) {
          running.put(name, pool.submit(
              () -> extract(timeBankText(name), dates.get(name)).times()));
        }
        for (String name : order) {
          assertThat(running.get(name).get()).as(name).isEqualTo(alone.get(name));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String timeBankText(String name) {
    String xml = SharedData.read("timeml/TimeBank/" + name + ".tml");
    return xml.substring(xml.indexOf("<TEXT>")).replaceAll("<[^>]+>", "");
  }

  /** The line or sentence of {@code text} that holds {@code words}. */
  static String sentence(String text, String words) {
    int at = text.indexOf(words);
    assertThat(at).as("'%s' in the test text", words).isNotNegative();
    int start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf(". ", at) + 1) + 1;
    int end = text.indexOf('.', at);
    return text.substring(start, end < 0 ? text.length() : end + 1).strip();
  }
}
