package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.document.Document;
import org.vigil.geo.PlaceMention.Role;
import org.vigil.geo.gazetteer.TestGazetteer;
import org.vigil.model.Place;
import org.vigil.model.Span;
import org.vigil.people.OrganizationExtractor;
import org.vigil.pipeline.Facts;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.PipelineException;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.TestPipeline;

/**
 * The place step gives each mention of a place its role, on FA-KES dev reports, run through a
 * pipeline that holds every step to its contract.
 */
class MentionRolesTest {

  private static final Pipeline PLACES = new Pipeline(TestPipeline.language(), List.of(
      new DatelineExtractor(DatelineOptions.defaults()), new OrganizationExtractor(),
      new PlaceExtractor(TestGazetteer.gazetteer(), PlaceOptions.defaults())));

  /** The facts of the FA-KES dev article opening with {@code opening}. */
  private static Facts article(String opening) {
    return PLACES.facts(Document.ofText("fakes", FakesCorpus.textStartingWith(opening)));
  }

  /** The role of {@code name} where it stands in the first {@code phrase} of the text. */
  private static Role role(Facts facts, String text, String phrase, String name) {
    int at = text.indexOf(phrase);
    assertThat(at).as("'%s' in the text", phrase).isNotNegative();
    int start = at + phrase.indexOf(name);
    Span span = new Span(start, start + name.length());
    List<PlaceMention> found = facts.list(PlaceExtractor.PLACE_MENTIONS).stream()
        .filter(m -> m.span().equals(span)).toList();
    assertThat(found).as("the mention '%s' of '%s'", name, phrase).hasSize(1);
    return found.get(0).role();
  }

  @Test
  void aPlaceWhereSomethingHappenedIsASceneAndOneThatSaysWhoseIsNot() {
    String opening = "Date of publication 12 June 2016 Dozens of civilians";
    String text = FakesCorpus.textStartingWith(opening);
    Facts facts = article(opening);
    assertThat(role(facts, text, "in rebel-held Idlib northern", "Idlib")).isEqualTo(Role.SCENE);
    assertThat(role(facts, text, "after Russian airstrikes", "Russian")).isEqualTo(Role.ACTOR);
    assertThat(role(facts, text, "The Britain-based Syrian", "Britain")).isEqualTo(Role.ACTOR);
    assertThat(role(facts, text, "Britain-based Syrian Observatory", "Syrian"))
        .isEqualTo(Role.ACTOR);
    assertThat(role(facts, text, "coalition of Syrian rebel groups", "Syrian"))
        .isEqualTo(Role.DEMONYM);
  }

  @Test
  void aCountryThatSpeaksOrStrikesIsAnActor() {
    String denied = "Last updated at Jun 132016 In this photo";
    assertThat(role(article(denied), FakesCorpus.textStartingWith(denied),
        "Russia denied carrying", "Russia")).isEqualTo(Role.ACTOR);
    String coalition = "Thu Oct 6 2016 US Coalition Warplanes";
    assertThat(role(article(coalition), FakesCorpus.textStartingWith(coalition),
        "the US airstrikes had destroyed", "US")).isEqualTo(Role.ACTOR);
  }

  @Test
  void aNameInsideAnOrganisationsNameIsNoScene() {
    String opening = "5 Sep 2016 At least 42 people were killed";
    String text = FakesCorpus.textStartingWith(opening);
    Facts facts = article(opening);
    assertThat(role(facts, text, "US-backed Syrian Democratic Forces", "Syrian"))
        .isEqualTo(Role.IN_ORGANISATION_NAME);
    assertThat(role(facts, text, "killed in a bombing in Hasakeh", "Hasakeh"))
        .isEqualTo(Role.SCENE);
  }

  @Test
  void everyMentionOfEveryPlaceHasOneRoleInTextOrder() {
    Facts facts = article("5 Sep 2016 At least 42 people were killed");
    List<PlaceMention> mentions = facts.list(PlaceExtractor.PLACE_MENTIONS);
    List<PlaceMention> expected = new ArrayList<>();
    for (Place p : facts.list(Facts.PLACES)) {
      p.mentions().forEach(s -> expected.add(new PlaceMention(p.id(), s, Role.SCENE)));
    }
    assertThat(mentions).extracting(PlaceMention::span).isSorted();
    assertThat(mentions).extracting(m -> new PlaceMention(m.placeId(), m.span(), Role.SCENE))
        .containsExactlyInAnyOrderElementsOf(expected);
    // A demonym says whose, never where.
    for (Place p : facts.list(Facts.PLACES)) {
      assertThat(mentions).filteredOn(m -> m.placeId().equals(p.id())
          && p.demonyms().contains(m.span())).noneMatch(m -> m.role() == Role.SCENE);
    }
  }

  @Test
  void thePlaceStepNeedsTheOrganisationsBeforeIt() {
    assertThatThrownBy(() -> new Pipeline(TestPipeline.language(), List.of(
        new DatelineExtractor(DatelineOptions.defaults()),
        new PlaceExtractor(TestGazetteer.gazetteer(), PlaceOptions.defaults()))))
        .isInstanceOf(PipelineException.class)
        .hasMessage("PlaceExtractor requires fact 'organizations', which no extractor before it"
            + " provides");
  }
}
