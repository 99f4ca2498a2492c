package org.vigil.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.vigil.store.IncidentFilter;
import org.vigil.store.Store;

/** Writes the incidents a filter selects in one format, streaming them from the store. */
public interface IncidentExport {

  /** What the export wrote. {@code skipped}: incidents the format cannot hold (no point). */
  record Written(int incidents, int skipped) {}

  Written write(Store store, IncidentFilter filter, Writer out) throws IOException;

  /** The export for {@code format}: jsonl, csv, acled-csv or geojson. */
  static IncidentExport of(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "jsonl" -> new JsonLinesExport();
      case "csv" -> new CsvExport();
      case "acled-csv" -> new AcledCsvExport();
      case "geojson" -> new GeoJsonExport();
      default -> throw new IllegalArgumentException("no export format '" + format
          + "'; use jsonl, csv, acled-csv or geojson");
    };
  }
}
