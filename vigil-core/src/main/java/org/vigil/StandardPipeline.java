package org.vigil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.vigil.casualties.CasualtyExtractor;
import org.vigil.dateline.DatelineExtractor;
import org.vigil.dateline.DatelineOptions;
import org.vigil.events.EventExtractor;
import org.vigil.events.EventOptions;
import org.vigil.geo.gazetteer.GazetteerStore;
import org.vigil.geo.gazetteer.GeoNamesGazetteer;
import org.vigil.geo.PlaceExtractor;
import org.vigil.geo.PlaceOptions;
import org.vigil.nlp.LanguageLayer;
import org.vigil.nlp.LanguageOptions;
import org.vigil.page.PageExtractor;
import org.vigil.people.OrganizationExtractor;
import org.vigil.people.PeopleExtractor;
import org.vigil.people.PeopleOptions;
import org.vigil.pipeline.Extractor;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.PipelineException;
import org.vigil.quotes.QuoteExtractor;
import org.vigil.quotes.QuoteOptions;
import org.vigil.time.DocumentDateExtractor;
import org.vigil.time.DocumentDateOptions;
import org.vigil.time.TimeExtractor;
import org.vigil.time.TimeMentionExtractor;
import org.vigil.time.TimeOptions;

/**
 * Vigil's standard wiring: the CoreNLP layer and every extractor in the order their facts
 * depend on each other. The CLI, the web app and each stream task build their pipeline here.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** The standard pipeline with the gazetteer found by {@link GazetteerStore#located()}. */
  public static Pipeline create(LanguageOptions language) {
    return create(new LanguageLayer(language), loadGazetteer(GazetteerStore.located()));
  }

  public static Pipeline create(LanguageLayer language, GeoNamesGazetteer gazetteer) {
    return new Pipeline(language, extractors(gazetteer));
  }

  public static List<Extractor> extractors(GeoNamesGazetteer gazetteer) {
    return List.of(
        new PageExtractor(),
        new DatelineExtractor(DatelineOptions.defaults()),
        new TimeMentionExtractor(TimeOptions.defaults()),
        new DocumentDateExtractor(DocumentDateOptions.defaults()),
        new TimeExtractor(),
        new PeopleExtractor(PeopleOptions.defaults()),
        new OrganizationExtractor(),
        new PlaceExtractor(gazetteer, PlaceOptions.defaults()),
        new QuoteExtractor(QuoteOptions.defaults()),
        new CasualtyExtractor(),
        new EventExtractor(EventOptions.defaults()));
  }

  /** Loads the gazetteer, or says how to fetch it. */
  public static GeoNamesGazetteer loadGazetteer(GazetteerStore store) {
    try {
      return store.load();
    } catch (IOException | UncheckedIOException e) {
      throw new PipelineException("cannot load the gazetteer from " + store.folder()
          + " (" + e.getMessage() + "); fetch it with scripts/fetch-gazetteer.sh", e);
    }
  }
}
