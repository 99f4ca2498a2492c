package org.vigil.cli;

import java.io.PrintWriter;
import org.vigil.StandardPipeline;
import org.vigil.geo.gazetteer.GazetteerStore;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;

/**
 * Times the gazetteer for {@code vigil bench}: loading its index as a fresh start does, and a
 * lookup, over names found and not, after the JIT has compiled it.
 */
final class GazetteerBench {
  private GazetteerBench() {}

  private static final String[] NAMES =
      {"Aleppo", "Baghdad", "Idlib", "London", "Springfield", "Nowhere Town"};
  private static final int LOOKUPS = 200_000;

  /** Loads the gazetteer, printing how long it took and how long a lookup takes. */
  static GeoNamesGazetteer load(PrintWriter out) {
    long t0 = System.nanoTime();
    GeoNamesGazetteer gazetteer = StandardPipeline.loadGazetteer(GazetteerStore.located());
    double loadMs = (System.nanoTime() - t0) / 1e6;
    int found = 0;
    for (String name : NAMES) {
      found += gazetteer.lookup(name).size();
    }
    for (int i = 0; i < LOOKUPS; i++) { // warm-up, not counted
      gazetteer.lookup(NAMES[i % NAMES.length]);
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < LOOKUPS; i++) {
      gazetteer.lookup(NAMES[i % NAMES.length]);
    }
    double lookupMicros = (System.nanoTime() - t1) / 1e3 / LOOKUPS;
    out.printf("gazetteer         %,d entries loaded in %.0f ms; a lookup %.2f µs (%d entries "
        + "for %d names)%n", gazetteer.size(), loadMs, lookupMicros, found, NAMES.length);
    return gazetteer;
  }
}
