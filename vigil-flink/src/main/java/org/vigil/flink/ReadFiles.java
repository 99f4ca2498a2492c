package org.vigil.flink;

import java.io.InputStream;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReaderOptions;

/**
 * Reads one file of an archive folder (text, HTML, JSONL, CSV or a feed) into its inputs, as
 * {@code vigil ingest} reads it. Its inputs are numbered after the file's place in the
 * folder, so that they are linked in the order {@code vigil ingest} links them.
 */
final class ReadFiles extends RichFlatMapFunction<ReadFiles.File, InputArticle> {

  /** The {@code index}th file of the folder, sorted as {@code vigil ingest} sorts it. */
  record File(int index, String path) {}

  /** Room for the inputs of one file in {@link InputArticle#seq()}. */
  private static final int INPUTS_PER_FILE_BITS = 32;

  private transient DocumentReader reader;

  @Override
  public void open(OpenContext context) {
    reader = new DocumentReader(ReaderOptions.defaults());
  }

  @Override
  public void flatMap(File file, Collector<InputArticle> out) {
    long[] n = {(long) file.index() << INPUTS_PER_FILE_BITS};
    reader.read(List.of(file.path()), InputStream.nullInputStream(),
        o -> out.collect(InputArticle.of(n[0]++, o)));
  }
}
