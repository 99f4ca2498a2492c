package org.vigil.pipeline;

import java.util.Objects;

/**
 * Names one kind of fact an extractor provides or requires, with the Java type of its value.
 *
 * <p>Keys are compared by identity: each is a constant declared once, next to the code that
 * provides it ({@link Facts} for the article's fields, a feature package for its own
 * intermediate facts).
 */
public final class FactKey<T> {
  private final String name;
  private final Class<?> type;

  private FactKey(String name, Class<?> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static <T> FactKey<T> of(String name, Class<?> type) {
    return new FactKey<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<?> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
