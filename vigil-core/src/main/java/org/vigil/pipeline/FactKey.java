package org.vigil.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * Names one kind of fact an extractor provides or requires, with the Java type of its value:
 * a class, or a list and the class of its elements. {@link Facts} checks every value written
 * against it, so that a step cannot slip a list of the wrong things past the generics.
 *
 * <p>Keys are compared by identity: each is a constant declared once, next to the code that
 * provides it ({@link Facts} for the article's fields, a feature package for its own
 * intermediate facts).
 */
public final class FactKey<T> {
  private final String name;
  private final Class<?> type;
  private final Class<?> element;

  private FactKey(String name, Class<?> type, Class<?> element) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.element = element;
  }

  /** A fact whose value is a {@code type}. */
  public static <T> FactKey<T> of(String name, Class<T> type) {
    return new FactKey<>(name, type, null);
  }

  /** A fact whose value is a list of {@code element}s. */
  public static <E> FactKey<List<E>> listOf(String name, Class<E> element) {
    return new FactKey<>(name, List.class, Objects.requireNonNull(element));
  }

  public String name() {
    return name;
  }

  /** The type of the value as Java writes it: "Dateline", "List<Place>". */
  public String typeName() {
    return element == null ? type.getSimpleName()
        : type.getSimpleName() + "<" + element.getSimpleName() + ">";
  }

  /** Why {@code value} is not of this key's type, or null when it is (or is null). */
  String mismatch(Object value) {
    if (value == null) {
      return null;
    }
    if (!type.isInstance(value)) {
      return article(value.getClass().getSimpleName()) + ", not " + article(typeName());
    }
    if (element != null) {
      int i = 0;
      for (Object e : (List<?>) value) {
        if (e == null || !element.isInstance(e)) {
          return "a list holding " + (e == null ? "null" : article(e.getClass().getSimpleName()))
              + " at " + i + ", not " + article(typeName());
        }
        i++;
      }
    }
    return null;
  }

  private static String article(String type) {
    return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  @Override
  public String toString() {
    return name;
  }
}
