package org.vigil.geo.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fetched gazetteer, loaded once per test JVM. Needs {@code scripts/fetch-gazetteer.sh}
 * to have run; the first load also builds the index (about 10 s).
 */
public final class TestGazetteer {
  private TestGazetteer() {}

  private static final class Holder {
    static final GeoNamesGazetteer GAZETTEER = load();

    private static GeoNamesGazetteer load() {
      try {
        return GazetteerStore.located().load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static GeoNamesGazetteer gazetteer() {
    return Holder.GAZETTEER;
  }
}
