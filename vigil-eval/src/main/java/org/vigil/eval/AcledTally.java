package org.vigil.eval;

import java.util.List;

/**
 * The counts of the ACLED verdicts of one group of notes (the whole file, one half, one type),
 * turned into figures that each show their count and denominator.
 */
final class AcledTally {
  private int notes;
  private int found;
  private int reported;
  private int typeRight;
  private int deathNotes;
  private int deathsRight;
  private int quietNotes;
  private int quietRight;
  private int fullNotes;
  private int placeRight;
  private int interactionRight;

  /** Counts the verdict on {@code note}. */
  void add(AcledNote note, AcledVerdict v) {
    notes++;
    found += v.found() ? 1 : 0;
    reported += v.reported() ? 1 : 0;
    typeRight += v.typeRight() ? 1 : 0;
    if (v.killed() == null) {
      return;
    }
    fullNotes++;
    placeRight += v.place() ? 1 : 0;
    interactionRight += v.interaction() ? 1 : 0;
    if (note.first().fatalities() > 0) {
      deathNotes++;
      deathsRight += v.killed() ? 1 : 0;
    } else {
      quietNotes++;
      quietRight += v.killed() ? 1 : 0;
    }
  }

  /** Every figure, each name led by {@code prefix} ("ACLED", "ACLED even rows,"). */
  List<Score> scores(String prefix) {
    return List.of(
        Score.share(prefix + " event found", found, notes, "notes"),
        Score.share(prefix + " reported event found", reported, notes, "notes"),
        Score.share(prefix + " type right", typeRight, notes, "notes"),
        Score.share(prefix + " killed exact", deathsRight, deathNotes,
            "notes reporting deaths, scored past type"),
        Score.share(prefix + " killed none", quietRight, quietNotes,
            "notes reporting no deaths, scored past type"),
        Score.share(prefix + " place within 161 km", placeRight, fullNotes,
            "notes scored past type"),
        Score.share(prefix + " interaction right", interactionRight, fullNotes,
            "notes scored past type"));
  }

  /** The figures a type's notes are split by: found and type right. */
  List<Score> typeScores(String prefix) {
    return List.of(Score.share(prefix + " event found", found, notes, "notes"),
        Score.share(prefix + " type right", typeRight, notes, "notes"));
  }
}
