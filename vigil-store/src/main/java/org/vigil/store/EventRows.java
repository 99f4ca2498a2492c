package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.vigil.incidents.EventSketch;
import org.vigil.incidents.Wording;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event.Count;
import org.vigil.model.EventType;
import org.vigil.model.PlacePrecision;
import org.vigil.model.SubEventType;

/**
 * Reads an event's or an incident's sketch columns, which the two tables share, and gives the
 * value a typed field is stored as: a type by its label, a precision by its label or code.
 */
final class EventRows {
  private EventRows() {}

  static EventSketch sketch(ResultSet rs) throws SQLException {
    return new EventSketch(rs.getString("event_key"), type(rs), subtype(rs),
        date(rs, "date_from"), date(rs, "date_to"),
        date(rs, "date_day"), datePrecision(rs), rs.getString("place_name"),
        dbl(rs, "lat"), dbl(rs, "lon"), placePrecision(rs),
        rs.getString("country"), rs.getString("admin1"),
        count(rs, "killed"), count(rs, "injured"), Wording.parse(rs.getString("words")));
  }

  static EventType type(ResultSet rs) throws SQLException {
    return fromColumn(rs.getString("type"), EventType::ofLabel);
  }

  static SubEventType subtype(ResultSet rs) throws SQLException {
    return fromColumn(rs.getString("subtype"), SubEventType::ofLabel);
  }

  static DatePrecision datePrecision(ResultSet rs) throws SQLException {
    return fromColumn(rs.getString("date_precision"), DatePrecision::ofLabel);
  }

  static PlacePrecision placePrecision(ResultSet rs) throws SQLException {
    return fromColumn(integer(rs, "place_precision"), PlacePrecision::ofCode);
  }

  /** {@code value} as its column holds it (a label, a code), or null. */
  static <T, C> C column(T value, Function<T, C> toColumn) {
    return value == null ? null : toColumn.apply(value);
  }

  /** A column's value read back by {@code of}, which names a value it does not know. */
  static <C, T> T fromColumn(C column, Function<C, T> of) {
    return column == null ? null : of.apply(column);
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
