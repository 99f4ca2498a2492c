package org.vigil.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.vigil.document.Document;
import org.vigil.model.Article;
import org.vigil.model.Source;
import org.vigil.model.Span;
import org.vigil.model.Timex;
import org.vigil.pipeline.Pipeline;

/**
 * Scores time expressions against a folder of TimeML files ({@code *.tml}, e.g. TimeBank as
 * cleaned for TempEval-3): detection by overlap, and TIMEX3 value F1 as TempEval-3 counts it.
 *
 * <p>Each file's TEXT is stripped of its tags and run through the pipeline with the DCT as the
 * given publication date; the DCT itself is not scored. A gold timex counts for the value score
 * when a system timex overlaps it with the same value string; precision is over system timexes,
 * recall over gold ones.
 */
public final class TimeMlEvaluation {
  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"([^\"]*)\"", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private final Pipeline pipeline;

  public TimeMlEvaluation(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** A gold TIMEX3 with its span in the stripped text. */
  record GoldTimex(String text, String type, String value, Span span) {}

  /** One TimeML document: its plain text, creation date and gold timexes. */
  record TimeMlDocument(String name, String text, String dct, List<GoldTimex> timexes) {}

  public Report evaluate(Path folder) {
    return evaluate(folder, DocumentHalf.ALL);
  }

  /** Scores the documents of {@code folder}, in name order, that {@code half} keeps. */
  public Report evaluate(Path folder, DocumentHalf half) {
    List<Path> all;
    try (Stream<Path> s = Files.list(folder)) {
      all = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list TimeML folder " + folder, e);
    }
    List<Path> files = IntStream.range(0, all.size()).filter(half::keeps)
        .mapToObj(all::get).toList();
    Counts c = new Counts();
    for (Path file : files) {
      TimeMlDocument doc = read(file);
      Article article = pipeline.extract(new Document(file.toString(), null, doc.text(),
          new Source(doc.name(), null, null, null), doc.dct()));
      c.add(doc, article.times());
    }
    List<Score> scores = new ArrayList<>();
    double dp = ratio(c.systemMatched, c.system);
    double dr = ratio(c.goldFound, c.gold);
    double vp = ratio(c.systemValue, c.system);
    double vr = ratio(c.goldValue, c.gold);
    scores.add(Score.share("timex detection precision (overlap)", c.systemMatched, c.system,
        "system timexes"));
    scores.add(Score.share("timex detection recall (overlap)", c.goldFound, c.gold,
        "gold timexes"));
    scores.add(new Score("timex detection F1 (overlap)", f1(dp, dr), files.size() + " files"));
    scores.add(Score.share("timex value precision", c.systemValue, c.system, "system timexes"));
    scores.add(Score.share("timex value recall", c.goldValue, c.gold, "gold timexes"));
    scores.add(new Score("timex value F1", f1(vp, vr), files.size() + " files"));
    return new Report(folder + half.label(), scores, c.misses);
  }

  /** Gold and system timexes matched by overlap and by value, and what was missed. */
  private static final class Counts {
    int gold;
    int system;
    int goldFound;
    int systemMatched;
    int goldValue;
    int systemValue;
    final List<String> misses = new ArrayList<>();

    void add(TimeMlDocument doc, List<Timex> found) {
      gold += doc.timexes().size();
      system += found.size();
      for (GoldTimex g : doc.timexes()) {
        List<Timex> over = found.stream().filter(t -> t.span().overlaps(g.span())).toList();
        if (!over.isEmpty()) {
          goldFound++;
        }
        if (over.stream().anyMatch(t -> g.value().equals(t.value()))) {
          goldValue++;
        } else {
          misses.add(doc.name() + " [" + doc.dct() + "] gold " + g.type() + " '" + g.text()
              + "' = " + g.value() + (over.isEmpty() ? "  (not found)" : "  got "
              + over.stream().map(t -> "'" + t.text() + "' " + t.type() + "=" + t.value())
                  .toList()));
        }
      }
      for (Timex t : found) {
        List<GoldTimex> over = doc.timexes().stream().filter(g -> g.span().overlaps(t.span()))
            .toList();
        if (!over.isEmpty()) {
          systemMatched++;
        } else {
          misses.add(doc.name() + " [" + doc.dct() + "] extra " + t.type() + " '" + t.text()
              + "' = " + t.value());
        }
        if (over.stream().anyMatch(g -> g.value().equals(t.value()))) {
          systemValue++;
        }
      }
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Reads a TimeML file: TEXT without tags or entities, offsets of its TIMEX3s, and the DCT. */
  static TimeMlDocument read(Path file) {
    String xml;
    try {
      xml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read TimeML file " + file, e);
    }
    Matcher dct = DCT.matcher(xml);
    Matcher body = TEXT.matcher(xml);
    if (!body.find()) {
      throw new IllegalArgumentException(file + ": no <TEXT> element");
    }
    String dctValue = dct.find() ? day(dct.group(1)) : null;
    String inner = body.group(1);
    StringBuilder text = new StringBuilder(inner.length());
    List<GoldTimex> timexes = new ArrayList<>();
    String openType = null;
    String openValue = null;
    int openStart = -1;
    int i = 0;
    while (i < inner.length()) {
      char c = inner.charAt(i);
      if (c == '<') {
        int end = inner.indexOf('>', i);
        String tag = inner.substring(i + 1, end);
        if (tag.startsWith("TIMEX3")) {
          openStart = text.length();
          openType = attr(tag, "type");
          openValue = attr(tag, "value");
        } else if (tag.equals("/TIMEX3") && openStart >= 0) {
          Span span = new Span(openStart, text.length());
          timexes.add(new GoldTimex(span.of(text.toString()), openType,
              openValue == null ? "" : openValue, span));
          openStart = -1;
        }
        i = end + 1;
      } else if (c == '&') {
        int end = inner.indexOf(';', i);
        String decoded = entity(end < 0 ? "" : inner.substring(i + 1, end));
        if (decoded == null) {
          text.append(c);
          i++;
        } else {
          text.append(decoded);
          i = end + 1;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return new TimeMlDocument(name, text.toString(), dctValue, timexes);
  }

  /** A DCT's day: "1998-03-01" of "1998-03-01T10:00", or null when it holds none. */
  private static String day(String dct) {
    if (dct.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return dct;
    }
    return dct.length() >= 10 ? dct.substring(0, 10) : null;
  }

  /** The character an XML entity stands for, or null for one TimeML does not use. */
  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> null;
    };
  }

  private static String attr(String tag, String name) {
    Matcher m = ATTR.matcher(tag);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }
}
