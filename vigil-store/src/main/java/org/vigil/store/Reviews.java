package org.vigil.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The statements of analysts' field verdicts. A verdict is filed under the keys of the events
 * its incident held, so it follows them: through re-extraction (an event keeps its key), through
 * re-linking and merges (the incident holding those events carries it). A split leaves it with
 * the incident that keeps its id.
 */
final class Reviews {

  void add(Handle h, FieldReview r, Collection<String> eventKeys) {
    long id = h.createUpdate("""
            INSERT INTO field_review (field, verdict, corrected, made_by, made_at, reason)
            VALUES (:field, :verdict, :value, :by, :at, :reason)""")
        .bind("field", r.field()).bind("verdict", r.verdict())
        .bind("value", Inputs.clip(r.value(), 4000)).bind("by", r.by())
        .bind("at", r.at()).bind("reason", Inputs.clip(r.reason(), 2000))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    for (String key : eventKeys) {
      h.createUpdate("INSERT INTO field_review_event (review_id, event_key) VALUES (:r, :k)")
          .bind("r", id).bind("k", key).execute();
    }
  }

  /** The newest verdict on each field among those filed under {@code eventKeys}. */
  List<FieldReview> latest(Handle h, Collection<String> eventKeys) {
    if (eventKeys.isEmpty()) {
      return List.of();
    }
    Map<String, FieldReview> byField = new LinkedHashMap<>();
    h.createQuery("""
            SELECT * FROM field_review WHERE id IN (
              SELECT review_id FROM field_review_event WHERE event_key IN (<keys>))
            ORDER BY id""")
        .bindList("keys", new ArrayList<>(eventKeys))
        .map((rs, ctx) -> new FieldReview(rs.getString("field"), rs.getString("verdict"),
            rs.getString("corrected"), rs.getString("made_by"),
            rs.getTimestamp("made_at").toInstant(), rs.getString("reason")))
        .forEach(r -> byField.put(r.field(), r));
    return FieldReview.FIELDS.stream().filter(byField::containsKey).map(byField::get).toList();
  }

  /** Verdicts as the incident row keeps them: {@code killed=corrected,place=confirmed}. */
  static String column(List<FieldReview> reviews) {
    return reviews.isEmpty() ? null
        : reviews.stream().map(r -> r.field() + "=" + r.verdict())
            .collect(Collectors.joining(","));
  }

  /** An incident row's column read back: each reviewed field's verdict. */
  static Map<String, String> ofColumn(String column) {
    Map<String, String> out = new LinkedHashMap<>();
    if (column != null) {
      for (String pair : column.split(",")) {
        String[] fv = pair.split("=", 2);
        out.put(fv[0], fv[1]);
      }
    }
    return out;
  }

  /**
   * After a split: the verdicts filed under both the moved events and those kept stay with the
   * kept ones only.
   */
  void keepWith(Handle h, Collection<String> moved, Collection<String> kept) {
    if (moved.isEmpty() || kept.isEmpty()) {
      return;
    }
    h.createUpdate("""
            DELETE FROM field_review_event WHERE event_key IN (<moved>) AND review_id IN (
              SELECT review_id FROM field_review_event WHERE event_key IN (<kept>))""")
        .bindList("moved", new ArrayList<>(moved)).bindList("kept", new ArrayList<>(kept))
        .execute();
  }
}
