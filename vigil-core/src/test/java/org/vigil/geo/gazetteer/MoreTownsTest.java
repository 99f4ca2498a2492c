package org.vigil.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoreTownsTest {

  @TempDir Path dir;

  private static GazetteerEntry town(String name, String country, double lat, double lon) {
    return new GazetteerEntry(1, lat, lon, country, "01", "PPL", 5_000, Level.SETTLEMENT,
        List.of(name, name + "pur"));
  }

  @Test
  void addsTheTownsTheKnownPlacesLackAndTheOtherNamesOfThoseTheyHave() throws IOException {
    Path file = dir.resolve("cities1000.json");
    Files.writeString(file, """
        [{"name":"Kutkai","lat":"23.4579","lng":"97.938","country":"MM","admin1":"17"},
         {"name":"Rampur","lat":"28.81","lng":"79.03","country":"IN","admin1":"36"},
         {"name":"Rampur","lat":"25.00","lng":"75.00","country":"IN","admin1":"24"},
         {"name":"Rampur","lat":"28.80","lng":"79.02","country":"NP","admin1":"02"},
         {"name":"Malda","lat":"25.0112","lng":"88.1405","country":"IN","admin1":"28"},
         {"name":"Kutkai","lat":"23.4580","lng":"97.939","country":"MM","admin1":"17"}]
        """);
    GazetteerEntry ram = town("Ram", "IN", 28.80, 79.02);
    GazetteerEntry bazar = town("English Bazar", "IN", 25.0108, 88.1411);
    List<GazetteerEntry> all = MoreTowns.merge(file, List.of(ram, bazar));
    // Rampur of India 1 km from a town known by that name is that town; Malda, at the point of
    // English Bazar, is its other name; the Rampur 500 km away and the namesake in Nepal are
    // other towns; Kutkai is listed twice, 100 m apart: once
    assertThat(all.get(0)).isEqualTo(ram);
    assertThat(all.get(1).names()).containsExactly("English Bazar", "English Bazarpur", "Malda");
    assertThat(all.get(1).population()).isEqualTo(bazar.population());
    List<GazetteerEntry> more = all.subList(2, all.size());
    assertThat(more).extracting(e -> e.name() + "/" + e.country() + "/" + e.admin1())
        .containsExactly("Kutkai/MM/17", "Rampur/IN/24", "Rampur/NP/02");
    assertThat(more).allSatisfy(e -> {
      assertThat(e.population()).isZero();
      assertThat(e.level()).isEqualTo(Level.SETTLEMENT);
    });
  }

  @Test
  void aTownWithoutAPointIsAnErrorNamingTheFile() throws IOException {
    Path file = dir.resolve("cities1000.json");
    Files.writeString(file, "[{\"name\":\"Kutkai\",\"lat\":\"\",\"lng\":\"97.9\","
        + "\"country\":\"MM\",\"admin1\":\"17\"}]");
    assertThatThrownBy(() -> MoreTowns.merge(file, List.of())).isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("Kutkai");
    Files.writeString(file, "{}");
    assertThatThrownBy(() -> MoreTowns.merge(file, List.of())).isInstanceOf(IOException.class)
        .hasMessageContaining("not a JSON array");
  }
}
