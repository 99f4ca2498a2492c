package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.vigil.document.Document;
import org.vigil.events.EventDates;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Published;
import org.vigil.model.Source;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;

/**
 * Times saving and linking records into stores that already hold 1,000, 10,000 and 100,000
 * incidents, to show that the cost per article follows how busy an incident's country and days
 * are, not how large the store is.
 *
 * <p>The store is grown with records derived from the corpus's own: each copy moves every date
 * of one record by a random number of days within four years either way, and shifts the letters
 * of its text (so its copies are neither one input nor one story, while every span still points
 * where it did). The timed records are the corpus's, unchanged, saved into the grown store.
 */
final class LinkBench {

  private static final int[] SIZES = {1_000, 10_000, 100_000};
  private static final int SPREAD_DAYS = 4 * 365;

  private final List<Document> documents;
  private final List<Article> articles;

  LinkBench(List<Document> documents, List<Article> articles) {
    this.documents = documents;
    this.articles = articles;
  }

  void run(PrintWriter out) throws IOException {
    try (BenchFolder dir = new BenchFolder("vigil-bench-link");
        Store store = Store.open(StoreLocation.folder(dir.resolve("store")))) {
      try (Store warm = Store.open(StoreLocation.folder(dir.resolve("warm")))) {
        saveAll(warm, documents, articles, "warm");
      }
      Random random = new Random(2026);
      int copy = 0;
      for (int size : SIZES) {
        long t0 = System.nanoTime();
        while (store.counts().incidents() < size) {
          for (int i = 0; i < 200; i++, copy++) {
            int k = copy % articles.size();
            int shift = random.nextInt(2 * SPREAD_DAYS + 1) - SPREAD_DAYS;
            Article a = derived(articles.get(k), shift, 1 + copy % 25);
            Document d = documents.get(k);
            store.save(store.receive(new Document(d.name() + "~" + copy, null, a.text(),
                new Source("copy" + copy, null, null, null), a.published() == null ? null
                : a.published().value())).inputId(), a);
          }
        }
        long incidents = store.counts().incidents();
        double growSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        saveAll(store, documents, articles, "run" + size);
        double ms = (System.nanoTime() - t1) / 1e6 / articles.size();
        out.printf("link              %.1f ms per article saved and linked with %,d incidents "
            + "in the store (grown in %.0f s)%n", ms, incidents, growSeconds);
        out.flush();
      }
    }
  }

  private static void saveAll(Store store, List<Document> docs, List<Article> records,
      String tag) {
    for (int i = 0; i < records.size(); i++) {
      Document d = docs.get(i);
      Document tagged = new Document(d.name(), d.raw(), d.text(),
          new Source(tag + ":" + d.source().id(), d.source().url(), null, d.source().title()),
          d.published(), d.country());
      store.save(store.receive(tagged).inputId(), records.get(i));
    }
  }

  /** A copy of {@code a} dated {@code days} later, its letters shifted by {@code rot}. */
  static Article derived(Article a, int days, int rot) {
    List<Event> events = new ArrayList<>();
    for (Event e : a.events()) {
      events.add(new Event(e.id(), e.type(), e.subtype(), e.trigger(), shift(e.date(), days),
          e.place(), e.role(), e.perpetrators(), e.targets(), e.killed(), e.injured(),
          e.means(), e.evidence()));
    }
    Published p = a.published() == null ? null : new Published(
        LocalDate.parse(a.published().value()).plusDays(days).toString(), a.published().given(),
        a.published().why(), a.published().evidence());
    return new Article(a.id(), a.source(), rotate(a.text(), rot), a.dateline(), p, a.people(),
        a.organizations(), a.places(), a.times(), a.quotes(), events, a.extractor());
  }

  private static Event.EventDate shift(Event.EventDate d, int days) {
    if (d == null) {
      return null;
    }
    String v = d.value();
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return new Event.EventDate(LocalDate.parse(v).plusDays(days).toString(), d.precision());
    }
    if (v.matches("\\d{4}")) {
      return new Event.EventDate(Integer.toString(Integer.parseInt(v) + days / 365),
          d.precision());
    }
    // a week, month or quarter: its first day moved, written as the same kind of value
    LocalDate s = EventDates.start(new Event.EventDate(v, d.precision())).plusDays(days);
    if (v.matches("\\d{4}-W\\d{2}")) {
      return new Event.EventDate(String.format("%d-W%02d", s.get(IsoFields.WEEK_BASED_YEAR),
          s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), d.precision());
    }
    if (v.matches("\\d{4}-Q[1-4]")) {
      return new Event.EventDate(s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1),
          d.precision());
    }
    if (v.matches("\\d{4}-\\d{2}")) {
      return new Event.EventDate(String.format("%d-%02d", s.getYear(), s.getMonthValue()),
          d.precision());
    }
    throw new IllegalArgumentException("a date the bench cannot move: " + v);
  }

  private static String rotate(String text, int rot) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        b.append((char) ('a' + (c - 'a' + rot) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) ('A' + (c - 'A' + rot) % 26));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
