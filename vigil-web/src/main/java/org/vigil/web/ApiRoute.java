package org.vigil.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * One route of the REST API, described once: the server registers it and the OpenAPI document
 * lists it from the same description, so that the two cannot drift apart.
 *
 * @param summary one line on what it answers
 * @param params its path and query parameters
 * @param body what its JSON body holds, or null when it takes none
 * @param writes whether it changes the store: then it answers only a logged-in user (with the
 *     session's CSRF token) or an API token
 * @param produces the media type of a successful answer
 */
record ApiRoute(HandlerType method, String path, String summary, List<Param> params,
    String body, boolean writes, String produces, Handler handler) {

  ApiRoute {
    params = List.copyOf(params);
  }

  /** A route that reads: open to anyone. */
  static ApiRoute get(String path, String summary, List<Param> params, String produces,
      Handler handler) {
    return new ApiRoute(HandlerType.GET, path, summary, params, null, false, produces, handler);
  }

  /**
   * A parameter.
   *
   * @param in {@code path} or {@code query}
   * @param type the JSON schema type: string, integer, number
   * @param format the schema format (date), or null
   * @param values the values it may take, or empty for any
   */
  record Param(String name, String in, String type, String format, String description,
      List<String> values) {

    static Param path(String name, String type, String description) {
      return new Param(name, "path", type, null, description, List.of());
    }

    static Param query(String name, String type, String description) {
      return new Param(name, "query", type, null, description, List.of());
    }

    Param format(String f) {
      return new Param(name, in, type, f, description, values);
    }

    Param oneOf(String... allowed) {
      return new Param(name, in, type, format, description, List.of(allowed));
    }
  }
}
