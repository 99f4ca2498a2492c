package org.vigil.eval;

import java.util.List;
import org.vigil.events.MainIncident;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Place;

/**
 * What one ACLED note's record got right. The fields past the type are null for a note scored
 * on its type alone ({@link AcledNote#typeOnly()}).
 *
 * @param found the record holds an event
 * @param reported it holds a main incident: a reported event
 * @param killed the main event's killed figure is the note's fatalities
 * @param place the main event's place lies within {@link AcledRules#PLACE_KM} of the note's
 * @param interaction its first perpetrator and first target have the note's actor categories
 */
record AcledVerdict(boolean found, boolean reported, boolean typeRight, Boolean killed,
    Boolean place, Boolean interaction) {

  /** Judges {@code note} by {@code article} (null when extraction failed), noting each miss. */
  static AcledVerdict of(AcledNote note, Article article, List<String> misses) {
    String who = note.label();
    boolean found = article != null && !article.events().isEmpty();
    Event main = article == null ? null : MainIncident.of(article.events());
    boolean typeRight = AcledRules.typeRight(note, main);
    if (main == null) {
      misses.add((found ? "no reported event " : "no event ") + who);
    } else if (!typeRight) {
      misses.add("type " + who + ": " + main.type() + ", gold " + note.first().eventType());
    }
    if (note.typeOnly()) {
      return new AcledVerdict(found, main != null, typeRight, null, null, null);
    }
    AcledNote.Row row = note.first();
    boolean killed = AcledRules.killedRight(row.fatalities(), main);
    if (!killed) {
      misses.add("killed " + who + ": " + AcledRules.killed(main) + ", gold "
          + row.fatalities());
    }
    Double km = AcledRules.km(row, article, main);
    boolean place = km != null && km <= AcledRules.PLACE_KM;
    if (main != null && !place) {
      Place p = AcledRules.place(article, main);
      misses.add(String.format("place %s: %s, %s km from gold %s", who,
          p == null ? null : p.name() + "/" + p.country(),
          km == null ? "?" : String.format("%.0f", km), row.lat() + "," + row.lon()));
    }
    boolean interaction = AcledRules.interactionRight(row, main);
    if (main != null && !interaction) {
      misses.add("interaction " + who + ": "
          + AcledRules.firstCategory(main.perpetrators()) + " / "
          + AcledRules.firstCategory(main.targets()) + ", gold "
          + AcledRules.category(row.inter1()) + " / " + AcledRules.category(row.inter2()));
    }
    return new AcledVerdict(found, main != null, typeRight, killed, place, interaction);
  }
}
