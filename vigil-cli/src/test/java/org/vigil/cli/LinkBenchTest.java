package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.model.DatePrecision.DAY;
import static org.vigil.model.DatePrecision.MONTH;
import static org.vigil.model.DatePrecision.QUARTER;
import static org.vigil.model.DatePrecision.WEEK;
import static org.vigil.model.DatePrecision.YEAR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.DatePrecision;
import org.vigil.model.Event;
import org.vigil.model.Event.EventDate;
import org.vigil.model.EventType;
import org.vigil.model.ExtractorInfo;
import org.vigil.model.Published;
import org.vigil.model.Source;
import org.vigil.model.Span;
import org.vigil.model.SubEventType;

/** The bench's derived records: every kind of date moves, the text keeps its length. */
class LinkBenchTest {

  private static Article dated(String value, DatePrecision precision) {
    Event e = new Event("ev1", EventType.BATTLES, SubEventType.ARMED_CLASH,
        new Event.Trigger("clash", new Span(0, 5)), new EventDate(value, precision), null,
        Event.Role.REPORTED, List.of(), List.of(), null, null, List.of(), List.of(new Span(0, 5)));
    return new Article("id", new Source(null, null, null, null), "clash in Idlib", null,
        new Published("2016-07-29", true, "given", List.of()), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(e), new ExtractorInfo("test", "test"));
  }

  private static EventDate moved(String value, DatePrecision precision, int days) {
    return LinkBench.derived(dated(value, precision), days, 3).events().get(0).date();
  }

  @Test
  void everyKindOfDateMovesByTheDays() {
    assertThat(moved("2016-07-19", DAY, 10)).isEqualTo(new EventDate("2016-07-29", DAY));
    assertThat(moved("2016-W29", WEEK, 7)).isEqualTo(new EventDate("2016-W30", WEEK));
    assertThat(moved("2016-W52", WEEK, 14)).isEqualTo(new EventDate("2017-W02", WEEK));
    assertThat(moved("2016-07", MONTH, 31)).isEqualTo(new EventDate("2016-08", MONTH));
    assertThat(moved("2016-Q3", QUARTER, 92)).isEqualTo(new EventDate("2016-Q4", QUARTER));
    assertThat(moved("2016", YEAR, 730)).isEqualTo(new EventDate("2018", YEAR));
  }

  @Test
  void theTextIsShiftedNotResized() {
    Article a = LinkBench.derived(dated("2016-07-19", DAY), 1, 3);
    assertThat(a.text()).isEqualTo("fodvk lq Lgole").hasSameSizeAs("clash in Idlib");
    assertThat(a.published().value()).isEqualTo("2016-07-30");
  }
}
