package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.vigil.incidents.EventSketch;
import org.vigil.incidents.Wording;
import org.vigil.model.Event.Count;

/** Reads an event's or an incident's sketch columns, which the two tables share. */
final class EventRows {
  private EventRows() {}

  static EventSketch sketch(ResultSet rs) throws SQLException {
    return new EventSketch(rs.getString("event_key"), rs.getString("type"),
        rs.getString("subtype"), date(rs, "date_from"), date(rs, "date_to"),
        date(rs, "date_day"), rs.getString("date_precision"), rs.getString("place_name"),
        dbl(rs, "lat"), dbl(rs, "lon"), integer(rs, "place_precision"),
        rs.getString("country"), rs.getString("admin1"),
        count(rs, "killed"), count(rs, "injured"), Wording.parse(rs.getString("words")));
  }

  static Count count(ResultSet rs, String prefix) throws SQLException {
    Integer low = integer(rs, prefix + "_low");
    Integer best = integer(rs, prefix + "_best");
    Integer high = integer(rs, prefix + "_high");
    return low == null && best == null && high == null ? null
        : new Count(best, low, high, Map.of());
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  static Long longOrNull(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static Double dbl(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
