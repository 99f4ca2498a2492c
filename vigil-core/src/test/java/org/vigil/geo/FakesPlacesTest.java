package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.model.Place;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Facts;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/**
 * How often the FA-KES article's incident location (a governorate or city) is among its places,
 * by name or first-level region: the ceiling for the events step. Opt in with
 * {@code -Dvigil.geo.fakes=true} (402 articles, a few minutes).
 */
class FakesPlacesTest {

  @Test
  @EnabledIfSystemProperty(named = "vigil.geo.fakes", matches = "true")
  void findsTheIncidentLocationAmongThePlaces() throws IOException {
    CsvMapper csv = new CsvMapper();
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(SharedData.path("fakes/fakes-dev.csv").toFile())) {
      rows = it.readAll();
    }
    DatelineExtractor dateline = new DatelineExtractor(DatelineOptions.defaults());
    PlaceExtractor places = new PlaceExtractor(TestGazetteer.gazetteer(), PlaceOptions.defaults());
    int found = 0;
    int total = 0;
    for (Map<String, String> row : rows) {
      String gold = row.getOrDefault("location", "").trim();
      if (gold.isEmpty()) {
        continue;
      }
      total++;
      AnnotatedDocument doc = TestPipeline.annotate(row.get("unit_id"),
          row.get("article_content"));
      Facts facts = new Facts();
      dateline.extract(doc, facts);
      places.extract(doc, facts);
      if (facts.list(Facts.PLACES).stream().anyMatch(p -> names(p, gold))) {
        found++;
      } else {
        System.out.println("fakes " + row.get("unit_id") + ": no '" + gold + "' among "
            + facts.list(Facts.PLACES).stream().map(p -> p.name() + "/" + p.admin1()).toList());
      }
    }
    double share = (double) found / total;
    System.out.printf("fakes: incident location among places in %d/%d articles (%.3f)%n",
        found, total, share);
    assertThat(share).isGreaterThan(0.9);
  }

  /** "Al-Raqqah" and "raqqa", "Latakia" and "lattakia" are one name spelled two ways. */
  private static String skeleton(String name) {
    String s = NameKey.skeleton(name);
    return s.endsWith("h") ? s.substring(0, s.length() - 1) : s;
  }

  private static boolean names(Place p, String gold) {
    for (String n : new String[] {p.name(), p.admin1()}) {
      if (n != null && (NameKey.exact(n).equals(NameKey.exact(gold))
          || skeleton(n).equals(skeleton(gold))
          || NameKey.withoutArticle(NameKey.exact(n)).equals(
              NameKey.withoutArticle(NameKey.exact(gold))))) {
        return true;
      }
    }
    return false;
  }
}
