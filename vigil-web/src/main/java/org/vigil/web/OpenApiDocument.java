package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The OpenAPI 3 document of the API, written from the same route descriptions it serves. */
final class OpenApiDocument {

  private OpenApiDocument() {}

  static ObjectNode of(List<ApiRoute> routes, String version) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode doc = json.createObjectNode().put("openapi", "3.0.3");
    doc.putObject("info").put("title", "Vigil").put("version", version)
        .put("description", "Incidents of armed conflict read from news reports, every figure"
            + " with the sources that give it.");
    ObjectNode paths = doc.putObject("paths");
    for (ApiRoute r : routes) {
      // The path is a property name: Jackson's with() would read "/api/…" as a JSON pointer.
      ObjectNode op = paths.withObjectProperty(r.path())
          .putObject(r.method().name().toLowerCase(Locale.ROOT));
      op.put("summary", r.summary());
      op.put("operationId", operationId(r));
      if (!r.params().isEmpty()) {
        var params = op.putArray("parameters");
        for (ApiRoute.Param p : r.params()) {
          ObjectNode param = params.addObject().put("name", p.name()).put("in", p.in())
              .put("description", p.description()).put("required", p.in().equals("path"));
          ObjectNode schema = param.putObject("schema").put("type", p.type());
          if (p.format() != null) {
            schema.put("format", p.format());
          }
          p.values().forEach(schema.withArray("enum")::add);
        }
      }
      if (r.body() != null) {
        op.putObject("requestBody").put("required", true).putObject("content")
            .putObject("application/json").putObject("schema").put("type", "object")
            .put("description", r.body());
      }
      if (r.writes()) {
        var security = op.putArray("security");
        security.addObject().putArray("bearerToken");
        security.addObject().putArray("session");
      }
      ObjectNode responses = op.putObject("responses");
      responses.putObject("200").put("description", "the answer")
          .putObject("content").putObject(r.produces()).putObject("schema")
          .put("type", r.produces().equals("application/json") ? "object" : "string");
      responses.putObject("400").put("description", "a parameter is malformed");
      if (r.path().contains("{id}")) {
        responses.putObject("404").put("description", "no such item");
      }
      if (r.writes()) {
        responses.putObject("401").put("description", "no valid token or session");
        responses.putObject("403").put("description", "a session without its CSRF header");
        responses.putObject("409").put("description", "the store cannot make this change");
      }
    }
    ObjectNode schemes = doc.putObject("components").putObject("securitySchemes");
    schemes.putObject("bearerToken").put("type", "http").put("scheme", "bearer")
        .put("description", "an API token made with `vigil user token NAME`");
    schemes.putObject("session").put("type", "apiKey").put("in", "cookie")
        .put("name", "JSESSIONID").put("description", "the session of POST /api/login; every"
            + " write also sends its CSRF token in the " + Access.CSRF_HEADER + " header");
    return doc;
  }

  /** {@code GET /api/incidents/{id}} → {@code getApiIncidentsById}. */
  private static String operationId(ApiRoute r) {
    StringBuilder id = new StringBuilder(r.method().name().toLowerCase(Locale.ROOT));
    for (String part : r.path().split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String word = part.startsWith("{") ? "By" + cap(part.substring(1, part.length() - 1))
          : part;
      for (String piece : word.split("[^A-Za-z0-9]+")) {
        id.append(cap(piece));
      }
    }
    return id.toString();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
