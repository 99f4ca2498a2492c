package org.vigil.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.vigil.model.Span;

/** Checks that a span points at the text a fact claims. */
public final class EvidenceAssert {
  private EvidenceAssert() {}

  public static void assertCovers(String text, Span span, String expected) {
    assertThat(span.end()).as("span %s inside text of length %d", span, text.length())
        .isLessThanOrEqualTo(text.length());
    assertThat(span.of(text)).as("text under span %s", span).isEqualTo(expected);
  }
}
