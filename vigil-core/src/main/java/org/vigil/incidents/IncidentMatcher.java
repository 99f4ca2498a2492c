package org.vigil.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.geo.gazetteer.Distance;
import org.vigil.model.EventType;
import org.vigil.model.EventType.Disorder;
import org.vigil.model.SubEventType;

/**
 * Judges whether an event tells the same real-world incident as an incident already known, and
 * says why.
 *
 * <p>Some differences rule a match out whatever else agrees: kinds that cannot describe one
 * incident (a protest is no airstrike), named days more than a day apart (or date spans that
 * do not overlap), different countries, two settlements farther apart than {@link
 * LinkOptions#nearKm()}, and, where either place is a region, different regions. Two
 * settlements that close are one scene even across a border (a city and its suburb).
 * The rest is weighed by a logistic model ({@link LinkOptions}): the same sub-event type, the
 * same named day, how closely the tolls agree, and how much of the wording is shared. The
 * event joins the incident when the model finds one incident likelier than two.
 *
 * <p>The place is a rule-out only: two reports placed in the same town are, on a busy front,
 * as often two incidents as one, so being in one town adds no evidence of its own.
 */
public final class IncidentMatcher {

  /** A judgement: the probability of one incident and, for the record, what made it. */
  public record Verdict(double probability, String reason) {}

  private final LinkOptions options;

  public LinkOptions options() {
    return options;
  }

  public IncidentMatcher(LinkOptions options) {
    this.options = options;
  }

  /** Whether an event can be matched at all: it needs a date that tells days apart. */
  public boolean linkable(EventSketch e) {
    return e.from() != null && e.days() <= options.longestDays();
  }

  /** Whether an incident can be matched: its date, too, must tell days apart. */
  public boolean linkable(IncidentProfile c) {
    return c.from() != null
        && c.to().toEpochDay() - c.from().toEpochDay() + 1 <= options.longestDays();
  }

  /** The verdict on {@code e} joining {@code c}, or empty when something rules it out. */
  public Optional<Verdict> judge(EventSketch e, IncidentProfile c) {
    List<String> why = new ArrayList<>();
    if (!admissible(e, c)) {
      return Optional.empty();
    }
    why.add(placeNote(e, c));
    double logit = options.bias();
    if (e.subtype() != null && e.subtype() == c.subtype()) {
      logit += options.sameSubtype();
      why.add("same sub-type " + e.subtype().label());
    } else {
      why.add("types " + label(e.type(), e.subtype()) + " and " + label(c.type(), c.subtype()));
    }
    if (e.day() != null && e.day().equals(c.day())) {
      logit += options.sameDay();
      why.add("same day " + e.day());
    } else {
      why.add("dates " + span(e.from(), e.to(), e.day()) + " and "
          + span(c.from(), c.to(), c.day()));
    }
    Integer mine = toll(e);
    if (mine != null && c.killed().isKnown()) {
      int lo = c.killed().low() != null ? c.killed().low() : c.killed().point();
      int hi = c.killed().high() != null ? c.killed().high() : c.killed().point();
      int near = mine < lo ? lo : mine > hi ? hi : mine;
      double agreement = Math.max(mine, near) == 0 ? 1
          : (double) Math.min(mine, near) / Math.max(mine, near);
      logit += options.tollsGiven() + options.tollAgreement() * agreement;
      why.add("killed " + mine + " vs " + (lo == hi ? Integer.toString(lo) : lo + "-" + hi));
    }
    double share = e.words().share(c.words());
    logit += options.wording() * share;
    why.add(String.format("wording %.2f", share));
    double p = 1 / (1 + Math.exp(-logit));
    return Optional.of(new Verdict(p, String.format("p %.2f: %s", p, String.join("; ", why))));
  }

  /**
   * Whether nothing rules out {@code e} and {@code c} being one incident: kinds, days and
   * places. It reads no wording, so a store can sift candidates before reading theirs.
   */
  public boolean admissible(EventSketch e, IncidentProfile c) {
    return kindsAgree(e, c) && daysAgree(e, c) && placesAgree(e, c);
  }

  private static boolean kindsAgree(EventSketch e, IncidentProfile c) {
    if (e.type() == null || c.type() == null) {
      return false;
    }
    if (e.type() == c.type()) {
      return true;
    }
    // Reports may call one incident a battle and an attack, or a protest and a riot.
    Disorder disorder = e.type().disorder();
    return disorder == c.type().disorder() && disorder != Disorder.STRATEGIC_DEVELOPMENTS;
  }

  /**
   * Two reports that name a day (their own, or the report's for an incident they give no date)
   * must name days at most {@link LinkOptions#slackDays()} apart: most reports of an incident
   * appear the day it happens, and a busy front has another incident of the same kind every
   * day. The slack is between any two reports, not a step each may take from the last: a
   * raid of Thursday, one of Friday and one of Saturday are not one incident. Where either
   * gives only a month or a week, the spans must overlap.
   */
  private boolean daysAgree(EventSketch e, IncidentProfile c) {
    if (c.from() == null || e.from() == null) {
      return false;
    }
    int slack = options.slackDays();
    if (e.day() != null && c.day() != null) {
      // within the slack of every day its reports name, not only of the incident's own day
      return Math.abs(e.day().toEpochDay() - c.day().toEpochDay()) <= slack
          && !e.day().isBefore(c.to().minusDays(slack))
          && !e.day().isAfter(c.from().plusDays(slack));
    }
    return !e.from().isAfter(c.to().plusDays(slack)) && !c.from().isAfter(e.to().plusDays(slack));
  }

  private boolean placesAgree(EventSketch e, IncidentProfile c) {
    if (e.country() != null && c.country() != null && !e.country().equals(c.country())) {
      return false;
    }
    if (settlements(e, c)) {
      return km(e, c) <= options.nearKm();
    }
    return e.admin1() == null || c.admin1() == null || e.admin1().equals(c.admin1());
  }

  private static boolean settlements(EventSketch e, IncidentProfile c) {
    return e.inSettlement() && c.inSettlement();
  }

  private static double km(EventSketch e, IncidentProfile c) {
    return Distance.km(e.lat(), e.lon(), c.lat(), c.lon());
  }

  private static String placeNote(EventSketch e, IncidentProfile c) {
    return settlements(e, c)
        ? String.format("%s and %s %.0f km apart", e.placeName(), c.placeName(), km(e, c))
        : "places " + e.placeName() + " and " + c.placeName();
  }

  private static Integer toll(EventSketch e) {
    if (e.killed() == null) {
      return null;
    }
    return e.killed().figure();
  }

  private static String label(EventType type, SubEventType subtype) {
    return subtype != null ? subtype.label() : String.valueOf(type);
  }

  private static String span(LocalDate from, LocalDate to, LocalDate day) {
    if (day != null) {
      return day.toString();
    }
    return from.equals(to) ? from.toString() : from + ".." + to;
  }
}
