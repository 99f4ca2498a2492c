package org.vigil.dateline;

import java.util.List;

/**
 * Where and what the dateline extractor looks for.
 *
 * @param searchChars how far into the text a dateline may start; further down the same shape
 *     is usually a place inside a quote or a subheading
 * @param agencies news agencies recognised by name where no parentheses mark them
 */
public record DatelineOptions(int searchChars, List<String> agencies) {
  public DatelineOptions {
    agencies = List.copyOf(agencies);
  }

  public static DatelineOptions defaults() {
    return new DatelineOptions(600, List.of(
        "AFP", "Reuters", "AP", "Associated Press", "Anadolu", "AA", "SANA", "Xinhua", "dpa",
        "DPA", "UPI", "EFE", "TASS", "Sputnik", "IRNA", "WAFA", "KUNA", "NNA", "MENA",
        "ANSA", "Bernama", "PTI", "IANS", "ANI", "RIA Novosti", "Interfax"));
  }
}
