package org.vigil.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes article records as JSON, one line each or pretty-printed. Thread-safe. */
public final class ArticleJson {
  private final ObjectWriter line;
  private final ObjectWriter pretty;

  public ArticleJson() {
    ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    this.line = mapper.writer();
    this.pretty = mapper.writerWithDefaultPrettyPrinter();
  }

  public String line(Object record) {
    return write(line, record);
  }

  public String pretty(Object record) {
    return write(pretty, record);
  }

  private static String write(ObjectWriter w, Object record) {
    try {
      return w.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write record as JSON", e);
    }
  }
}
