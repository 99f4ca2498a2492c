package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is valid and names every route the server has, and no other. */
class OpenApiTest {

  private final WebFixture web = WebFixture.get();

  @Test
  void documentIsValidOpenApi3() {
    SwaggerParseResult parsed = parse();
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
  }

  @Test
  void documentListsEveryRouteTheServerHas() {
    List<String> documented = new ArrayList<>();
    parse().getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap()
        .keySet().forEach(method -> documented.add(method.name().toUpperCase(Locale.ROOT)
            + " " + path)));
    assertThat(web.server.handlers()).isNotEmpty().containsExactlyInAnyOrderElementsOf(documented);
  }

  private SwaggerParseResult parse() {
    String doc = web.get("/api/openapi.json").body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readContents(doc, null, options);
  }
}
