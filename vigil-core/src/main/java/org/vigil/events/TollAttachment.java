package org.vigil.events;

import java.util.List;
import org.vigil.casualties.CasualtyMention;
import org.vigil.model.Span;

/**
 * Gives the figures of a sentence that names no act to the mention before it they tell of,
 * within {@link EventOptions#lookBackSentences()}; figures no mention is near enough for make
 * a mention of their own, of any violence.
 */
final class TollAttachment {

  private final EventOptions options;

  TollAttachment(EventOptions options) {
    this.options = options;
  }

  /**
   * Adds {@code found}, the figures of sentence {@code si}, to the mention of {@code mentions}
   * they tell of, and says whether one was near enough.
   */
  boolean attach(List<EventMention> mentions, int si, Span sentence,
      List<CasualtyMention> found, String text, PlaceLinker places) {
    int target = target(mentions, si, found);
    EventMention last = target < 0 ? null : mentions.get(target);
    if (last == null || si - last.sentence() > options.lookBackSentences()) {
      return false;
    }
    EventMention more = last.withCasualties(found);
    // "At least 72 people died in the town of Khan Sheikhoun": where the incident was,
    // when its own sentence named no place of the article's country.
    PlaceLinker.Link where = places.link(text, sentence, found.get(0).span());
    if (where != null && where.strong() && places.fine(where.place())
        && (last.place() == null || !places.fine(last.place()))) {
      more = more.withPlace(where.place());
    }
    mentions.set(target, more);
    return true;
  }

  /**
   * The trigger of figures that tell of a further act at a place of their own, or null: "The
   * highest toll was in Douma ... where raids killed 16 civilians ... Five more civilians were
   * killed in the town of Sabqa". Figures said to be more, tied by a preposition to a place
   * apart from the one the mention before them names, are an act of its kind there, however
   * many sentences of other news lie between; the trigger is the first figure's words.
   */
  TriggerLexicon.Hit furtherElsewhere(List<EventMention> mentions, int si, Span sentence,
      List<CasualtyMention> found, String text, PlaceLinker places) {
    int target = target(mentions, si, found);
    EventMention last = target < 0 ? null : mentions.get(target);
    if (last == null || last.place() == null || !places.fine(last.place())
        || !TriggerFinder.furtherToll(text, sentence)) {
      return null;
    }
    Span cue = found.get(0).span();
    PlaceLinker.Link where = places.link(text, sentence, cue);
    if (where == null || !where.strong() || !places.fine(where.place())
        || places.samePlaceNamed(where.place(), last.place())) {
      return null;
    }
    return new TriggerLexicon.Hit(cue.of(text), cue, last.trigger().subtypes(),
        last.trigger().specificity());
  }

  /** The index of the mention {@code found} tell of: the latest, or the dead counted last. */
  private int target(List<EventMention> mentions, int si, List<CasualtyMention> found) {
    int target = mentions.size() - 1;
    if (found.stream().allMatch(TollAttachment::whoTheDeadWere)) {
      // "Twelve children and 11 fighters were among the dead": the dead counted last, past
      // a sentence of the same raids that counted none
      for (int k = target; k >= 0
          && si - mentions.get(k).sentence() <= options.lookBackSentences(); k--) {
        if (mentions.get(k).casualties().stream().anyMatch(c -> c.count().best() != null
            && c.kind() == CasualtyMention.Kind.KILLED)) {
          target = k;
          break;
        }
      }
    }
    return target;
  }

  /** The trigger of a mention of figures alone: the first figure's words, any violence. */
  static TriggerLexicon.Hit cue(List<CasualtyMention> found, String text) {
    Span cue = found.get(0).span();
    return new TriggerLexicon.Hit(cue.of(text), cue, TriggerLexicon.anyViolence(), 0);
  }

  /** A statement of who the dead were, with no figure of its own: "three were children". */
  private static boolean whoTheDeadWere(CasualtyMention c) {
    return c.kind() == CasualtyMention.Kind.KILLED && c.count().best() == null
        && !c.categories().isEmpty();
  }
}
