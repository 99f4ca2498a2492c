package org.vigil.model;

import java.util.Arrays;
import java.util.function.Function;

/** Reads the enums of the record back from the labels it writes. */
final class Labels {
  private Labels() {}

  /**
   * The constant of {@code values} whose label is exactly {@code value}; else fails naming the
   * value, {@code what} it should be, and the labels allowed.
   */
  static <E extends Enum<E>> E of(E[] values, Function<E, String> label, String value,
      String what) {
    for (E e : values) {
      if (label.apply(e).equals(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no " + what + " '" + value + "'; one of "
        + Arrays.stream(values).map(label).toList());
  }
}
