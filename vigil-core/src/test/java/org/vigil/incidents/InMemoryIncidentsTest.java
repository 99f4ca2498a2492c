package org.vigil.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.StandardPipeline;
import org.vigil.document.Document;
import org.vigil.document.DocumentReader;
import org.vigil.document.ReadOutcome;
import org.vigil.document.ReaderOptions;
import org.vigil.events.MainIncident;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/** Linking real FA-KES reports, in corpus order, as an ingest would. */
class InMemoryIncidentsTest {

  private static List<Document> fakes;
  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = StandardPipeline.create(TestPipeline.language(), TestGazetteer.gazetteer());
    fakes = new DocumentReader(ReaderOptions.defaults())
        .readAll(List.of(SharedData.path("fakes/fakes-dev.csv").toString())).stream()
        .map(o -> ((ReadOutcome.Read) o).document()).toList();
  }

  /** Links the articles of CSV rows {@code rows} in order; the incident of each main event. */
  private static Map<Integer, Long> link(int... rows) {
    LinkOptions options = LinkOptions.defaults();
    EventSketches sketches = new EventSketches(options);
    InMemoryIncidents incidents =
        new InMemoryIncidents(new IncidentLinker(new IncidentMatcher(options)));
    Map<Integer, Long> main = new HashMap<>();
    for (int row : rows) {
      Article a = pipeline.extract(fakes.get(row - 2));
      List<Long> ids = incidents.add(sketches.of(a, "row" + row), row, row);
      Event e = MainIncident.of(a.events());
      main.put(row, ids.get(a.events().indexOf(e)));
    }
    return main;
  }

  @Test
  void reportsOfOneIncidentByDifferentOutletsJoinOneIncident() {
    // Rows 2, 13 and 277: the chemical attack on Khan Sheikhoun, 4 April 2017, told three ways
    // (70, 58 and 72 dead); rows 6 and 374: the bus bombing in Damascus, 1 February 2015.
    Map<Integer, Long> main = link(2, 6, 13, 277, 374);
    assertThat(main.get(13)).isEqualTo(main.get(2));
    assertThat(main.get(277)).isEqualTo(main.get(2));
    assertThat(main.get(374)).isEqualTo(main.get(6));
    assertThat(main.get(6)).isNotEqualTo(main.get(2));
  }

  @Test
  void twoIncidentsOfOneCityAndDayStayApart() {
    // Rows 50 and 216, Aleppo, 13 October 2016: air strikes on the rebel-held east, and a
    // rebel rocket on a school in the west. The crowd's date-place-cause key joins them.
    Map<Integer, Long> main = link(50, 216);
    assertThat(main.get(216)).isNotEqualTo(main.get(50));
  }

  @Test
  void twoSettlementsFarApartAreTwoScenesEvenInOneRegion() {
    // Row 80: regime strikes on east Aleppo city, Wednesday 27 July 2016, 16 dead; row 161:
    // coalition strikes on Ghandoura, 80 km away in the same governorate, the next day, 15.
    Map<Integer, Long> main = link(80, 161);
    assertThat(main.get(161)).isNotEqualTo(main.get(80));
  }

  @Test
  void reportsOfDaysTwoApartAreTwoIncidentsThoughEachIsADayFromAThird() {
    // Rows 122, 123 and 191, Aleppo air strikes: Friday 3 June 2016 (the bus on the Castello
    // road), Thursday 2 June and Saturday 4 June. Each is a day from Friday's, but Thursday's
    // and Saturday's raids are two days apart, so not both can be Friday's incident.
    Map<Integer, Long> main = link(122, 123, 191);
    assertThat(main.get(191)).isNotEqualTo(main.get(123));
  }
}
