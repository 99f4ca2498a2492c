package org.vigil.model;

import java.util.List;

/**
 * The document date: given by the input ({@code given = true}) or inferred from the text,
 * with the spans it was inferred from.
 *
 * @param value ISO date, {@code yyyy-MM-dd}
 * @param why a short account of how an inferred date was reached; null when given
 */
public record Published(String value, boolean given, String why, List<Span> evidence) {
  public Published {
    evidence = List.copyOf(evidence);
  }
}
