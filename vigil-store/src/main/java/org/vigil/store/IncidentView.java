package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.incidents.Figure;

/**
 * One incident as queries and exports show it: its summary, and every source event with its
 * own figures, so that disagreeing sources stand side by side.
 *
 * <p>Its fields are the sources' summed up, with analysts' verdicts put over them.
 *
 * @param sources source events (one per article that reports it)
 * @param stories distinct stories among them: copies of one wire story count once
 * @param updated when its sources or its verdicts last changed
 * @param reviewed each reviewed field's verdict ({@code killed} → {@code corrected})
 * @param reviews the verdicts in full: who, when, what and why (empty in a summary)
 */
public record IncidentView(long id, String type, String subtype, LocalDate from, LocalDate to,
    LocalDate day, String precision, String placeName, Double lat, Double lon,
    Integer placePrecision, String country, String admin1, Figure killed, Figure injured,
    int sources, int stories, Instant updated, Map<String, String> reviewed,
    List<FieldReview> reviews, List<Report> reports) {

  public IncidentView {
    reviewed = Collections.unmodifiableMap(new LinkedHashMap<>(reviewed));
    reviews = List.copyOf(reviews);
    reports = List.copyOf(reports);
  }

  /** The verdicts as one table cell: {@code killed=corrected;place=confirmed}, else empty. */
  public String reviewedCell() {
    StringBuilder b = new StringBuilder();
    reviewed.forEach((field, verdict) ->
        b.append(b.isEmpty() ? "" : ";").append(field).append('=').append(verdict));
    return b.toString();
  }

  /** The weapons or means its reports name, each once, in the order they were first named. */
  public List<String> means() {
    return reports.stream().flatMap(r -> r.means().stream()).distinct().toList();
  }

  /** The day ACLED-style tables date the incident by: its day, else its first day. */
  public LocalDate date() {
    return day != null ? day : from;
  }

  /**
   * One source event of an incident.
   *
   * @param eventKey stable across re-extraction: what split and merge name
   * @param localId the event's id in its article's record ({@code ev1}), where its evidence is
   * @param agency the wire agency of its dateline, or null
   * @param means the weapons or means it names ("barrel bomb", "car bomb")
   * @param notes the sentences of the report that tell the event
   * @param reason why the linker put it in this incident
   */
  public record Report(String eventKey, long articleId, String localId, long storyId, String input,
      String url, String title, String agency, String published, String type,
      String subtype, String trigger, String placeName, Figure killed, Figure injured,
      List<String> perpetrators, List<String> targets, List<String> means, String notes,
      String reason) {

    public Report {
      perpetrators = List.copyOf(perpetrators);
      targets = List.copyOf(targets);
      means = List.copyOf(means);
    }

    /** Who published it, as a source column names it: the agency, else the site, else null. */
    public String outlet() {
      if (agency != null) {
        return agency;
      }
      if (url != null) {
        String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "");
        return host.startsWith("www.") ? host.substring(4) : host;
      }
      return null;
    }
  }
}
