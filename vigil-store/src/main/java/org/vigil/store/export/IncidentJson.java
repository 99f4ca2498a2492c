package org.vigil.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.vigil.incidents.Figure;
import org.vigil.store.FieldReview;
import org.vigil.store.IncidentView;

/**
 * An incident as JSON: its summary and every source with its own figures and notes. The one
 * shape of the JSON-lines export and of the web API.
 */
public final class IncidentJson {

  private final ObjectMapper json = new ObjectMapper();

  public ObjectMapper mapper() {
    return json;
  }

  public ObjectNode summary(IncidentView v) {
    ObjectNode n = json.createObjectNode();
    n.put("id", v.id());
    n.put("type", v.type());
    n.put("subtype", v.subtype());
    ObjectNode date = n.putObject("date");
    date.put("day", str(v.day()));
    date.put("from", str(v.from()));
    date.put("to", str(v.to()));
    date.put("precision", v.precision());
    ObjectNode place = n.putObject("place");
    place.put("name", v.placeName());
    place.put("country", v.country());
    place.put("admin1", v.admin1());
    place.put("lat", v.lat());
    place.put("lon", v.lon());
    place.put("precision", v.placePrecision());
    figure(n.putObject("killed"), v.killed());
    figure(n.putObject("injured"), v.injured());
    n.put("sources", v.sources());
    n.put("stories", v.stories());
    n.put("updated", v.updated().toString());
    ObjectNode reviewed = n.putObject("reviewed");
    v.reviewed().forEach(reviewed::put);
    return n;
  }

  public ObjectNode full(IncidentView v) {
    ObjectNode n = summary(v);
    v.means().forEach(n.putArray("means")::add);
    ArrayNode reviews = n.putArray("reviews");
    for (FieldReview r : v.reviews()) {
      ObjectNode o = reviews.addObject();
      o.put("field", r.field());
      o.put("verdict", r.verdict());
      o.set("value", r.value() == null ? null : parse(r.value()));
      o.put("by", r.by());
      o.put("at", r.at().toString());
      o.put("reason", r.reason());
    }
    ArrayNode reports = n.putArray("reports");
    for (IncidentView.Report r : v.reports()) {
      ObjectNode o = reports.addObject();
      o.put("event", r.eventKey());
      o.put("article", r.articleId());
      o.put("articleEvent", r.localId());
      o.put("story", r.storyId());
      o.put("input", r.input());
      o.put("url", r.url());
      o.put("title", r.title());
      o.put("outlet", r.outlet());
      o.put("published", r.published());
      o.put("type", r.type());
      o.put("subtype", r.subtype());
      o.put("trigger", r.trigger());
      o.put("place", r.placeName());
      figure(o.putObject("killed"), r.killed());
      figure(o.putObject("injured"), r.injured());
      r.perpetrators().forEach(o.withArray("perpetrators")::add);
      r.targets().forEach(o.withArray("targets")::add);
      r.means().forEach(o.withArray("means")::add);
      o.put("notes", r.notes());
      o.put("linked", r.reason());
    }
    return n;
  }

  private JsonNode parse(String value) {
    try {
      return json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored verdict's value is no JSON: " + value, e);
    }
  }

  private static void figure(ObjectNode n, Figure f) {
    n.put("low", f.low());
    n.put("best", f.best());
    n.put("high", f.high());
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
