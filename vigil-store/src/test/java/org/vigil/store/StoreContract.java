package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.FakesEvaluation;
import org.vigil.eval.LinkingScores;
import org.vigil.eval.Score;
import org.vigil.events.MainIncident;
import org.vigil.incidents.EventSketches;
import org.vigil.incidents.Figure;
import org.vigil.incidents.InMemoryIncidents;
import org.vigil.incidents.IncidentLinker;
import org.vigil.incidents.IncidentMatcher;
import org.vigil.incidents.LinkOptions;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.ExtractorInfo;
import org.vigil.store.export.IncidentExport;
import org.vigil.store.testing.FakesRecords;
import org.vigil.testing.SharedData;

/**
 * What every store back end must do, on real FA-KES reports and their records: H2 and
 * PostgreSQL run the same tests ({@link H2StoreTest}, {@link PostgresStoreTest}).
 */
abstract class StoreContract {

  @TempDir Path dir;

  Store store;

  abstract StoreLocation location(Path dir);

  @BeforeEach
  void open() {
    store = Store.open(location(dir));
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Stores and saves the FA-KES article of {@code row}; the incident of each event. */
  Store.Saved ingest(int row) {
    Store.Receipt r = store.receive(FakesRecords.document(row));
    return store.save(r.inputId(), FakesRecords.article(row));
  }

  static long mainIncident(Article a, Store.Saved saved) {
    Event main = MainIncident.of(a.events());
    return saved.incidents().get(a.events().indexOf(main));
  }

  @Test
  void theSameInputTwiceIsStoredOnceAndItsRecordSavedOnce() {
    Store.Receipt first = store.receive(FakesRecords.document(6));
    Store.Receipt again = store.receive(FakesRecords.document(6));
    assertThat(first.added()).isTrue();
    assertThat(again).isEqualTo(new Store.Receipt(first.inputId(), false));
    assertThat(store.document(first.inputId()).raw())
        .isEqualTo(FakesRecords.document(6).raw());

    Store.Saved saved = store.save(first.inputId(), FakesRecords.article(6));
    Store.Saved twice = store.save(first.inputId(), FakesRecords.article(6));
    assertThat(twice.added()).isFalse();
    assertThat(twice.incidents()).isEqualTo(saved.incidents());
    Store.Counts c = store.counts();
    assertThat(c.inputs()).isEqualTo(1);
    assertThat(c.articles()).isEqualTo(1);
    assertThat(c.events()).isEqualTo(FakesRecords.article(6).events().size());
  }

  @Test
  void aNewerExtractionIsWrittenBesideTheOldAndItsEventsKeepTheirIncidents() {
    Store.Saved old = ingest(2);
    long input = store.receive(FakesRecords.document(2)).inputId();
    Article a = FakesRecords.article(2);
    Article newer = new Article(a.id(), a.source(), a.text(), a.dateline(), a.published(),
        a.people(), a.organizations(), a.places(), a.times(), a.quotes(), a.events(),
        new ExtractorInfo(a.extractor().version() + "-next", a.extractor().pipeline()));
    Store.Saved again = store.save(input, newer);
    assertThat(again.added()).isTrue();
    assertThat(again.articleId()).isNotEqualTo(old.articleId());
    assertThat(again.incidents()).isEqualTo(old.incidents());
    assertThat(store.counts().articles()).isEqualTo(2);
    assertThat(store.counts().events()).as("only the newest record's events count")
        .isEqualTo(a.events().size());
    assertThat(store.incident(again.incidents().get(0)).orElseThrow().sources()).isEqualTo(1);
  }

  @Test
  void copiesOfOneWireStoryAreOneStoryAndOneReport() {
    // Rows 52 and 131: one AFP report of the wedding bombing in Hasakeh, on two sites.
    Store.Saved a = ingest(52);
    Store.Saved b = ingest(131);
    assertThat(b.storyId()).isEqualTo(a.storyId());
    IncidentView v = store.incident(mainIncident(FakesRecords.article(131), b)).orElseThrow();
    assertThat(v.sources()).isEqualTo(2);
    assertThat(v.stories()).isEqualTo(1);
    assertThat(ingest(2).storyId()).isNotEqualTo(a.storyId());
  }

  @Test
  void aStoryListsItsCopiesAndASearchFindsArticlesByTheirWords() {
    // Rows 52 and 131: one AFP report of the wedding bombing in Hasakeh, on two sites.
    Store.Saved a = ingest(52);
    Store.Saved b = ingest(131);
    ingest(2);
    Store.StoryView story = store.story(a.storyId()).orElseThrow();
    assertThat(story.copies()).extracting(Store.ArticleRef::id)
        .containsExactlyInAnyOrder(a.articleId(), b.articleId());
    assertThat(story.incidents()).contains(mainIncident(FakesRecords.article(52), a));
    assertThat(store.story(a.storyId() + 999)).isEmpty();

    List<Store.ArticleRef> hits = store.search("WEDDING", 10);
    assertThat(hits).extracting(Store.ArticleRef::id)
        .containsExactlyInAnyOrder(a.articleId(), b.articleId());
    assertThat(hits.get(0).passage().toLowerCase()).contains("wedding");
    // Only row 131's text spells the town: every word must be found.
    assertThat(store.search("wedding  Hasakeh", 10)).extracting(Store.ArticleRef::id)
        .containsExactly(b.articleId());
    assertThat(store.search("wedding sarin", 10)).isEmpty();
    assertThat(store.search("100%", 10)).as("% is a character, not a wildcard")
        .allSatisfy(h -> assertThat(store.article(h.id()).orElseThrow().record())
            .contains("100%"));
    assertThat(store.search("  ", 10)).isEmpty();

    List<Store.PlaceSummary> places = store.places(IncidentFilter.ALL);
    assertThat(places).isNotEmpty().isSortedAccordingTo(
        (x, y) -> Integer.compare(y.incidents(), x.incidents()));
    assertThat(places.stream().mapToInt(Store.PlaceSummary::incidents).sum())
        .isEqualTo((int) store.counts().incidents() - (int) store.summaries(IncidentFilter.ALL)
            .stream().filter(v -> v.placeName() == null).count());
    assertThat(store.places(new IncidentFilter(null, "Idlib", null, null, null, null, null, null, 0)))
        .isNotEmpty().allSatisfy(p -> assertThat(p.admin1()).isEqualTo("Idlib"));
  }

  @Test
  void reportsOfOneIncidentMergeAndKeepEachSourcesFigure() {
    // The Khan Sheikhoun chemical attack, told with 70, 58 and 72 dead.
    List<Long> main = new ArrayList<>();
    for (int row : new int[] {2, 13, 277}) {
      main.add(mainIncident(FakesRecords.article(row), ingest(row)));
    }
    assertThat(main).containsOnly(main.get(0));
    IncidentView v = store.incident(main.get(0)).orElseThrow();
    assertThat(v.country()).isEqualTo("SY");
    assertThat(v.admin1()).isEqualTo("Idlib");
    assertThat(v.stories()).isEqualTo(3);
    assertThat(v.killed().low()).isLessThanOrEqualTo(58);
    assertThat(v.killed().high()).isGreaterThanOrEqualTo(72);
    assertThat(v.reports()).extracting(r -> r.killed().best()).contains(70, 58, 72);
    assertThat(v.reports()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    assertThat(v.reports().get(1).reason()).contains("same day 2017-04-0").contains("killed");
  }

  @Test
  void anAnalystsSplitAndMergeHoldThroughReExtraction() {
    List<Long> main = new ArrayList<>();
    for (int row : new int[] {2, 13, 277}) {
      main.add(mainIncident(FakesRecords.article(row), ingest(row)));
    }
    IncidentView whole = store.incident(main.get(0)).orElseThrow();
    String off = whole.reports().stream()
        .filter(r -> r.title() != null && r.killed().best() != null && r.killed().best() == 72)
        .findFirst().orElseThrow().eventKey();
    IncidentView split = store.split(whole.id(), List.of(off), "analyst", "different toll");
    assertThat(split.id()).isNotEqualTo(whole.id());
    assertThat(split.reports()).extracting(IncidentView.Report::eventKey).containsExactly(off);

    // Row 277 extracted again by a newer version: its event stays apart.
    long input = store.receive(FakesRecords.document(277)).inputId();
    Article a = FakesRecords.article(277);
    store.save(input, new Article(a.id(), a.source(), a.text(), a.dateline(), a.published(),
        a.people(), a.organizations(), a.places(), a.times(), a.quotes(), a.events(),
        new ExtractorInfo("re-extracted", a.extractor().pipeline())));
    assertThat(store.incident(whole.id()).orElseThrow().reports())
        .extracting(IncidentView.Report::eventKey).doesNotContain(off);
    assertThat(store.incident(split.id()).orElseThrow().reports())
        .extracting(IncidentView.Report::eventKey).contains(off);

    IncidentView merged = store.merge(whole.id(), split.id(), "analyst", "same attack");
    assertThat(merged.reports()).extracting(IncidentView.Report::eventKey).contains(off);
    assertThat(store.incident(split.id()).orElseThrow().id()).as("a merged id leads on")
        .isEqualTo(whole.id());
    assertThatThrownBy(() -> store.merge(whole.id(), split.id(), "analyst", "again"))
        .hasMessageContaining("was merged into incident " + whole.id());
  }

  @Test
  void theFakesDevSetLinksAsTheInMemoryLinkerDoesAndFiltersFindIncidents() throws Exception {
    List<Long> main = new ArrayList<>();
    LinkOptions options = LinkOptions.defaults();
    EventSketches sketches = new EventSketches(options);
    InMemoryIncidents memory =
        new InMemoryIncidents(new IncidentLinker(new IncidentMatcher(options)));
    Map<Long, Long> toStore = new HashMap<>();
    Map<Long, Long> toMemory = new HashMap<>();
    for (int row = 2; row < FakesRecords.size() + 2; row++) {
      Article a = FakesRecords.article(row);
      Store.Saved s = ingest(row);
      Event e = MainIncident.of(a.events());
      main.add(e == null ? null : s.incidents().get(a.events().indexOf(e)));
      // The store's blocking must never hide an incident the matcher would choose: both
      // link every event of the corpus into the same incidents.
      List<Long> linked = memory.add(sketches.of(a, "row" + row), row, s.storyId());
      for (int i = 0; i < linked.size(); i++) {
        long stored = s.incidents().get(i);
        assertThat(toStore.computeIfAbsent(linked.get(i), k -> stored))
            .as("row %d event %d", row, i).isEqualTo(stored);
        long inMemory = linked.get(i);
        assertThat(toMemory.computeIfAbsent(stored, k -> inMemory))
            .as("row %d event %d", row, i).isEqualTo(inMemory);
      }
    }
    List<Score> scores = LinkingScores.scoreIncidents(main,
        FakesEvaluation.incidentKeys(SharedData.path("fakes/fakes-dev.csv")), new ArrayList<>());
    // The floors of the in-memory scores (FakesEvaluationTest), the store issue's figures: a
    // store links as the in-memory linker does.
    assertThat(scores.get(0).value()).as(scores.get(0).toString()).isGreaterThanOrEqualTo(0.90);
    assertThat(scores.get(1).value()).as(scores.get(1).toString()).isGreaterThanOrEqualTo(0.80);

    Store.Counts c = store.counts();
    assertThat(c.inputs()).isEqualTo(FakesRecords.size());
    assertThat(c.stories()).isLessThan(c.inputs());
    assertThat(c.incidents()).isLessThan(c.events());

    List<IncidentView> idlib = store.incidents(new IncidentFilter("SY", "Idlib",
        "Chemical weapon", null, LocalDate.of(2017, 4, 1), LocalDate.of(2017, 4, 30), 50, null, 0));
    assertThat(idlib).isNotEmpty().allSatisfy(v -> {
      assertThat(v.admin1()).isEqualTo("Idlib");
      assertThat(v.killed().point()).isGreaterThanOrEqualTo(50);
    });
    assertThat(store.incidents(new IncidentFilter(null, null, null, null, null, null, null,
        "khan sheikhoun", 0))).isNotEmpty().allSatisfy(v -> assertThat(v.reports())
            .anySatisfy(r -> assertThat((r.placeName() + " " + r.title()).toLowerCase())
                .contains("khan sheikhoun")));
    List<IncidentView> byIs = store.incidents(new IncidentFilter("SY", null, null,
        "islamic STATE", null, null, null, null, 0));
    assertThat(byIs).isNotEmpty().allSatisfy(v -> assertThat(v.reports())
        .anySatisfy(r -> assertThat(r.perpetrators().stream().anyMatch(p ->
            p.equals("Islamic State")) || r.targets().contains("Islamic State")).isTrue()));
    assertThat(store.incidents(new IncidentFilter(null, null, null, "state forces", null, null,
        null, null, 0))).as("by ACLED category").hasSizeGreaterThan(byIs.size());
    List<Long> all = new ArrayList<>();
    store.eachIncident(IncidentFilter.ALL, v -> all.add(v.id()));
    assertThat(all).hasSize((int) c.incidents()).isSorted();
  }

  @Test
  void anAnalystsFieldVerdictsHoldThroughNewReportsReExtractionSplitsAndExports()
      throws Exception {
    // The Khan Sheikhoun chemical attack, told with 70 and 58 dead.
    long id = mainIncident(FakesRecords.article(2), ingest(2));
    assertThat(mainIncident(FakesRecords.article(13), ingest(13))).isEqualTo(id);
    IncidentView before = store.incident(id).orElseThrow();
    IncidentView corrected = store.review(id, "killed", "corrected", "{\"best\": 89}",
        "analyst", "the WHO's count");
    assertThat(corrected.killed()).isEqualTo(new Figure(89, 89, 89));
    assertThat(corrected.reviewed()).containsEntry("killed", "corrected");
    assertThat(corrected.reviews()).singleElement().satisfies(r -> {
      assertThat(r.by()).isEqualTo("analyst");
      assertThat(r.reason()).isEqualTo("the WHO's count");
    });
    store.review(id, "place", "confirmed", null, "analyst", "checked on the map");
    assertThat(store.review(id, "injured", "rejected", null, "analyst", "double counted")
        .injured()).isEqualTo(Figure.NONE);
    assertThat(store.audit(10)).first().satisfies(e -> {
      assertThat(e.action()).isEqualTo("review rejected");
      assertThat(e.target()).isEqualTo("incident " + id + " injured");
    });
    assertThat(store.audit(10).get(2).oldValue())
        .contains("\"best\":" + before.killed().best());

    // A third report joins, and the first is extracted again: the verdicts stay.
    assertThat(mainIncident(FakesRecords.article(277), ingest(277))).isEqualTo(id);
    long input = store.receive(FakesRecords.document(2)).inputId();
    Article a = FakesRecords.article(2);
    store.save(input, new Article(a.id(), a.source(), a.text(), a.dateline(), a.published(),
        a.people(), a.organizations(), a.places(), a.times(), a.quotes(), a.events(),
        new ExtractorInfo("re-extracted", a.extractor().pipeline())));
    IncidentView after = store.incident(id).orElseThrow();
    assertThat(after.sources()).isEqualTo(3);
    assertThat(after.killed().best()).isEqualTo(89);
    assertThat(after.injured()).isEqualTo(Figure.NONE);
    assertThat(after.reviewed()).containsOnlyKeys("place", "killed", "injured");
    assertThat(store.summaries(IncidentFilter.ALL)).filteredOn(v -> v.id() == id)
        .singleElement().satisfies(v -> assertThat(v.reviewedCell())
            .isEqualTo("place=confirmed;killed=corrected;injured=rejected"));

    StringWriter csv = new StringWriter();
    IncidentExport.of("csv").write(store, IncidentFilter.ALL, csv);
    assertThat(csv.toString().lines().filter(l -> l.startsWith(id + ",")))
        .singleElement().asString()
        .endsWith(",\"place=confirmed;killed=corrected;injured=rejected\"");

    // Split off the third report: the verdicts stay with the incident that keeps its id.
    String third = after.reports().get(2).eventKey();
    IncidentView apart = store.split(id, List.of(third), "analyst", "another strike");
    assertThat(apart.reviewed()).isEmpty();
    assertThat(apart.killed().best()).isNotEqualTo(89);
    assertThat(store.incident(id).orElseThrow().killed().best()).isEqualTo(89);
  }

  @Test
  void aVerdictThatIsNoneIsRefusedWithTheReason() {
    long id = mainIncident(FakesRecords.article(2), ingest(2));
    assertThatThrownBy(
        () -> store.review(id, "killed", "corrected", "{\"best\": -3}", "a", "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
    assertThatThrownBy(() -> store.review(id, "type", "corrected", "{\"type\": \"Bombing\"}",
        "a", "r")).hasMessageContaining("ACLED's event types");
    assertThatThrownBy(() -> store.review(id, "date", "corrected", "{\"from\": \"2017-04-05\", "
        + "\"to\": \"2017-04-01\"}", "a", "r")).hasMessageContaining("before");
    assertThatThrownBy(() -> store.review(id, "mood", "confirmed", null, "a", "r"))
        .hasMessageContaining("no field 'mood'");
    assertThatThrownBy(() -> store.review(id + 999, "killed", "confirmed", null, "a", "r"))
        .isInstanceOf(StoreException.class);
    IncidentView dated = store.review(id, "date", "corrected",
        "{\"from\": \"2017-04-04\", \"to\": \"2017-04-04\"}", "a", "the day it happened");
    assertThat(dated.day()).isEqualTo(LocalDate.of(2017, 4, 4));
    assertThat(dated.precision()).isEqualTo("day");
    assertThat(store.audit(100)).hasSize(1);
  }

  @Test
  void aWatchQueuesEveryChangeItMatchesUntilItIsDelivered() {
    Watch deadly = store.addWatch("analyst", "Syria, 50 or more killed",
        new IncidentFilter("sy", null, null, null, null, null, 50, null, 0), "http://127.0.0.1:9/",
        "s3cret");
    Watch protests = store.addWatch("analyst", "protests",
        new IncidentFilter(null, null, "Protests", null, null, null, null, null, 0),
        "http://127.0.0.1:9/", "s3cret");
    Watch feedOnly = store.addWatch("analyst", "feed", IncidentFilter.ALL, null, null);
    Watch nobody = store.addWatch("analyst", "an unknown group",
        new IncidentFilter(null, null, null, "no such group", null, null, null, null, 0),
        "http://127.0.0.1:9/", "s3cret");
    assertThat(store.watches()).hasSize(4);
    assertThat(store.watch(deadly.id()).orElseThrow().filter().country()).isEqualTo("SY");

    long id = mainIncident(FakesRecords.article(2), ingest(2));
    assertThat(store.pending(deadly.id(), 100)).extracting(Watch.Pending::incident)
        .contains(id).allSatisfy(i -> assertThat(store.incident(i).orElseThrow().killed()
            .point()).isGreaterThanOrEqualTo(50));
    assertThat(store.pending(protests.id(), 100)).isEmpty();
    assertThat(store.pending(feedOnly.id(), 100)).isEmpty();
    assertThat(store.pending(nobody.id(), 100)).isEmpty();
    assertThat(store.dueWatches(Instant.now())).extracting(Watch::id)
        .containsExactly(deadly.id());

    List<Watch.Pending> first = store.pending(deadly.id(), 100);
    store.deliveryFailed(deadly.id(), "HTTP 503", Instant.now().plusSeconds(60));
    assertThat(store.dueWatches(Instant.now())).isEmpty();
    assertThat(store.watch(deadly.id()).orElseThrow().failures()).isEqualTo(1);
    assertThat(store.dueWatches(Instant.now().plusSeconds(61))).hasSize(1);

    ingest(13);
    List<Watch.Pending> all = store.pending(deadly.id(), 100);
    assertThat(all).containsAll(first).hasSizeGreaterThan(first.size());
    store.delivered(deadly.id(), first);
    assertThat(store.pending(deadly.id(), 100)).hasSize(all.size() - first.size());
    assertThat(store.watch(deadly.id()).orElseThrow().failures()).isZero();

    assertThat(store.recent(IncidentFilter.ALL, 3)).first()
        .satisfies(v -> assertThat(v.updated()).isAfterOrEqualTo(
            store.incident(id).orElseThrow().updated()));
    store.removeWatch(deadly.id(), "analyst");
    assertThat(store.watches()).extracting(Watch::id)
        .containsExactly(protests.id(), feedOnly.id(), nobody.id());
  }
}
