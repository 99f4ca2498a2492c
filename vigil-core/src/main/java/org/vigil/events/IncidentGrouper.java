package org.vigil.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;
import org.vigil.casualties.CasualtyMention;
import org.vigil.casualties.CasualtyTally;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event.EventDate;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.Span;
import org.vigil.model.SubEventType;

/**
 * Gathers the mentions of an article into incidents: one incident mentioned twice is one
 * event, a strike "two months ago" and one today are two.
 *
 * <p>A mention joins the latest incident it cannot contradict: sub-types that overlap, the
 * same place when both name one, dates that overlap; or, whatever its place and date, that
 * states the same toll of dead in the same country, as reports retell a figure. A mention with
 * no date of its own stands for the days before the report, unless it refers back ("the
 * battle", "his assassination"), which may carry an older incident. A mention that neither
 * refers back nor says enough to stand alone (a figure, a date, a settlement) is dropped: "the
 * conflict's deadliest battles". A report's summary of several incidents ("10 civilians
 * killed in rocket attacks on Aleppo and Deir Ezzor") takes in none of the parts it tells.
 */
final class IncidentGrouper {

  /** Mentions of one incident, with the sub-types they all allow. */
  static final class Incident {
    final List<EventMention> mentions = new ArrayList<>();
    final Set<SubEventType> subtypes;
    EventDate date;
    /** The date is that of a saying ({@link EventMention#dateSaid}). */
    boolean dateSaid;
    /** It states a toll the report then breaks down into incidents ({@link SummedParts}). */
    boolean sumsParts;

    Incident(EventMention first) {
      this.subtypes = TriggerLexicon.set(first.trigger().subtypes());
      add(first);
    }

    void add(EventMention m) {
      narrow(m.trigger().subtypes());
      mentions.add(m);
      if (m.date() != null && (date == null || m.date().precision().finerThan(date.precision()))) {
        date = m.date();
        dateSaid = m.dateSaid();
      }
    }

    /** Keeps of its sub-types those of {@code kind}, where any are. */
    void narrow(List<SubEventType> kind) {
      Set<SubEventType> common = EnumSet.copyOf(subtypes);
      common.retainAll(kind);
      if (!common.isEmpty()) {
        subtypes.retainAll(common);
      }
    }

    /** The finest place its mentions name (a village over its province; the first if equal). */
    Place place() {
      Place best = null;
      for (EventMention x : mentions) {
        Place p = x.place();
        if (p != null && (best == null || finer(p, best))) {
          best = p;
        }
      }
      return best;
    }

    private static boolean finer(Place a, Place b) {
      PlacePrecision pa = a.precision() == null ? PlacePrecision.COUNTRY : a.precision();
      PlacePrecision pb = b.precision() == null ? PlacePrecision.COUNTRY : b.precision();
      return pa.finerThan(pb);
    }

    /**
     * The mention whose trigger names the incident best (the first among equals), among those
     * whose trigger allows one of its sub-types (not those of a protest it took in, {@link
     * ViolentProtests}).
     */
    EventMention main() {
      EventMention best = null;
      for (EventMention x : mentions) {
        if (fits(x) && (best == null
            || x.trigger().specificity() > best.trigger().specificity())) {
          best = x;
        }
      }
      return best != null ? best : mentions.get(0);
    }

    private boolean fits(EventMention x) {
      return x.trigger().subtypes().stream().anyMatch(subtypes::contains);
    }

    /** Takes in the mentions of {@code other}, in text order; its sub-types stay its own. */
    void absorb(Incident other) {
      mentions.addAll(other.mentions);
      mentions.sort(Comparator.comparingInt(x -> x.trigger().span().start()));
      if (other.date != null
          && (date == null || other.date.precision().finerThan(date.precision()))) {
        date = other.date;
        dateSaid = other.dateSaid;
      }
    }

    /** The casualty statements of all its mentions, in text order of the mentions. */
    List<CasualtyMention> casualties() {
      return mentions.stream().flatMap(m -> m.casualties().stream()).toList();
    }

    boolean hasStem(Set<String> stems) {
      return mentions.stream().anyMatch(m -> m.stems().stream().anyMatch(stems::contains));
    }
  }

  /**
   * Groups {@code mentions}; {@code samePlace} says whether two places can be one scene (a
   * village and its province, a country and anything in it, two places a few kilometres
   * apart), {@code samePlaceNamed} the same without the distance, for a place a sentence lists
   * apart from others ({@link EventMention#listed()}); {@code scenesIn} counts the places a
   * sentence lists in a row, no two of them one scene ("on Aleppo and Deir Ezzor").
   */
  List<Incident> group(List<EventMention> mentions, EventDate fallback,
      BiPredicate<Place, Place> samePlace, BiPredicate<Place, Place> samePlaceNamed,
      ToIntFunction<Span> scenesIn) {
    List<Incident> incidents = group(mentions, fallback, samePlace, samePlaceNamed, scenesIn,
        null);
    if (incidents.isEmpty() && !mentions.isEmpty()) {
      // A report tells of an incident: where no mention says enough to stand alone ("Teachers
      // protested outside Peshawar Press club for ..."), the first act it tells is that one,
      // even one it names as known ("the second day of the nationwide hartal").
      incidents = group(mentions, fallback, samePlace, samePlaceNamed, scenesIn,
          mentions.get(0));
    }
    return incidents;
  }

  /** As above, with {@code lead} (or none) standing as an incident however little it says. */
  private List<Incident> group(List<EventMention> mentions, EventDate fallback,
      BiPredicate<Place, Place> samePlace, BiPredicate<Place, Place> samePlaceNamed,
      ToIntFunction<Span> scenesIn, EventMention lead) {
    List<Incident> incidents = new ArrayList<>();
    SummedParts sums = SummedParts.of(mentions);
    // acts told before anything anchored them, since the last incident began
    List<EventMention> waiting = new ArrayList<>();
    for (EventMention m : mentions) {
      Incident target = null;
      for (int i = incidents.size() - 1; i >= 0 && target == null; i--) {
        Incident e = incidents.get(i);
        boolean sameAct = m.anaphoric() && e.hasStem(m.stems());
        if (!sums.keepsApart(e, m)
            && compatible(e, m, fallback, sameAct, samePlace, samePlaceNamed, scenesIn)
            && (!m.anaphoric() || sameAct)) {
          target = e;
        }
      }
      if (target == null && m.anaphoric()) {
        // "the raids" with no word of an incident told: the latest it fits; undated, one of
        // the days of the report before an older one ("attacks since 2011")
        for (boolean current : new boolean[] {m.date() == null, false}) {
          for (int i = incidents.size() - 1; i >= 0 && target == null; i--) {
            Incident e = incidents.get(i);
            if ((!current || e.date == null || fallback == null
                || EventDates.agreeWithReport(e.date, fallback)) && !sums.keepsApart(e, m)
                && compatible(e, m, fallback, false, samePlace, samePlaceNamed, scenesIn)) {
              target = e;
            }
          }
        }
      }
      if (target != null) {
        target.add(m);
      } else if (m.anchored() || m == lead) {
        Incident fresh = new Incident(m);
        if (fresh.date == null) {
          fresh.date = sums.dateOf(m);
        }
        fresh.narrow(sums.kindOf(m));
        // "Clashes were reported between the TNLA and the Burmese army. Three were wounded and
        // five killed over the consecutive days of fighting.": the act a note opens with, and
        // the toll of that kind of act it gives next, are one incident
        for (EventMention w : waiting) {
          if (!w.anaphoric() && IncidentActors.sameKind(w, m.trigger())
              && compatible(fresh, w, fallback, false, samePlace, samePlaceNamed, scenesIn)) {
            fresh.add(w);
          }
        }
        waiting.clear();
        incidents.add(fresh);
      } else {
        waiting.add(m);
      }
    }
    headlineJoinsItsAct(incidents, samePlace);
    partsTakeTheirActsDay(incidents, fallback, samePlace);
    for (Incident e : incidents) {
      e.sumsParts = e.mentions.stream().anyMatch(sums::isSum);
    }
    return incidents;
  }

  /** Whether {@code m} states the same number of dead, two or more, as a mention of {@code e}. */
  private static boolean sameDead(Incident e, EventMention m) {
    Set<Integer> theirs = new HashSet<>();
    e.mentions.forEach(x -> theirs.addAll(CasualtyTally.groupDead(x.casualties())));
    return CasualtyTally.groupDead(m.casualties()).stream().anyMatch(theirs::contains);
  }

  /**
   * Whether {@code m} tells one of the incidents an earlier sentence of {@code e} summed up:
   * "10 civilians killed in terrorist rocket attacks on Aleppo and Deir Ezzor", then "6
   * civilians were killed ... on al-Athamiyeh neighborhood in Aleppo city". The summary lists
   * several scenes and states more dead than the part, which names one. A single scene with a
   * bigger toll is not enough: "22 killed in Idlib" and "12 of them in the market" are one
   * strike. {@code scenesIn} counts the scenes a sentence lists.
   */
  private static boolean partOfSummary(Incident e, EventMention m,
      ToIntFunction<Span> scenesIn) {
    int own = mostDead(m);
    if (own == 0 || m.place() == null || !m.placeBelowCountry() || m.listed()
        || scenesIn.applyAsInt(m.sentenceSpan()) >= 2) {
      return false;
    }
    for (EventMention x : e.mentions) {
      if (x.sentence() < m.sentence() && mostDead(x) > own
          && scenesIn.applyAsInt(x.sentenceSpan()) >= 2) {
        return true;
      }
    }
    return false;
  }

  /** The most dead {@code m} states, or 0. */
  static int mostDead(EventMention m) {
    int most = 0;
    for (CasualtyMention c : m.casualties()) {
      if (c.kind() == CasualtyMention.Kind.KILLED && c.count().best() != null) {
        most = Math.max(most, c.count().best());
      }
    }
    return most;
  }

  /** Whether {@code m} and every mention of {@code e} name one place, or one of them none. */
  private static boolean sameScene(Incident e, EventMention m,
      BiPredicate<Place, Place> samePlace) {
    return m.place() != null && e.mentions.stream().allMatch(x -> x.place() == null
        || samePlace.test(x.place(), m.place())) && e.mentions.stream()
        .anyMatch(x -> x.place() != null);
  }

  /**
   * {@code incidents} with a headline that neither dates nor counts its act joined to the
   * first incident of that kind and place the report goes on to tell, whatever its day: "ISIL
   * Used Chemical Weapons against Syria Kurds in Hasakeh", then "fired missiles containing
   * toxic gas ... last month" is one attack, not one of this week and one of last month.
   */
  private static void headlineJoinsItsAct(List<Incident> incidents,
      BiPredicate<Place, Place> samePlace) {
    if (incidents.size() < 2 || !incidents.get(0).mentions.stream().allMatch(m ->
        m.inHeadline() && m.date() == null && m.casualties().isEmpty() && !m.anaphoric())) {
      return;
    }
    Incident headline = incidents.get(0);
    for (int i = 1; i < incidents.size(); i++) {
      Incident e = incidents.get(i);
      boolean sameKind = e.subtypes.stream().anyMatch(headline.subtypes::contains);
      boolean samePlaces = headline.mentions.stream().allMatch(h -> e.mentions.stream()
          .allMatch(x -> h.place() == null || x.place() == null
              || samePlace.test(h.place(), x.place())));
      if (sameKind && samePlaces) {
        e.absorb(headline);
        incidents.remove(0);
        return;
      }
    }
  }

  /**
   * Undated incidents told inside the scene of the act of their kind told just before, which
   * names a day of the report's news, happened that day: "armed groups targeted with rocket
   * shells several residential neighborhoods in Aleppo city on Monday", then "three of the
   * shells fell in al-Sulaimaniyeh neighborhood claiming the lives of 3 children". A report
   * moves on in time only by saying so; until then its acts keep the time last told.
   */
  private static void partsTakeTheirActsDay(List<Incident> incidents, EventDate fallback,
      BiPredicate<Place, Place> samePlace) {
    for (int i = 1; i < incidents.size(); i++) {
      Incident e = incidents.get(i);
      Place place = e.place();
      if (e.date != null || place == null) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Incident before = incidents.get(j);
        if (before.subtypes.stream().noneMatch(e.subtypes::contains)) {
          continue;
        }
        Place scene = before.place();
        if (before.date != null && before.date.precision() == DatePrecision.DAY
            && !before.dateSaid && scene != null && samePlace.test(scene, place)
            && (fallback == null || EventDates.agreeWithReport(before.date, fallback))) {
          e.date = before.date;
        }
        break;
      }
    }
  }

  private static boolean sameCountry(Incident e, EventMention m) {
    String country = m.place() == null ? null : m.place().country();
    return e.mentions.stream().allMatch(x -> x.place() == null || country == null
        || country.equals(x.place().country()));
  }

  /**
   * "The attack killed 32 rebels as they were entering Turkey": a country no preposition ties
   * to the trigger says where the victims were going or who acted, not where it happened.
   */
  private static boolean looseCountry(EventMention m) {
    return !m.placeStrong() && !m.placeBelowCountry();
  }

  /**
   * Whether {@code m} can tell of incident {@code e}. {@code sameAct}: it refers back with a
   * word the incident's sentences used ("his assassination" after "assassinated in a drone
   * strike"), so its sub-types need not agree.
   */
  private static boolean compatible(Incident e, EventMention m, EventDate fallback,
      boolean sameAct, BiPredicate<Place, Place> samePlace,
      BiPredicate<Place, Place> samePlaceNamed, ToIntFunction<Span> scenesIn) {
    Set<SubEventType> common = EnumSet.copyOf(e.subtypes);
    common.retainAll(m.trigger().subtypes());
    boolean sameToll = sameDead(e, m) && !(m.date() != null && e.date != null
        && !EventDates.agree(m.date(), e.date));
    if (common.isEmpty() && !sameAct && !(sameToll && sameScene(e, m, samePlace))) {
      // "23 members of the al-Nusra Front were killed in clashes with Hezbollah al-Nujaba" and
      // "Hezbollah al-Nujaba intensified its missile and ground attacks ... killing at least
      // 23": one toll at one place, told by two kinds of act, is one incident
      return false;
    }
    if (m.further() && (m.date() != null || m.place() != null)
        && e.mentions.stream().allMatch(x -> x.sentence() < m.sentence())) {
      // "Twenty-six civilians were also killed yesterday when ... pounded Al-Maghayer": an act
      // told with its own time or place is not the one told before ("nine rebels were also
      // killed", with neither, adds to its dead)
      return false;
    }
    if (partOfSummary(e, m, scenesIn)) {
      return false;
    }
    if (sameToll && sameCountry(e, m)) {
      // "A missile ... killed 18 civilians" and, of "the Maghayir district", "It killed 18
      // civilians including one child": one toll told twice is one incident. Not one of
      // another day: "killed two people" on Sunday and "On Wednesday three suicide bombers
      // killed at least two people" are two.
      return true;
    }
    for (EventMention x : e.mentions) {
      if (x.place() != null && m.place() != null && !(m.anaphoric() && looseCountry(m))
          && !(x.listed() || m.listed() ? samePlaceNamed : samePlace).test(x.place(),
              m.place())) {
        return false;
      }
    }
    EventDate own = m.date() != null ? m.date() : m.anaphoric() ? null : fallback;
    EventDate theirs = e.date != null ? e.date : m.anaphoric() ? null : fallback;
    if (own == null || theirs == null) {
      return true;
    }
    if (own.equals(fallback) != theirs.equals(fallback)) {
      return EventDates.agreeWithReport(own.equals(fallback) ? theirs : own, fallback);
    }
    // "said Tuesday" of a strike told elsewhere as Monday's: a saying's day bounds the act
    return EventDates.agree(m.dateSaid() && m.date() != null ? EventDates.upTo(own) : own,
        e.dateSaid && e.date != null ? EventDates.upTo(theirs) : theirs);
  }
}
