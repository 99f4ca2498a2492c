package org.vigil.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an article's text.
 *
 * <p>Written as a two-element JSON array, {@code [start, end]}, as the schema asks.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"start", "end"})
public record Span(int start, int end) implements Comparable<Span> {

  @JsonCreator
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The characters this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
