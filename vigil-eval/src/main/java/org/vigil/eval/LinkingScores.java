package org.vigil.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.OptionalLong;
import org.vigil.events.MainIncident;
import org.vigil.incidents.EventSketch;
import org.vigil.incidents.EventSketches;
import org.vigil.incidents.InMemoryIncidents;
import org.vigil.incidents.IncidentLinker;
import org.vigil.incidents.IncidentMatcher;
import org.vigil.incidents.LinkOptions;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.stories.StoryChooser;
import org.vigil.stories.TextSignature;
import org.vigil.tables.DataTable;

/**
 * Scores incident linking on FA-KES: two articles report one incident when their main events
 * fall in one incident. Pairwise precision and recall over article pairs, against two golds:
 * the crowd's (articles with equal date, location and cause), and the pairs read by hand in
 * {@code fakes-same-incident.tsv}, which mends the crowd where its keys disagree with the texts
 * (the file's header says how). An article with no main event links to nothing.
 *
 * <p>Articles are linked in corpus order, as an ingest takes them, with copies of one story
 * grouped first.
 */
public final class LinkingScores {

  private final LinkOptions options;

  public LinkingScores(LinkOptions options) {
    this.options = options;
  }

  /**
   * Scores over {@code articles} (null where extraction failed) and the crowd's keys. Each miss
   * names what the two main events were and how each was linked.
   */
  List<Score> score(List<Article> articles, List<String> crowdKeys, List<String> misses) {
    List<String> why = new ArrayList<>();
    List<Long> main = mainIncidents(articles, why);
    return scoreIncidents(main, crowdKeys, misses, why::get);
  }

  /**
   * Scores the incident of each article's main event ({@code main}, in corpus order, null for
   * an article with none), however it was linked: in memory or by a store.
   */
  public static List<Score> scoreIncidents(List<Long> main, List<String> crowdKeys,
      List<String> misses) {
    return scoreIncidents(main, crowdKeys, misses, null);
  }

  /** As above; a miss also gives {@code note} of each of its articles (by index), if given. */
  private static List<Score> scoreIncidents(List<Long> main, List<String> crowdKeys,
      List<String> misses, IntFunction<String> note) {
    Map<String, String> read = READ_PAIRS;
    int[] crowd = new int[3];
    int[] mended = new int[3];
    for (int i = 0; i < main.size(); i++) {
      for (int j = i + 1; j < main.size(); j++) {
        boolean got = main.get(i) != null && Objects.equals(main.get(i), main.get(j));
        boolean same = crowdKeys.get(i).equals(crowdKeys.get(j));
        count(crowd, same, got);
        String verdict = read.get((i + 2) + "\t" + (j + 2));
        if ("unclear".equals(verdict)) {
          continue;
        }
        boolean truth = verdict != null ? verdict.equals("yes") : same;
        count(mended, truth, got);
        if (truth != got) {
          misses.add("linking, rows " + (i + 2) + " and " + (j + 2) + ": "
              + (got ? "linked, but read as two incidents" : "read as one incident, not linked")
              + (note == null ? "" : "\n      row " + (i + 2) + ": " + note.apply(i)
                  + "\n      row " + (j + 2) + ": " + note.apply(j)));
        }
      }
    }
    return List.of(
        Score.share("FA-KES linking precision, read pairs", mended[0], mended[1], "linked pairs"),
        Score.share("FA-KES linking recall, read pairs", mended[0], mended[2], "pairs"),
        Score.share("FA-KES linking precision, crowd keys", crowd[0], crowd[1], "linked pairs"),
        Score.share("FA-KES linking recall, crowd keys", crowd[0], crowd[2], "pairs"));
  }

  private static void count(int[] c, boolean truth, boolean got) {
    c[0] += truth && got ? 1 : 0;
    c[1] += got ? 1 : 0;
    c[2] += truth ? 1 : 0;
  }

  /**
   * Links every article in order; the incident of each article's main event, or null. Adds to
   * {@code why}, per article, its main event's sketch and why it was linked as it was.
   */
  private List<Long> mainIncidents(List<Article> articles, List<String> why) {
    EventSketches sketches = new EventSketches(options);
    InMemoryIncidents incidents =
        new InMemoryIncidents(new IncidentLinker(new IncidentMatcher(options)));
    List<StoryChooser.Candidate> stories = new ArrayList<>();
    List<Long> main = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (a == null) {
        main.add(null);
        why.add("not extracted");
        continue;
      }
      LocalDate day = a.published() == null ? null : LocalDate.parse(a.published().value());
      List<EventSketch> sketched = sketches.of(a, a.id() + "#" + i);
      List<Long> ids = incidents.add(sketched, i,
          story(TextSignature.of(a.text()), day, stories));
      Event e = MainIncident.of(a.events());
      main.add(e == null ? null : ids.get(a.events().indexOf(e)));
      if (e == null) {
        why.add("no main event");
      } else {
        EventSketch m = sketched.get(a.events().indexOf(e));
        why.add("incident " + main.get(i) + ", " + m.subtype() + " " + m.from() + ".." + m.to()
            + " at " + m.placeName() + ", killed "
            + (m.killed() == null ? null : m.killed().figure()) + "; "
            + incidents.reason(m.key()));
      }
    }
    return main;
  }

  /** The story of a text: an earlier one it is a copy of, else a new one. */
  private static long story(TextSignature s, LocalDate day,
      List<StoryChooser.Candidate> stories) {
    OptionalLong copy = StoryChooser.copyOf(s, day, stories);
    if (copy.isPresent()) {
      return copy.getAsLong();
    }
    stories.add(new StoryChooser.Candidate(stories.size() + 1, s, day));
    return stories.size();
  }

  /** The hand-read pairs: "rowA\trowB" to yes, no, part or unclear. */
  private static final Map<String, String> READ_PAIRS = readPairs();

  private static Map<String, String> readPairs() {
    Map<String, String> pairs = new HashMap<>();
    for (DataTable.Line line : DataTable.lines(LinkingScores.class, "fakes-same-incident.tsv")) {
      String[] f = line.text().split("\t", 4);
      if (f.length < 3 || !f[2].matches("yes|no|part|unclear")) {
        throw line.error("expected row_a, row_b, yes|no|part|unclear, reason");
      }
      pairs.put(f[0] + "\t" + f[1], f[2]);
    }
    return pairs;
  }
}
