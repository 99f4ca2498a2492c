package org.vigil.flink;

import org.vigil.model.Article;
import org.vigil.model.Event;

/**
 * The key that sends an article to the task that links it. The store links an event only to
 * incidents of the event's own country (the empty one for an event with no country), so all
 * the articles whose events lie in one country are saved by one task, in input order, and the
 * incidents come out as one process would make them. An article is keyed by the country of
 * its first event; where its events lie in several countries, those of the others are linked
 * by this task too, beside the task of their own country.
 */
final class LinkKey {
  private LinkKey() {}

  static String of(Article article) {
    if (article.events().isEmpty()) {
      return "";
    }
    Event first = article.events().get(0);
    return article.place(first.place()).map(p -> p.country()).orElse("");
  }
}
