package org.vigil.cli;

import java.time.LocalDate;
import org.vigil.store.IncidentFilter;
import picocli.CommandLine.Option;

/** The incident filters that {@code query} and {@code export} share. */
final class FilterOptions {

  @Option(names = "--country", paramLabel = "CODE", description = "ISO country code (SY)")
  String country;

  @Option(names = "--region", description = "first-level region (Idlib)")
  String region;

  @Option(names = "--type", description = "ACLED event type or sub-event type")
  String type;

  @Option(names = "--actor",
      description = "a perpetrator's or target's name or ACLED category (Islamic State)")
  String actor;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "on or after this day")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "on or before this day")
  LocalDate to;

  @Option(names = "--min-killed", paramLabel = "N", description = "at least N killed")
  Integer minKilled;

  @Option(names = "--text", description = "words found in places, kinds, triggers or titles")
  String text;

  IncidentFilter filter(int limit) {
    return new IncidentFilter(country, region, type, actor, from, to, minKilled, text, limit);
  }
}
