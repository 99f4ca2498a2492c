package org.vigil.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;
import org.vigil.store.Store;

/**
 * Incidents under ACLED's column names, so that scripts written for ACLED's exports read them:
 * event_date, event_type, sub_event_type, actor1, actor2, country, admin1, location, latitude,
 * longitude, geo_precision, time_precision, source, notes, fatalities.
 *
 * <p>As ACLED codes them: fatalities is the best figure (else the lowest; 0 when no source
 * gives one); time_precision 1 a day, 2 a week, 3 a month or coarser; geo_precision 1 a
 * settlement, 2 near one, 3 a region or the country. Actor 1 is the first perpetrator a source
 * names, actor 2 the first target. Vigil's own columns follow: the fatality range over the
 * sources, the counts of sources and stories, and the incident's id.
 */
final class AcledCsvExport implements IncidentExport {

  static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year",
      "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
      "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
      "fatalities_low", "fatalities_high", "sources", "stories", "vigil_id", "means", "reviewed");

  @Override
  public Written write(Store store, IncidentFilter filter, Writer out) throws IOException {
    return CsvRows.write(store, filter, out, COLUMNS, AcledCsvExport::row);
  }

  private static Map<String, Object> row(IncidentView v) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("event_id_cnty", (v.country() == null ? "XX" : v.country()) + v.id());
    r.put("event_date", v.date());
    r.put("year", v.date() == null ? null : v.date().getYear());
    r.put("time_precision", timePrecision(v.precision()));
    r.put("event_type", v.type());
    r.put("sub_event_type", v.subtype());
    r.put("actor1", first(v, true));
    r.put("actor2", first(v, false));
    r.put("country", v.country() == null ? null
        : new Locale("", v.country()).getDisplayCountry(Locale.ENGLISH));
    r.put("admin1", v.admin1());
    r.put("location", v.placeName());
    r.put("latitude", v.lat());
    r.put("longitude", v.lon());
    r.put("geo_precision", v.placePrecision() == null ? null : Math.min(3, v.placePrecision()));
    Set<String> sources = new LinkedHashSet<>();
    v.reports().stream().map(IncidentView.Report::outlet).filter(Objects::nonNull)
        .forEach(sources::add);
    r.put("source", String.join("; ", sources));
    r.put("notes", v.reports().isEmpty() ? null : v.reports().get(0).notes());
    Integer point = v.killed().point();
    r.put("fatalities", point == null ? 0 : point);
    r.put("fatalities_low", v.killed().low());
    r.put("fatalities_high", v.killed().high());
    r.put("sources", v.sources());
    r.put("stories", v.stories());
    r.put("vigil_id", v.id());
    r.put("means", String.join(";", v.means()));
    r.put("reviewed", v.reviewedCell());
    r.replaceAll((k, x) -> x == null ? null : x.toString());
    return r;
  }

  private static Integer timePrecision(String precision) {
    if (precision == null) {
      return null;
    }
    return switch (precision) {
      case "day" -> 1;
      case "week" -> 2;
      default -> 3;
    };
  }

  private static String first(IncidentView v, boolean perpetrator) {
    for (IncidentView.Report r : v.reports()) {
      List<String> actors = perpetrator ? r.perpetrators() : r.targets();
      if (!actors.isEmpty()) {
        return actors.get(0);
      }
    }
    return null;
  }
}
