package org.vigil.store.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.vigil.store.IncidentFilter;
import org.vigil.store.Store;

/**
 * A GeoJSON FeatureCollection (RFC 7946): one Point feature per incident with a place, its
 * summary as properties. Incidents with no coordinates are left out and counted.
 */
final class GeoJsonExport implements IncidentExport {

  private final IncidentJson json = new IncidentJson();

  @Override
  public Written write(Store store, IncidentFilter filter, Writer out) throws IOException {
    int[] n = {0, 0};
    out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    try {
      store.eachIncident(filter, v -> {
        if (v.lat() == null || v.lon() == null) {
          n[1]++;
          return;
        }
        ObjectNode f = json.mapper().createObjectNode();
        f.put("type", "Feature");
        f.put("id", v.id());
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(v.lon()).add(v.lat());
        ObjectNode p = f.putObject("properties");
        ObjectNode s = json.summary(v);
        p.put("id", v.id());
        p.put("type", v.type());
        p.put("subtype", v.subtype());
        p.put("date", v.date() == null ? null : v.date().toString());
        p.put("date_precision", v.precision());
        p.put("place", v.placeName());
        p.put("country", v.country());
        p.put("admin1", v.admin1());
        p.put("place_precision", v.placePrecision());
        p.set("killed_low", s.path("killed").path("low"));
        p.set("killed_best", s.path("killed").path("best"));
        p.set("killed_high", s.path("killed").path("high"));
        p.set("injured_best", s.path("injured").path("best"));
        p.put("sources", v.sources());
        p.put("stories", v.stories());
        p.put("means", String.join(";", v.means()));
        p.put("reviewed", v.reviewedCell());
        try {
          out.write(n[0] == 0 ? "" : ",\n");
          out.write(json.mapper().writeValueAsString(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        n[0]++;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.write("\n]}\n");
    return new Written(n[0], n[1]);
  }
}
