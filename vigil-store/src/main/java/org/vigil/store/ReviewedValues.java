package org.vigil.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.vigil.incidents.Figure;
import org.vigil.incidents.IncidentProfile;
import org.vigil.incidents.Wording;
import org.vigil.model.DatePrecision;
import org.vigil.model.EventType;
import org.vigil.model.PlacePrecision;
import org.vigil.model.SubEventType;

/**
 * Puts analysts' verdicts over an incident's profile as the linker summed it up. A corrected
 * value replaces the field, a rejected one empties it, a confirmed one leaves it. Values are
 * JSON:
 * <ul>
 *   <li>type: {@code {"type": "Explosions/Remote violence", "subtype": "Air/drone strike"}},
 *       in ACLED's labels (the sub-event type may be left out);
 *   <li>date: {@code {"from": "2016-05-01", "to": "2016-05-02"}}, or {@code {"day": …}};
 *   <li>place: {@code {"name": "Aleppo", "lat": 36.2, "lon": 37.16, "country": "SY",
 *       "admin1": "Aleppo"}} (country and admin1 may be left out);
 *   <li>killed, injured: {@code {"best": 12}}, with {@code low} and {@code high} if need be.
 * </ul>
 */
public final class ReviewedValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewedValues() {}

  /** Checks a verdict's value, naming what is wrong with it. */
  public static void check(FieldReview r) {
    apply(new IncidentProfile(0, null, null, null, null, null, null, null, null, null, null,
        null, null, Figure.NONE, Figure.NONE, Wording.NONE, 0, 0), r);
  }

  /** The value of {@code field} in {@code v}, in the JSON a correction of it gives. */
  public static String of(IncidentView v, String field) {
    ObjectNode n = JSON.createObjectNode();
    switch (field) {
      case "type" -> n.put("type", v.type()).put("subtype", v.subtype());
      case "date" -> n.put("from", str(v.from())).put("to", str(v.to()));
      case "place" -> n.put("name", v.placeName()).put("lat", v.lat()).put("lon", v.lon())
          .put("country", v.country()).put("admin1", v.admin1());
      case "killed", "injured" -> {
        Figure f = field.equals("killed") ? v.killed() : v.injured();
        n.put("low", f.low()).put("best", f.best()).put("high", f.high());
      }
      default -> throw new IllegalArgumentException("no field " + field);
    }
    return n.toString();
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** The profile {@code p} with the verdicts {@code reviews} (one per field) put over it. */
  static IncidentProfile apply(IncidentProfile p, Collection<FieldReview> reviews) {
    for (FieldReview r : reviews) {
      p = apply(p, r);
    }
    return p;
  }

  private static IncidentProfile apply(IncidentProfile p, FieldReview r) {
    if (r.verdict().equals("confirmed")) {
      return p;
    }
    JsonNode v = r.value() == null ? null : parse(r.value());
    return switch (r.field()) {
      case "type" -> type(p, v);
      case "date" -> date(p, v);
      case "place" -> place(p, v);
      case "killed" -> withFigures(p, figure(v, "killed"), p.injured());
      case "injured" -> withFigures(p, p.killed(), figure(v, "injured"));
      default -> throw new IllegalArgumentException("no field " + r.field());
    };
  }

  private static IncidentProfile type(IncidentProfile p, JsonNode v) {
    EventType type = v == null ? null : eventType(text(v, "type"));
    SubEventType subtype = null;
    String sub = v == null ? null : text(v, "subtype");
    if (sub != null) {
      subtype = Arrays.stream(SubEventType.values())
          .filter(s -> s.label().equals(sub) && s.type() == type).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "'" + sub + "' is no sub-event type of " + type.label()));
    }
    return new IncidentProfile(p.id(), type, subtype, p.from(), p.to(), p.day(),
        p.precision(), p.placeName(), p.lat(), p.lon(), p.placePrecision(), p.country(),
        p.admin1(), p.killed(), p.injured(), p.words(), p.sources(), p.stories());
  }

  private static EventType eventType(String label) {
    return Arrays.stream(EventType.values()).filter(t -> t.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("type must be one of ACLED's event types "
            + Arrays.stream(EventType.values()).map(EventType::label).toList() + ", not " + label));
  }

  private static IncidentProfile date(IncidentProfile p, JsonNode v) {
    LocalDate from = null;
    LocalDate to = null;
    DatePrecision precision = null;
    if (v != null) {
      from = day(v, v.has("day") ? "day" : "from");
      to = v.has("day") ? from : day(v, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("date: 'to' " + to + " is before 'from' " + from);
      }
      long days = ChronoUnit.DAYS.between(from, to) + 1;
      precision = days == 1 ? DatePrecision.DAY : days <= 7 ? DatePrecision.WEEK
          : days <= 31 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }
    return new IncidentProfile(p.id(), p.type(), p.subtype(), from, to,
        from != null && from.equals(to) ? from : null, precision, p.placeName(), p.lat(),
        p.lon(), p.placePrecision(), p.country(), p.admin1(), p.killed(), p.injured(),
        p.words(), p.sources(), p.stories());
  }

  private static IncidentProfile place(IncidentProfile p, JsonNode v) {
    String name = null;
    Double lat = null;
    Double lon = null;
    String country = null;
    String admin1 = null;
    PlacePrecision precision = null;
    if (v != null) {
      name = text(v, "name");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("place: a name is needed");
      }
      lat = number(v, "lat", -90, 90);
      lon = number(v, "lon", -180, 180);
      country = text(v, "country");
      if (country != null && !country.matches("[A-Za-z]{2}")) {
        throw new IllegalArgumentException(
            "place: country is a two-letter ISO code, not '" + country + "'");
      }
      country = country == null ? null : country.toUpperCase(Locale.ROOT);
      admin1 = text(v, "admin1");
      precision = PlacePrecision.SETTLEMENT;
    }
    return new IncidentProfile(p.id(), p.type(), p.subtype(), p.from(), p.to(), p.day(),
        p.precision(), name, lat, lon, precision, country, admin1, p.killed(), p.injured(),
        p.words(), p.sources(), p.stories());
  }

  private static Figure figure(JsonNode v, String field) {
    if (v == null) {
      return Figure.NONE;
    }
    Integer best = count(v, "best", field);
    Integer low = v.has("low") ? count(v, "low", field) : best;
    Integer high = v.has("high") ? count(v, "high", field) : best;
    if (low == null || high == null || low > high
        || best != null && (best < low || best > high)) {
      throw new IllegalArgumentException(field + ": give best, or low ≤ best ≤ high");
    }
    return new Figure(low, best, high);
  }

  private static IncidentProfile withFigures(IncidentProfile p, Figure killed, Figure injured) {
    return new IncidentProfile(p.id(), p.type(), p.subtype(), p.from(), p.to(), p.day(),
        p.precision(), p.placeName(), p.lat(), p.lon(), p.placePrecision(), p.country(),
        p.admin1(), killed, injured, p.words(), p.sources(), p.stories());
  }

  private static JsonNode parse(String value) {
    try {
      JsonNode v = JSON.readTree(value);
      if (v == null || !v.isObject()) {
        throw new IllegalArgumentException("a corrected value is a JSON object, not " + value);
      }
      return v;
    } catch (IOException e) {
      throw new IllegalArgumentException("a corrected value is JSON: " + e.getMessage());
    }
  }

  private static String text(JsonNode v, String name) {
    JsonNode n = v.get(name);
    return n == null || n.isNull() ? null : n.asText().strip();
  }

  private static LocalDate day(JsonNode v, String name) {
    String s = text(v, name);
    try {
      return LocalDate.parse(s == null ? "" : s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date: '" + name + "' must be a day as 2016-05-01, not "
          + s);
    }
  }

  private static Double number(JsonNode v, String name, double min, double max) {
    JsonNode n = v.get(name);
    if (n == null || !n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
      throw new IllegalArgumentException("place: " + name + " must be a number from " + min
          + " to " + max);
    }
    return n.asDouble();
  }

  private static Integer count(JsonNode v, String name, String field) {
    JsonNode n = v.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0) {
      throw new IllegalArgumentException(field + ": " + name + " must be a whole number ≥ 0");
    }
    return n.asInt();
  }
}
