package org.vigil.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The map's outlines, drawn with no tile server: Natural Earth's countries (world-atlas
 * TopoJSON, served as it is) and first-level regions. The regions come at 1:10m, 34 MB for the
 * world, so they are simplified once (Douglas-Peucker to about 1 km, points rounded to 0.001°)
 * and served one country at a time, as the incidents on the map need them.
 */
final class Outlines {

  /** About 1 km: finer than a region's outline shows at the zooms a country fills. */
  private static final double TOLERANCE = 0.01;

  private final Path folder;
  private final ObjectMapper json = new ObjectMapper();
  private volatile byte[] countries;
  private volatile Map<String, byte[]> regions;

  Outlines(Path assets) {
    this.folder = assets.resolve("outlines");
  }

  /** The countries as TopoJSON (object {@code countries}), at 1:50m. */
  byte[] countries() {
    if (countries == null) {
      try {
        countries = Files.readAllBytes(folder.resolve("countries-50m.json"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the country outlines in " + folder, e);
      }
    }
    return countries;
  }

  /** The first-level regions of {@code country} (ISO alpha-2) as a GeoJSON collection. */
  byte[] regions(String country) {
    if (!country.matches("[A-Za-z]{2}")) {
      throw new BadRequest("country must be an ISO 3166 alpha-2 code, not '" + country + "'");
    }
    Map<String, byte[]> all = regions;
    if (all == null) {
      synchronized (this) {
        if (regions == null) {
          regions = simplifyAll();
        }
        all = regions;
      }
    }
    return all.getOrDefault(country.toUpperCase(Locale.ROOT),
        "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes());
  }

  private Map<String, byte[]> simplifyAll() {
    Map<String, ArrayNode> byCountry = new HashMap<>();
    Path file = folder.resolve("admin1-10m.json");
    try (JsonParser p = new JsonFactory(json).createParser(file.toFile())) {
      // Streams the features one at a time: the file is too big to hold as a tree.
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && "features".equals(p.currentName())) {
          p.nextToken();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode f = json.readTree(p);
            String cc = f.path("properties").path("iso_a2").asText("");
            JsonNode geometry = simplify(f.path("geometry"));
            if (cc.length() != 2 || geometry == null) {
              continue;
            }
            ObjectNode out = json.createObjectNode().put("type", "Feature");
            out.putObject("properties").put("name", f.path("properties").path("name").asText())
                .put("code", f.path("properties").path("iso_3166_2").asText());
            out.set("geometry", geometry);
            byCountry.computeIfAbsent(cc, c -> json.createArrayNode()).add(out);
          }
        }
      }
      Map<String, byte[]> result = new HashMap<>();
      for (var e : byCountry.entrySet()) {
        ObjectNode fc = json.createObjectNode().put("type", "FeatureCollection");
        fc.set("features", e.getValue());
        result.put(e.getKey(), json.writeValueAsBytes(fc));
      }
      return Map.copyOf(result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the region outlines in " + file, e);
    }
  }

  /** The geometry with each ring simplified; rings that shrink to nothing are dropped. */
  private JsonNode simplify(JsonNode geometry) {
    String type = geometry.path("type").asText();
    ArrayNode polygons = json.createArrayNode();
    if (type.equals("Polygon")) {
      addPolygon(polygons, geometry.path("coordinates"));
    } else if (type.equals("MultiPolygon")) {
      geometry.path("coordinates").forEach(poly -> addPolygon(polygons, poly));
    }
    if (polygons.isEmpty()) {
      return null;
    }
    ObjectNode g = json.createObjectNode().put("type", "MultiPolygon");
    g.set("coordinates", polygons);
    return g;
  }

  private void addPolygon(ArrayNode polygons, JsonNode rings) {
    ArrayNode kept = json.createArrayNode();
    for (JsonNode ring : rings) {
      double[][] pts = new double[ring.size()][];
      for (int i = 0; i < pts.length; i++) {
        pts[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
      }
      boolean[] keep = new boolean[pts.length];
      if (pts.length > 0) {
        keep[0] = keep[pts.length - 1] = true;
        mark(pts, 0, pts.length - 1, keep);
      }
      ArrayNode r = json.createArrayNode();
      for (int i = 0; i < pts.length; i++) {
        if (keep[i]) {
          r.addArray().add(round(pts[i][0])).add(round(pts[i][1]));
        }
      }
      if (r.size() >= 4) {
        kept.add(r);
      } else if (kept.isEmpty()) {
        return; // the outer ring is below the tolerance: an islet the map cannot show
      }
    }
    if (!kept.isEmpty()) {
      polygons.add(kept);
    }
  }

  /** Douglas-Peucker: keeps the point farthest from each chord while it is beyond tolerance. */
  private static void mark(double[][] pts, int first, int last, boolean[] keep) {
    int at = -1;
    double far = TOLERANCE;
    for (int i = first + 1; i < last; i++) {
      double d = distance(pts[i], pts[first], pts[last]);
      if (d > far) {
        far = d;
        at = i;
      }
    }
    if (at >= 0) {
      keep[at] = true;
      mark(pts, first, at, keep);
      mark(pts, at, last, keep);
    }
  }

  private static double distance(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len2 = dx * dx + dy * dy;
    if (len2 == 0) {
      return Math.hypot(p[0] - a[0], p[1] - a[1]);
    }
    double t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
