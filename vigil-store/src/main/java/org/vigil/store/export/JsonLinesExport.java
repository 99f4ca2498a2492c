package org.vigil.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.vigil.store.IncidentFilter;
import org.vigil.store.Store;

/** One incident a line, with every source, its figures and the sentences that tell it. */
final class JsonLinesExport implements IncidentExport {

  private final IncidentJson json = new IncidentJson();

  @Override
  public Written write(Store store, IncidentFilter filter, Writer out) throws IOException {
    int[] n = {0};
    try {
      store.eachIncident(filter, v -> {
        try {
          out.write(json.mapper().writeValueAsString(json.full(v)));
          out.write('\n');
          n[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Written(n[0], 0);
  }
}
