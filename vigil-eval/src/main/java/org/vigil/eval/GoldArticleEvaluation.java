package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.document.Document;
import org.vigil.model.Article;
import org.vigil.model.Person;
import org.vigil.model.Quote;
import org.vigil.model.Source;
import org.vigil.pipeline.Pipeline;

/**
 * Scores one hand-annotated article ({@code *.gold.json} beside its text file, the format of
 * {@code shared/data/dev}): quote speakers, document date, dateline, people's ages, events.
 *
 * <p>The article is extracted without its date, as a bare dispatch would arrive, so the
 * document date is what Vigil infers.
 */
public final class GoldArticleEvaluation {
  private final Pipeline pipeline;
  private final ObjectMapper json = new ObjectMapper();

  public GoldArticleEvaluation(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public Report evaluate(Path goldFile) throws IOException {
    JsonNode gold = json.readTree(goldFile.toFile());
    Path textFile = goldFile.resolveSibling(gold.path("document").asText());
    String text = Files.readString(textFile, StandardCharsets.UTF_8);
    Article article = pipeline.extract(new Document(textFile.toString(), null, text,
        new Source(null, null, null, null), null));
    return score(goldFile.toString(), gold, article);
  }

  Report score(String name, JsonNode gold, Article article) {
    List<Score> scores = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    scoreQuotes(gold, article, scores, misses);
    scorePublished(gold, article, scores, misses);
    scoreDateline(gold, article, scores, misses);
    scoreAges(gold, article, scores, misses);
    new GoldEventScoring().score(gold, article, scores, misses);
    return new Report(name, scores, misses);
  }

  private static void scoreQuotes(
      JsonNode gold, Article article, List<Score> scores, List<String> misses) {
    int found = 0;
    int right = 0;
    int total = 0;
    for (JsonNode q : gold.path("quotes")) {
      total++;
      int start = q.path("start").asInt();
      int end = q.path("end").asInt();
      String speaker = q.path("speaker").asText();
      Optional<Quote> match = article.quotes().stream()
          .filter(s -> s.span().start() < end && start < s.span().end())
          .findFirst();
      if (match.isEmpty()) {
        misses.add("quote not found: " + q.path("text_starts").asText() + "…");
        continue;
      }
      found++;
      if (Names.sameLastName(match.get().speakerName(), speaker)) {
        right++;
      } else {
        misses.add("quote " + q.path("text_starts").asText() + "…: speaker "
            + match.get().speakerName() + ", gold " + speaker);
      }
    }
    scores.add(Score.share("quotes found", found, total, "gold quotes"));
    scores.add(Score.share("quote speaker accuracy", right, total, "gold quotes"));
  }

  private static void scorePublished(
      JsonNode gold, Article article, List<Score> scores, List<String> misses) {
    JsonNode g = gold.path("published");
    if (g.isMissingNode()) {
      return;
    }
    String want = g.path("value").asText();
    String got = article.published() == null ? null : article.published().value();
    boolean ok = want.equals(got);
    if (!ok) {
      misses.add("published: " + got + ", gold " + want);
    }
    scores.add(Score.share("published date", ok ? 1 : 0, 1, "document"));
  }

  private static void scoreDateline(
      JsonNode gold, Article article, List<Score> scores, List<String> misses) {
    JsonNode g = gold.path("dateline");
    if (g.isMissingNode()) {
      return;
    }
    var d = article.dateline();
    boolean place = d != null && g.path("place").asText().equalsIgnoreCase(d.placeName());
    boolean agency = d != null && g.path("agency").asText().equalsIgnoreCase(d.agency());
    if (!place || !agency) {
      misses.add("dateline: " + (d == null ? "none" : d.placeName() + " / " + d.agency())
          + ", gold " + g.path("place").asText() + " / " + g.path("agency").asText());
    }
    scores.add(Score.share("dateline place and agency", (place ? 1 : 0) + (agency ? 1 : 0), 2,
        "fields"));
  }

  private static void scoreAges(
      JsonNode gold, Article article, List<Score> scores, List<String> misses) {
    int total = 0;
    int right = 0;
    for (JsonNode p : gold.path("people")) {
      if (!p.has("age")) {
        continue;
      }
      total++;
      String name = p.path("name").asText();
      int age = p.path("age").asInt();
      Optional<Person> person = article.people().stream()
          .filter(s -> Names.sameLastName(s.name(), name)).findFirst();
      if (person.isPresent() && person.get().age() != null && person.get().age() == age) {
        right++;
      } else {
        misses.add("age of " + name + ": " + person.map(Person::age).orElse(null)
            + ", gold " + age);
      }
    }
    scores.add(Score.share("people ages", right, total, "people with an age"));
  }
}
