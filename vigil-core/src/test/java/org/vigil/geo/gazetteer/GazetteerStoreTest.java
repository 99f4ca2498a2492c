package org.vigil.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.model.PlacePrecision.SETTLEMENT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.geo.PlaceExtractor;
import org.vigil.geo.PlaceOptions;
import org.vigil.model.Place;
import org.vigil.nlp.AnnotatedDocument;
import org.vigil.pipeline.Facts;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/** Importing a GeoNames dump, on a small one written here in the dump's own format. */
class GazetteerStoreTest {

  /** A camp, its governorate and its country, as a SY.txt line would give them. */
  private static final List<String> DUMP = List.of(
      line(99000001, "Qah", "Qah,Qah Camp,Kah", 36.17, 36.60, "S", "CMPRF", "12", 0),
      line(169388, "Idlib Governorate", "Idlib,Idleb,Muhafazat Idlib", 35.75, 36.67, "A",
          "ADM1", "12", 1501000),
      line(163843, "Syria", "Syrian Arab Republic,Syrie", 35.0, 38.0, "A", "PCLI", "00",
          22933531),
      line(99000002, "Ghost Ridge", "", 35.1, 36.1, "T", "RDGE", "12", 0),
      line(99000003, "Golan Heights", "Golan", 33.0, 35.8, "A", "ADM2", "03", 0));

  private static String line(long id, String name, String alternates, double lat, double lon,
      String featureClass, String code, String admin1, long population) {
    return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat),
        Double.toString(lon), featureClass, code, "SY", "", admin1, "", "", "",
        Long.toString(population), "", "300", "Asia/Damascus", "2020-01-01");
  }

  private static GazetteerStore copyOfFetchedStore(Path dir) throws IOException {
    TestGazetteer.gazetteer(); // makes sure the index exists
    Path index = GazetteerStore.located().folder().resolve(GazetteerStore.INDEX);
    Files.copy(index, dir.resolve(GazetteerStore.INDEX));
    return new GazetteerStore(dir);
  }

  @Test
  void importsAGeoNamesDumpForVillageLevelCoverage(@TempDir Path dir) throws IOException {
    Path dump = dir.resolve("SY.txt");
    Files.write(dump, DUMP, StandardCharsets.UTF_8);
    GazetteerStore store = copyOfFetchedStore(dir);
    assertThat(store.load().lookup("Qah")).isEmpty();

    GeoNamesGazetteer imported = store.importDump(dump);

    assertThat(imported.lookup("Qah")).extracting(GazetteerEntry::geonameId)
        .containsExactly(99000001L);
    assertThat(imported.lookup("Ghost Ridge")).as("ridges are no places of news").isEmpty();
    // The dump's region and country replace the fetched ones: no duplicates.
    assertThat(imported.admin1("SY", "12")).map(GazetteerEntry::geonameId).hasValue(169388L);
    assertThat(imported.lookup("Golan Heights")).extracting(GazetteerEntry::geonameId)
        .containsExactly(99000003L);
    assertThat(imported.lookup("Syria")).filteredOn(e -> e.level() == Level.COUNTRY)
        .extracting(GazetteerEntry::geonameId).containsExactly(163843L);
    assertThat(store.load().lookup("Qah")).as("kept on disk").hasSize(1);
  }

  @Test
  void resolvesTheQahCampToTheSettlementOnceImported(@TempDir Path dir) throws IOException {
    Path dump = dir.resolve("SY.txt");
    Files.write(dump, DUMP, StandardCharsets.UTF_8);
    GeoNamesGazetteer imported = copyOfFetchedStore(dir).importDump(dump);
    AnnotatedDocument doc =
        TestPipeline.annotate("afp", SharedData.read("dev/afp-idlib-2020.txt"));
    Facts facts = new Facts();
    new DatelineExtractor(DatelineOptions.defaults()).extract(doc, facts);
    new PlaceExtractor(imported, PlaceOptions.defaults()).extract(doc, facts);
    Place qah = facts.list(Facts.PLACES).stream().filter(p -> p.name().equals("Qah"))
        .findFirst().orElseThrow();
    assertThat(qah.precision()).isEqualTo(SETTLEMENT);
    assertThat(qah.geonameId()).isEqualTo(99000001L);
    assertThat(qah.admin1()).isEqualTo("Idlib");
  }

  @Test
  void rebuildsAnIndexThatAnotherVersionWrote(@TempDir Path dir) throws IOException {
    Path fetched = GazetteerStore.located().folder();
    for (String source : GazetteerBuilder.SOURCES) {
      Files.createSymbolicLink(dir.resolve(source), fetched.resolve(source).toAbsolutePath());
    }
    Path index = dir.resolve(GazetteerStore.INDEX);
    Files.write(index, new byte[] {'V', 'G', 'Z', '1', 0, 0, 0, 0});
    GeoNamesGazetteer rebuilt = new GazetteerStore(dir).load();
    assertThat(rebuilt.lookup("Idlib")).isNotEmpty();
    assertThat(GazetteerIndexFile.current(index)).isTrue();
  }

  @Test
  void namesTheFileAndLineOfABrokenDump(@TempDir Path dir) throws IOException {
    Path dump = dir.resolve("broken.txt");
    Files.write(dump, List.of(DUMP.get(0), "not\ta\tgeonames\tline"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new GeoNamesDumpReader().read(dump))
        .hasMessageContaining("broken.txt:2");
    assertThatThrownBy(() -> new GazetteerStore(dir).importDump(dir.resolve("missing.txt")))
        .hasMessageContaining("missing.txt");
  }
}
