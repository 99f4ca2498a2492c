package org.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.Person;
import org.vigil.model.Span;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Facts;
import org.vigil.testing.EvidenceAssert;
import org.vigil.testing.QuoteCorpus;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

class PeopleExtractorTest {
  private static String afp;
  private static List<Person> afpPeople;

  @BeforeAll
  static void annotateDispatch() {
    afp = SharedData.read("dev/afp-idlib-2020.txt");
    afpPeople = people(TestPipeline.annotate("afp-idlib-2020.txt", afp));
  }

  private static List<Person> people(AnnotatedDocument doc) {
    Facts facts = new Facts();
    new PeopleExtractor(PeopleOptions.defaults()).extract(doc, facts);
    return facts.list(Facts.PEOPLE);
  }

  private static Person named(List<Person> people, String name) {
    return people.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + people));
  }

  private static List<String> mentionTexts(String text, Person p) {
    return p.mentions().stream().map(s -> s.of(text)).toList();
  }

  @Test
  void mergesFullNameShortNameAndAgeDescription() {
    Person asali = named(afpPeople, "Ismail al-Asali");
    assertThat(mentionTexts(afp, asali)).containsExactly("Ismail al-Asali", "the 22-year-old", "Asali", "Asali");
    assertThat(asali.age()).isEqualTo(22);
  }

  @Test
  void readsAgesFromTheNearestSubjectBeforeTheDescription() {
    assertThat(named(afpPeople, "Abu Ahmed").age()).isEqualTo(35);
    assertThat(named(afpPeople, "Mahmud Sharimo").age()).isEqualTo(29);
    assertThat(named(afpPeople, "Qasem Soleimani").age()).isNull();
  }

  @Test
  void keepsDescriptorsBeforeAndInAppositionToAName() {
    // "said displaced Aleppo native Abu Ahmed"; "Mahmud Sharimo, another displaced Aleppo native,"
    assertThat(named(afpPeople, "Abu Ahmed").descriptors()).contains("displaced Aleppo native");
    assertThat(named(afpPeople, "Mahmud Sharimo").descriptors()).contains("displaced Aleppo native");
  }

  @Test
  void aLoneSurnameBeforeTheFullNameJoinsIt() {
    Person soleimani = named(afpPeople, "Qasem Soleimani");
    assertThat(mentionTexts(afp, soleimani)).contains("Soleimani", "Qasem Soleimani");
    assertThat(afpPeople).filteredOn(p -> p.name().equals("Soleimani")).isEmpty();
  }

  @Test
  void aPlaceTaggedAsPersonIsDroppedByItsAppositive() {
    // "the recapture of Albu Kamal -- the last town held by IS jihadists"
    assertThat(afpPeople).extracting(Person::name).doesNotContain("Albu Kamal");
  }

  @Test
  void numbersPeopleInOrderOfFirstMentionWithEvidence() {
    for (int i = 0; i < afpPeople.size(); i++) {
      Person p = afpPeople.get(i);
      assertThat(p.id()).isEqualTo("e" + (i + 1));
      for (Span s : p.mentions()) {
        EvidenceAssert.assertCovers(afp, s, s.of(afp));
        assertThat(s.of(afp)).isNotBlank();
      }
    }
    assertThat(afpPeople.get(0).mentions().get(0).start())
        .isLessThan(afpPeople.get(1).mentions().get(0).start());
  }

  @Test
  void anHonorificJoinsTheMention() {
    String text = QuoteCorpus.text("huff-post_2016-09-27_latinos");
    Person trump = named(people(TestPipeline.annotate("latinos", text)), "Donald Trump");
    assertThat(mentionTexts(text, trump)).contains("Donald Trump", "Mr. Trump", "Trump");
  }

  @Test
  void aNameEndsAtALineBreak() {
    // "... How did we get this low?”\u00a0― Jacklyn Ashley\u00a0\n“Trump must stop ...": the
    // reader's name, not "Jacklyn Ashley “Trump"
    String text = QuoteCorpus.text("huff-post_2016-09-27_latinos");
    List<Person> people = people(TestPipeline.annotate("latinos", text));
    assertThat(people).extracting(Person::name).contains("Jacklyn Ashley")
        .noneMatch(n -> n.contains("\n"));
  }

  @Test
  void anAppositiveAgeBeforeARelativeClauseGivesAgeAndDescriptor() {
    String text = QuoteCorpus.text("huff-post_2016-10-07_ava-duvernay-s-th-explores-the-e");
    Person browder = named(people(TestPipeline.annotate("13th", text)), "Kalief Browder");
    assertThat(browder.age()).isEqualTo(22);
    assertThat(browder.descriptors()).contains("black man");
  }
}
