package org.vigil.store.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;
import org.vigil.store.Store;

/** Writes incidents as CSV rows (RFC 4180, header first) under named columns. */
final class CsvRows {
  private CsvRows() {}

  /** Writes one row per incident that {@code row} maps (null: the incident is skipped). */
  static IncidentExport.Written write(Store store, IncidentFilter filter, Writer out,
      List<String> columns, Function<IncidentView, Map<String, Object>> row) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    int[] n = {0, 0};
    try (SequenceWriter w = new CsvMapper().writer(schema.build()).writeValues(out)) {
      store.eachIncident(filter, v -> {
        Map<String, Object> r = row.apply(v);
        if (r == null) {
          n[1]++;
          return;
        }
        try {
          w.write(r);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        n[0]++;
      });
      if (n[0] == 0) {
        w.flush();
        out.write(String.join(",", columns) + "\n");
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new IncidentExport.Written(n[0], n[1]);
  }
}
