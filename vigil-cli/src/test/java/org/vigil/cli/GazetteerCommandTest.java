package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.geo.gazetteer.GazetteerStore;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;

class GazetteerCommandTest {

  @TempDir Path dir;

  @Test
  void importAddsTheVillagesOfAGeoNamesDump() throws IOException {
    Path fetched = GazetteerStore.located().folder().resolve(GazetteerStore.INDEX);
    Files.copy(fetched, dir.resolve(GazetteerStore.INDEX));
    // Two lines in the GeoNames dump layout, written for this test: a camp and a village.
    Path dump = Files.writeString(dir.resolve("SY.txt"), String.join("\t", "9999901", "Qah",
        "Qah", "Qah Camp,Qa'", "36.17", "36.6", "P", "PPL", "SY", "", "12", "", "", "", "0", "",
        "400", "Asia/Damascus", "2020-01-01") + "\n" + String.join("\t", "9999902",
        "Kafr Testin", "Kafr Testin", "", "35.9", "36.5", "P", "PPL", "SY", "", "12", "", "", "",
        "1200", "", "300", "Asia/Damascus", "2020-01-01") + "\n");

    CommandRun run = CommandRun.vigil("gazetteer", "import", dump.toString(), "--gazetteer",
        dir.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("imported " + dump);
    GeoNamesGazetteer after = new GazetteerStore(dir).load();
    assertThat(after.lookup("Kafr Testin")).extracting(e -> e.geonameId()).contains(9999902L);
    assertThat(after.lookup("Qah")).extracting(e -> e.geonameId()).contains(9999901L);
  }

  @Test
  void lookupPrintsThePlacesANameMayBeAndItsSpellingVariants() {
    CommandRun run = CommandRun.vigil("gazetteer", "lookup", "Aleppo", "Hassakeh");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Aleppo: ").containsPattern("Aleppo \\[ADMIN1\\] SY")
        .contains("Hassakeh: 0 exact").containsPattern("~ Al-Hasakah \\[ADMIN1\\] SY");
    CommandRun unknown = CommandRun.vigil("gazetteer", "lookup", "Xyzzyqwv");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.out()).contains("Xyzzyqwv: 0 exact, 0 spelling variants");
  }

  @Test
  void aMissingDumpIsANamedError() {
    CommandRun run = CommandRun.vigil("gazetteer", "import", dir.resolve("none.txt").toString(),
        "--gazetteer", dir.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("none.txt").contains("no such GeoNames dump file");
  }
}
