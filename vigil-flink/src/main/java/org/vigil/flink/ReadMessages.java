package org.vigil.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;

/**
 * Reads each message as one JSONL article, as {@code vigil ingest} reads a line of a JSONL
 * file; a message that is not one becomes a failure naming it, and a blank one is skipped.
 */
final class ReadMessages extends RichFlatMapFunction<ArticleMessage, InputArticle> {

  private transient DocumentReader reader;

  @Override
  public void open(OpenContext context) {
    reader = new DocumentReader(ReaderOptions.defaults());
  }

  @Override
  public void flatMap(ArticleMessage m, Collector<InputArticle> out) {
    ReadOutcome o = reader.readLine(m.name(), m.raw());
    if (o != null) {
      out.collect(InputArticle.of(m.seq(), o));
    }
  }
}
