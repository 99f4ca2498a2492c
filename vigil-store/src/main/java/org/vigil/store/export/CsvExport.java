package org.vigil.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;
import org.vigil.store.Store;

/** One incident a row: its summary, with the low, best and high of each figure. */
final class CsvExport implements IncidentExport {

  static final List<String> COLUMNS = List.of("id", "date", "date_from", "date_to",
      "date_precision", "type", "subtype", "place", "country", "admin1", "lat", "lon",
      "place_precision", "killed_low", "killed_best", "killed_high", "injured_low",
      "injured_best", "injured_high", "sources", "stories", "means", "reviewed");

  @Override
  public Written write(Store store, IncidentFilter filter, Writer out) throws IOException {
    return CsvRows.write(store, filter, out, COLUMNS, CsvExport::row);
  }

  private static Map<String, Object> row(IncidentView v) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", v.id());
    r.put("date", v.date());
    r.put("date_from", v.from());
    r.put("date_to", v.to());
    r.put("date_precision", v.precision());
    r.put("type", v.type());
    r.put("subtype", v.subtype());
    r.put("place", v.placeName());
    r.put("country", v.country());
    r.put("admin1", v.admin1());
    r.put("lat", v.lat());
    r.put("lon", v.lon());
    r.put("place_precision", v.placePrecision());
    r.put("killed_low", v.killed().low());
    r.put("killed_best", v.killed().best());
    r.put("killed_high", v.killed().high());
    r.put("injured_low", v.injured().low());
    r.put("injured_best", v.injured().best());
    r.put("injured_high", v.injured().high());
    r.put("sources", v.sources());
    r.put("stories", v.stories());
    r.put("means", String.join(";", v.means()));
    r.put("reviewed", v.reviewedCell());
    r.replaceAll((k, x) -> x == null ? null : x.toString());
    return r;
  }
}
