package org.vigil.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.TestPipeline;

/** The report told from the page around it, on FA-KES dev pages. */
class PageExtractorTest {

  private static Report report(String text) {
    AnnotatedDocument doc = TestPipeline.annotate("page", text);
    return PageExtractor.report(doc);
  }

  @Test
  void theReportEndsWhereTheListOfRelatedNewsStarts() {
    String text = FakesCorpus.textStartingWith("02.10.2017Get short URL 191");
    int related = text.indexOf("Related US Mistakes");
    assertThat(related).isPositive();
    Report r = report(text);
    assertThat(r.sentences()).isNotEmpty().allMatch(s -> s.end() <= related);
    assertThat(r.sentences().get(r.sentences().size() - 1).end()).isGreaterThan(related - 40);
  }

  @Test
  void aSentenceIsSplitAfterAPhotoCreditRunIntoIt() {
    // "... attacked a street in Aleppo Syria (AP photo) BEIRUT Air strikes on a market ..."
    String text = FakesCorpus.textStartingWith("Last updated at Jun 132016 In this photo");
    int credit = text.indexOf("(AP photo)") + "(AP photo)".length();
    int lead = text.indexOf("BEIRUT", credit);
    Report r = report(text);
    assertThat(r.sentences()).anyMatch(s -> s.end() == credit)
        .anyMatch(s -> s.start() == lead);
  }

  @Test
  void aDateBeforeACaptionsCreditEndsTheCaption() {
    // "... in rebel-held Idlib province Syria August 6 2016. (Reuters) Syrian opposition-held"
    String text = FakesCorpus.textStartingWith("9 Aug 2016 5 people were killed");
    int date = text.indexOf("August 6 2016. (Reuters)");
    Report r = report(text);
    assertThat(r.endsCaption(text, new Span(date, date + "August 6 2016".length()))).isTrue();
    // the report's own "9 Aug 2016" is followed by its words, not a credit
    assertThat(r.endsCaption(text, new Span(0, "9 Aug 2016".length()))).isFalse();
  }

  @Test
  void thePagesTagsAreNoPartOfTheReport() {
    // "... getting married. Tags Syria Hassakeh Kurds Suicide Attack SDF Islamic State A
    // suicide bomber struck a wedding in northeast Syria ..."
    String text = FakesCorpus.textStartingWith("Date of publication 4 October 2016 The bomber");
    int tags = text.indexOf("Tags Syria");
    int body = text.indexOf("A suicide bomber struck");
    Report r = report(text);
    assertThat(r.sentences()).noneMatch(s -> s.start() <= tags + 5 && s.end() > tags + 5)
        .anyMatch(s -> s.end() == tags - 1 || s.end() == tags)
        .anyMatch(s -> s.start() == body);
  }

  @Test
  void aTagsNameKeepsItsArabicArticle() {
    // "Tags Syria Damascus Douma Regime Rebels Civilians Bashar al-Assad Airstrikes Syrian
    // regime airstrikes on a rebel-held region near Damascus killed at least 22 civilians"
    String text = FakesCorpus.textStartingWith("Date of publication 3 April 2017 At least 22");
    int body = text.indexOf("Syrian regime airstrikes on a rebel-held region");
    assertThat(report(text).sentences()).anyMatch(s -> s.start() == body);
  }

  @Test
  void aPlainReportIsAllReport() {
    String text = "Air strikes killed 12 people in Idlib on Sunday. Rescuers said more were "
        + "missing under the rubble.";
    Report r = report(text);
    assertThat(r.sentences()).containsExactly(new Span(0, 48), new Span(49, text.length()));
    assertThat(r.captionCredits()).isEmpty();
  }
}
