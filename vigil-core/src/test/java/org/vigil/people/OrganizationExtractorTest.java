package org.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Organization;
import org.vigil.pipeline.Facts;
import org.vigil.testing.EvidenceAssert;
import org.vigil.testing.QuoteCorpus;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

class OrganizationExtractorTest {

  private static List<Organization> organizations(String name, String text) {
    Facts facts = new Facts();
    new OrganizationExtractor().extract(TestPipeline.annotate(name, text), facts);
    return facts.list(Facts.ORGANIZATIONS);
  }

  @Test
  void findsOrganisationsWithTheirMentions() {
    String afp = SharedData.read("dev/afp-idlib-2020.txt");
    List<Organization> orgs = organizations("afp", afp);
    Organization sohr = orgs.stream()
        .filter(o -> o.name().equals("Syrian Observatory for Human Rights")).findFirst().orElseThrow();
    int at = afp.indexOf("Syrian Observatory for Human Rights");
    EvidenceAssert.assertCovers(afp, sohr.mentions().get(0), "Syrian Observatory for Human Rights");
    assertThat(sohr.mentions().get(0).start()).isEqualTo(at);
    assertThat(orgs).extracting(Organization::id).startsWith("o1");
  }

  @Test
  void mergesAnInitialismWithItsFullName() {
    // "IMF chief economist Maury Obstfeld", "the International Monetary Fund"
    String text = QuoteCorpus.text("wash-post_2016-10-05_international-monetary-fund");
    List<Organization> orgs = organizations("imf", text);
    Organization imf = orgs.stream().filter(o -> o.name().equals("International Monetary Fund"))
        .findFirst().orElseThrow();
    assertThat(imf.mentions()).extracting(s -> s.of(text)).contains("IMF", "International Monetary Fund");
    assertThat(orgs).extracting(Organization::name).doesNotContain("IMF");
  }
}
