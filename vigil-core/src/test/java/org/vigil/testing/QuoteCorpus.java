package org.vigil.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Articles of the PolNeAR dev split in {@code ../shared/data/quotes}, read by id. */
public final class QuoteCorpus {
  private QuoteCorpus() {}

  public static Path path() {
    return SharedData.path("quotes/polnear-dev.jsonl");
  }

  public static List<String> lines() {
    try {
      return Files.readAllLines(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article whose id starts with {@code idPrefix}. */
  public static JsonNode article(String idPrefix) {
    ObjectMapper json = new ObjectMapper();
    try {
      for (String line : lines()) {
        JsonNode node = json.readTree(line);
        if (node.get("id").asText().startsWith(idPrefix)) {
          return node;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no article " + idPrefix + " in " + path());
  }

  public static String text(String idPrefix) {
    return article(idPrefix).get("text").asText();
  }
}
