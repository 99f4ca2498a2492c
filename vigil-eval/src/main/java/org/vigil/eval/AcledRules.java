package org.vigil.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.geo.gazetteer.Distance;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.tables.WordLists;

/**
 * How a main event is held against an ACLED note, field by field, reading only the article
 * record: its type, killed figure, place and actors. Types and categories are compared without
 * regard to case, as ACLED's exports and Vigil spell the same labels.
 */
final class AcledRules {

  /** The field's standard distance for a place to count as right: 100 miles. */
  static final double PLACE_KM = 161;

  private static final Map<String, String> CATEGORIES = WordLists.load(AcledRules.class,
      "acled-actor-codes.tsv", Set.of("code")).map("code");

  private AcledRules() {}

  /** Whether the event's type is one of the note's: any row's, either of "Protests|Riots". */
  static boolean typeRight(AcledNote note, Event main) {
    return main != null
        && note.types().stream().anyMatch(t -> t.equalsIgnoreCase(main.type().label()));
  }

  /**
   * Whether the event's killed figure ({@link Event.Count#figure()}) is ACLED's fatalities; for
   * a note with none, no figure or 0 is right (so is no event: it claims no deaths).
   */
  static boolean killedRight(int fatalities, Event main) {
    Integer got = killed(main);
    return fatalities == 0 ? got == null || got == 0 : got != null && got == fatalities;
  }

  /** The event's killed figure, or null. */
  static Integer killed(Event main) {
    return main == null || main.killed() == null ? null : main.killed().figure();
  }

  /** How far the event's place lies from the row's point, in km; null when it has none. */
  static Double km(AcledNote.Row row, Article article, Event main) {
    Place p = place(article, main);
    return p == null || p.lat() == null || p.lon() == null ? null
        : Distance.km(row.lat(), row.lon(), p.lat(), p.lon());
  }

  /** The event's place, looked up by id among the record's places; null when none. */
  static Place place(Article article, Event main) {
    return article == null || main == null ? null : article.place(main.place()).orElse(null);
  }

  /**
   * Whether the first perpetrator's and first target's categories are the row's two actor
   * categories, in either order. A missing actor, and one of no category, stands for ACLED's
   * code 0 (no second actor), so a protest coded 6/0 wants protesters and no categorised
   * target.
   */
  static boolean interactionRight(AcledNote.Row row, Event main) {
    if (main == null) {
      return false;
    }
    String a = category(row.inter1());
    String b = category(row.inter2());
    String perpetrator = firstCategory(main.perpetrators());
    String target = firstCategory(main.targets());
    return same(a, perpetrator) && same(b, target) || same(a, target) && same(b, perpetrator);
  }

  /** The category ACLED's code names; null for 0, no actor. */
  static String category(int code) {
    if (code == 0) {
      return null;
    }
    String name = CATEGORIES.get(Integer.toString(code));
    if (name == null) {
      throw new IllegalArgumentException("no ACLED actor category has code " + code);
    }
    return name;
  }

  /** The first actor's category, or null. */
  static String firstCategory(List<Event.Actor> actors) {
    return actors.isEmpty() ? null : actors.get(0).category();
  }

  private static boolean same(String a, String b) {
    return Objects.equals(a == null ? null : a.toLowerCase(Locale.ROOT),
        b == null ? null : b.toLowerCase(Locale.ROOT));
  }
}
