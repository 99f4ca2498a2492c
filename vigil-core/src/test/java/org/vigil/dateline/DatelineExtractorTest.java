package org.vigil.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.testing.EvidenceAssert.assertCovers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Dateline;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.SharedData;

class DatelineExtractorTest {

  private final DatelineExtractor extractor = new DatelineExtractor(DatelineOptions.defaults());

  @Test
  void readsPlaceCountryAndAgencyFromAfpDatelineUnderTheHeadline() {
    String text = SharedData.read("dev/afp-idlib-2020.txt");
    Dateline d = extractor.find(text);
    assertThat(d).isNotNull();
    assertThat(d.text()).isEqualTo("QAH (Syria) (AFP)");
    assertThat(d.placeName()).isEqualTo("Qah");
    assertThat(d.country()).isEqualTo("Syria");
    assertThat(d.agency()).isEqualTo("AFP");
    assertCovers(text, d.span(), "QAH (Syria) (AFP)");
  }

  @Test
  void readsWeekdayDateHeader() {
    String text = FakesCorpus.textStartingWith("Wed 05 Apr 2017 Syria attack symptoms");
    Dateline d = extractor.find(text);
    assertThat(d.date()).isEqualTo("2017-04-05");
    assertCovers(text, d.span(), "Wed 05 Apr 2017");
  }

  @Test
  void readsPublishedAndDateOfPublicationHeaders() {
    assertThat(extractor.find(FakesCorpus.textStartingWith("Published August 3 2015")).date())
        .isEqualTo("2015-08-03");
    assertThat(extractor.find(FakesCorpus.textStartingWith("Date of publication 9 August 2016"))
        .date()).isEqualTo("2016-08-09");
    assertThat(extractor.find(FakesCorpus.textStartingWith("12 February 2015 Casualties")).date())
        .isEqualTo("2015-02-12");
  }

  @Test
  void readsDayFirstNumericDates() {
    assertThat(extractor.find(FakesCorpus.textStartingWith("13-08-2013 33 Militants")).date())
        .isEqualTo("2013-08-13");
    assertThat(extractor.find(FakesCorpus.textStartingWith("05.02.2015 A Syrian rebel")).date())
        .isEqualTo("2015-02-05");
  }

  @Test
  void readsGluedDayAndYearThenCapitalPlace() {
    String text = FakesCorpus.textStartingWith("Last updated at Aug 142016 BEIRUT Syrian");
    Dateline d = extractor.find(text);
    assertThat(d.date()).isEqualTo("2016-08-14");
    assertThat(d.placeName()).isEqualTo("Beirut");
  }

  @Test
  void readsAgencyBeforeDateAfterHeadline() {
    String text = FakesCorpus.textStartingWith("Bomb rockets kill 19 civilians in Syrias Aleppo");
    Dateline d = extractor.find(text);
    assertThat(d.agency()).isEqualTo("AFP");
    assertThat(d.date()).isEqualTo("2015-07-09");
    assertCovers(text, d.span(), "AFP Thursday 9 Jul 2015");
  }

  @Test
  void findsADateOnMostFakesArticles() {
    List<String> texts = FakesCorpus.texts();
    long dated = texts.stream().map(extractor::find)
        .filter(d -> d != null && d.date() != null).count();
    assertThat((double) dated / texts.size()).isGreaterThan(0.7);
  }

  @Test
  void readsWireDatelinesWithCommaDateAndDash() {
    Dateline reuters = extractor.find("Syria strikes\n\nBEIRUT, Jan 5 (Reuters) - Air strikes hit.");
    assertThat(reuters.placeName()).isEqualTo("Beirut");
    assertThat(reuters.agency()).isEqualTo("Reuters");
    Dateline plain = extractor.find("DAMASCUS — Shells fell on the old city on Sunday.");
    assertThat(plain.placeName()).isEqualTo("Damascus");
    assertThat(plain.agency()).isNull();
    assertThat(extractor.find("DEIR EZ-ZOR, Syria (AP) — Fighting went on.").placeName())
        .isEqualTo("Deir ez-Zor");
  }

  @Test
  void readsTheStateAbbreviationOfAnAmericanDateline() {
    String text = SharedData.read("geo/GeoWebNews/108");
    Dateline murray = extractor.find(text);
    assertThat(murray.placeName()).isEqualTo("Camp Murray");
    assertThat(murray.country()).isEqualTo("Wash.");
    assertThat(murray.span().of(text)).isEqualTo("CAMP MURRAY, Wash.");
    assertThat(extractor.find("RALEIGH, N.C. (AP) — The vote went on.").country())
        .isEqualTo("N.C.");
  }

  @Test
  void ignoresCapitalisedWordsThatAreNoDateline() {
    assertThat(extractor.find("The UN said on Monday that aid — food and medicine — arrived."))
        .isNull();
  }
}
