package org.vigil.events;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.StandardPipeline;
import org.vigil.document.Document;
import org.vigil.geo.TestGazetteer;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.Pipeline;
import org.vigil.testing.FakesCorpus;
import org.vigil.testing.SharedData;
import org.vigil.testing.TestPipeline;

/**
 * Development probe, not part of CI (its name is outside surefire's test patterns): prints
 * the events of the dev article and of chosen FA-KES rows, to see why a figure came out.
 * {@code mvn -o -q -pl vigil-core test -Dtest=EventProbe -Dsurefire.failIfNoSpecifiedTests=false
 * -Dprobe.fakes=45,48 [-Dprobe.skipAfp=true] [-Dprobe.places=true]}; FA-KES row n of the
 * evaluation's misses is index n-2.
 */
class EventProbe {
  @Test
  void print() {
    List<Extractor> ex = new ArrayList<>(StandardPipeline.extractors(TestGazetteer.gazetteer()));
    ex.add(new EventExtractor(EventOptions.defaults()));
    Pipeline p = new Pipeline(TestPipeline.language(), ex);
    List<String> texts = new ArrayList<>();
    if (!Boolean.getBoolean("probe.skipAfp")) {
      texts.add(SharedData.read("dev/afp-idlib-2020.txt"));
    }
    String which = System.getProperty("probe.fakes", "");
    if (!which.isEmpty()) {
      List<String> all = FakesCorpus.texts();
      for (String i : which.split(",")) {
        texts.add(all.get(Integer.parseInt(i)));
      }
    }
    for (String text : texts) {
      Article a = p.extract(Document.ofText("probe", text));
      System.out.println("=== " + text.substring(0, Math.min(100, text.length())).replace('\n', ' '));
      System.out.println("published " + a.published());
      for (Place pl : Boolean.getBoolean("probe.places") ? a.places() : List.<Place>of()) {
        System.out.println("  place " + pl.id() + " " + pl.name() + " " + pl.admin1() + " " + pl.country() + " " + pl.lat() + " " + pl.geonameId() + " "
            + pl.precision() + " " + pl.mentions());
      }
      if (Boolean.getBoolean("probe.places")) {
        a.times().forEach(t -> System.out.println("  time " + t));
      }
      for (Event e : a.events()) {
        System.out.println(e.id() + " " + e.subtype() + " [" + e.trigger().text() + "] "
            + e.date() + " place=" + e.place() + " perp=" + e.perpetrators() + " tgt="
            + e.targets() + "\n     killed=" + e.killed() + " injured=" + e.injured());
        StringBuilder ev = new StringBuilder("     ev:");
        e.evidence().forEach(sp -> ev.append(" | ").append(sp.of(a.text())));
        System.out.println(ev);
      }
    }
  }
}
