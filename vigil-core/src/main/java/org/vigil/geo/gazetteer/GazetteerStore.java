package org.vigil.geo.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The gazetteer folder on disk: the sources {@code scripts/fetch-gazetteer.sh} fetched and the
 * binary index built from them on first use.
 *
 * <p>The index is the gazetteer of record once built: a GeoNames dump imported into it stays
 * until the sources are fetched anew (the fetch script removes the index when they change).
 */
public final class GazetteerStore {
  /** The binary index inside the folder. */
  public static final String INDEX = "index.bin";

  private final Path folder;

  public GazetteerStore(Path folder) {
    this.folder = folder;
  }

  /**
   * The folder named by {@code -Dvigil.gazetteer} or {@code VIGIL_GAZETTEER}, else
   * {@code data/gazetteer} in the working directory or its parent (where the fetch script puts
   * it, seen from the repository or from a module).
   */
  public static GazetteerStore located() {
    String configured = System.getProperty("vigil.gazetteer", System.getenv("VIGIL_GAZETTEER"));
    if (configured != null && !configured.isBlank()) {
      return new GazetteerStore(Path.of(configured));
    }
    for (Path p : List.of(Path.of("data", "gazetteer"), Path.of("..", "data", "gazetteer"))) {
      if (Files.isDirectory(p)) {
        return new GazetteerStore(p);
      }
    }
    return new GazetteerStore(Path.of("data", "gazetteer"));
  }

  public Path folder() {
    return folder;
  }

  /**
   * Reads the index, building it from the fetched sources first when there is none or when an
   * older Vigil wrote it (GeoNames dumps imported into that one must be imported again: a
   * warning says so).
   */
  public GeoNamesGazetteer load() throws IOException {
    Path index = folder.resolve(INDEX);
    if (Files.isRegularFile(index)) {
      if (GazetteerIndexFile.current(index)) {
        return GazetteerIndexFile.read(index);
      }
      System.getLogger(GazetteerStore.class.getName()).log(System.Logger.Level.WARNING,
          index + " was written by another version of Vigil: rebuilt from the fetched sources;"
              + " import any GeoNames dump again with `vigil gazetteer import`");
    }
    GeoNamesGazetteer built = new GazetteerBuilder().build(folder);
    GazetteerIndexFile.write(built, index);
    return built;
  }

  /**
   * Adds the places of a GeoNames dump (allCountries.txt, a country file such as SY.txt) to the
   * index, for village-level coverage, and returns the gazetteer with them.
   */
  public GeoNamesGazetteer importDump(Path dump) throws IOException {
    if (!Files.isRegularFile(dump)) {
      throw new IOException(dump + ": no such GeoNames dump file");
    }
    GeoNamesGazetteer merged = load().with(new GeoNamesDumpReader().read(dump));
    GazetteerIndexFile.write(merged, folder.resolve(INDEX));
    return merged;
  }
}
