package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vigil.document.Document;
import org.vigil.model.Article;
import org.vigil.model.Quote;
import org.vigil.model.Source;
import org.vigil.model.Span;
import org.vigil.pipeline.Pipeline;

/**
 * Scores direct-quote finding and speaker attribution against a quote corpus in JSONL, one
 * article a line: {@code {"id","text","quotes":[{"start","end","speaker"}]}} (PolNeAR's
 * format in {@code data/quotes}).
 *
 * <p>A gold quote is found when a Vigil direct quote overlaps it (gold spans sometimes take in
 * a few unquoted words). A speaker is right when its last name matches the gold's, ignoring
 * case: gold gives names as written ("PENCE", "Gov. Mike Pence"). Gold lists only quotes with
 * a named speaker, so Vigil's extra quotes are counted, not penalised.
 */
public final class QuoteCorpusEvaluation {
  private final Function<Document, Article> extractor;

  public QuoteCorpusEvaluation(Pipeline pipeline) {
    this(pipeline::extract);
  }

  /** Scores any document-to-article function, e.g. a pipeline over cached annotations. */
  public QuoteCorpusEvaluation(Function<Document, Article> extractor) {
    this.extractor = extractor;
  }

  public Report evaluate(Path jsonl) {
    return evaluate(jsonl, DocumentHalf.ALL);
  }

  /** Scores the articles of {@code jsonl} that {@code half} keeps. */
  public Report evaluate(Path jsonl, DocumentHalf half) {
    ObjectMapper json = new ObjectMapper();
    Counts c = new Counts();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      int document = -1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || !half.keeps(++document)) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String id = node.path("id").asText(jsonl + ":" + lineNo);
        String text = node.get("text").asText();
        Article article = extractor.apply(new Document(jsonl + ":" + lineNo, null, text,
            new Source(id, null, null, null), null));
        c.add(id, text, node.path("quotes"), article);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read quote corpus " + jsonl, e);
    }
    List<Score> scores = List.of(
        Score.share("quotes found", c.found, c.gold, "gold quotes in " + c.articles
            + " articles"),
        Score.share("speaker right on found", c.rightOnFound, c.found, "found quotes"),
        Score.share("speaker right on all gold", c.rightOnFound, c.gold, "gold quotes"),
        new Score("direct quotes without speaker", c.withoutSpeaker,
            c.withoutSpeaker + " of " + c.vigilDirect + " Vigil direct quotes"));
    return new Report(jsonl + half.label(), scores, c.misses);
  }

  /** Gold quotes found and their speakers, Vigil's direct quotes without one, the misses. */
  private static final class Counts {
    int gold;
    int found;
    int rightOnFound;
    int vigilDirect;
    int withoutSpeaker;
    int articles;
    final List<String> misses = new ArrayList<>();

    void add(String id, String text, JsonNode goldQuotes, Article article) {
      articles++;
      List<Quote> direct = article.quotes().stream().filter(q -> q.kind().equals("direct"))
          .toList();
      vigilDirect += direct.size();
      for (Quote q : direct) {
        if (q.speakerName() == null) {
          withoutSpeaker++;
          misses.add(id + " NO SPEAKER " + q.span().start() + "-" + q.span().end() + " "
              + snippet(q.text()));
        }
      }
      for (JsonNode g : goldQuotes) {
        gold++;
        Span span = new Span(g.get("start").asInt(), g.get("end").asInt());
        String speaker = g.get("speaker").asText();
        Quote match = bestOverlap(direct, span);
        if (match == null) {
          misses.add(id + " MISSED " + span.start() + "-" + span.end() + " [" + speaker + "] "
              + snippet(span.of(text)));
          continue;
        }
        found++;
        if (Names.sameLastName(speaker, match.speakerName())) {
          rightOnFound++;
        } else {
          misses.add(id + " SPEAKER " + span.start() + "-" + span.end() + " gold=" + speaker
              + " vigil=" + match.speakerName() + " " + snippet(span.of(text)));
        }
      }
    }
  }

  private static Quote bestOverlap(List<Quote> quotes, Span gold) {
    Quote best = null;
    int bestOverlap = 0;
    for (Quote q : quotes) {
      int overlap = Math.min(q.span().end(), gold.end()) - Math.max(q.span().start(), gold.start());
      if (overlap > bestOverlap) {
        best = q;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static String snippet(String s) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() > 90 ? flat.substring(0, 90) + "…" : flat;
  }
}
