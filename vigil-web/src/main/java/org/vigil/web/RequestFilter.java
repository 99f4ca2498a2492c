package org.vigil.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.vigil.store.IncidentFilter;

/** The incident filter a request's query parameters give; a bad value is a 400 naming it. */
final class RequestFilter {

  /** The most incidents one request returns. */
  static final int MAX_LIMIT = 5000;

  static final List<ApiRoute.Param> PARAMS = List.of(
      ApiRoute.Param.query("country", "string", "ISO 3166 alpha-2 code, e.g. SY"),
      ApiRoute.Param.query("region", "string", "first-level region as the gazetteer names it"),
      ApiRoute.Param.query("type", "string", "an ACLED event type or sub-event type"),
      ApiRoute.Param.query("actor", "string",
          "a perpetrator's or target's name or ACLED category, e.g. Islamic State"),
      ApiRoute.Param.query("from", "string", "incidents that may have happened on or after")
          .format("date"),
      ApiRoute.Param.query("to", "string", "incidents that may have happened on or before")
          .format("date"),
      ApiRoute.Param.query("minKilled", "integer", "best (else lowest) toll at least this"),
      ApiRoute.Param.query("text", "string", "words in places, kinds, triggers or titles"),
      ApiRoute.Param.query("limit", "integer", "at most this many (default and most: "
          + MAX_LIMIT + ")"));

  private RequestFilter() {}

  static IncidentFilter of(Context ctx) {
    int limit = integer(ctx, "limit", MAX_LIMIT);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequest("limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
    }
    String minKilled = blankToNull(ctx.queryParam("minKilled"));
    return new IncidentFilter(blankToNull(ctx.queryParam("country")),
        blankToNull(ctx.queryParam("region")), blankToNull(ctx.queryParam("type")),
        blankToNull(ctx.queryParam("actor")),
        date(ctx, "from"), date(ctx, "to"),
        minKilled == null ? null : integer(ctx, "minKilled", 0),
        blankToNull(ctx.queryParam("text")), limit);
  }

  private static LocalDate date(Context ctx, String name) {
    String v = blankToNull(ctx.queryParam(name));
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a day as YYYY-MM-DD, not '" + v + "'");
    }
  }

  /** The {@code id} of the path: a whole number, else a 400. */
  static long pathId(Context ctx) {
    String v = ctx.pathParam("id");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new BadRequest("id must be a whole number, not '" + v + "'");
    }
  }

  static int integer(Context ctx, String name, int otherwise) {
    String v = blankToNull(ctx.queryParam(name));
    try {
      return v == null ? otherwise : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number, not '" + v + "'");
    }
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.trim();
  }
}
