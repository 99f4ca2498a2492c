package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.vigil.document.Document;
import org.vigil.incidents.EventSketch;
import org.vigil.incidents.EventSketches;
import org.vigil.incidents.IncidentLinker;
import org.vigil.incidents.IncidentMatcher;
import org.vigil.incidents.LinkOptions;
import org.vigil.model.Article;

/** The store on a SQL database: H2 or PostgreSQL, the same statements for both. */
final class SqlStore implements Store {

  private static final int PAGE = 500;

  private final Database db;
  private final Inputs inputs = new Inputs();
  private final Stories stories = new Stories();
  private final Records records = new Records();
  private final Corrections corrections = new Corrections();
  private final Users users = new Users();
  private final Reviews reviews = new Reviews();
  private final Watches watches = new Watches();
  private final Incidents incidentRows;
  private final Linking linking;
  private final EventSketches sketches;
  private final IncidentViews views = new IncidentViews(reviews);
  private final IncidentEdits edits;

  SqlStore(Database db) {
    this(db, LinkOptions.defaults());
  }

  SqlStore(Database db, LinkOptions options) {
    this.db = db;
    IncidentMatcher matcher = new IncidentMatcher(options);
    this.incidentRows = new Incidents(matcher, reviews, watches);
    this.linking = new Linking(new IncidentLinker(matcher), incidentRows, corrections);
    this.edits = new IncidentEdits(incidentRows, corrections, reviews);
    this.sketches = new EventSketches(options);
  }

  @Override
  public StoreLocation location() {
    return db.location();
  }

  @Override
  public Receipt receive(Document document) {
    Inputs.Received r = db.inTransaction(h -> inputs.receive(h, document));
    return new Receipt(r.id(), r.added());
  }

  @Override
  public void fail(String input, Long inputId, String reason) {
    db.useTransaction(h -> inputs.fail(h, input, inputId, reason));
  }

  @Override
  public boolean extracted(long inputId, String version) {
    return db.inTransaction(h -> inputs.extracted(h, inputId, version));
  }

  @Override
  public List<Long> unextracted() {
    List<Long> all = new ArrayList<>();
    long after = 0;
    while (true) {
      long from = after;
      List<Long> page = db.inTransaction(h -> inputs.unextracted(h, from, PAGE * 10));
      if (page.isEmpty()) {
        return all;
      }
      all.addAll(page);
      after = page.get(page.size() - 1);
    }
  }

  @Override
  public Document document(long inputId) {
    return db.inTransaction(h -> inputs.document(h, inputId));
  }

  @Override
  public Saved save(long inputId, Article article) {
    return db.inTransaction(h -> saveIn(h, inputId, article));
  }

  private Saved saveIn(Handle h, long inputId, Article a) {
    String version = a.extractor().version();
    Optional<Long> existing = h.createQuery(
            "SELECT id FROM article WHERE input_id = :id AND version = :v")
        .bind("id", inputId).bind("v", version).mapTo(Long.class).findOne();
    if (existing.isPresent()) {
      return savedAlready(h, existing.get());
    }
    String inputHash = h.createQuery("SELECT input_hash FROM input WHERE id = :id")
        .bind("id", inputId).mapTo(String.class).findOne()
        .orElseThrow(() -> new StoreException("no input " + inputId + " to save a record for"));
    LocalDate day = a.published() == null ? null : LocalDate.parse(a.published().value());
    long story = stories.storyOf(h, inputId, a.text(), day);
    long articleId = records.insertArticle(h, inputId, story, a);
    Map<String, Long> before = records.retireOlder(h, inputId, articleId);
    List<EventSketch> sketched = sketches.of(a, inputHash);
    List<Long> linked = new ArrayList<>();
    for (int i = 0; i < a.events().size(); i++) {
      EventSketch s = sketched.get(i);
      long eventId = records.insertEvent(h, articleId, a.events().get(i), s, a);
      linked.add(linking.link(h, eventId, s, before.get(s.key())));
    }
    Set<Long> left = new LinkedHashSet<>(before.values());
    left.removeAll(linked);
    left.forEach(id -> incidentRows.refresh(h, id));
    return new Saved(articleId, story, linked, true);
  }

  private static Saved savedAlready(Handle h, long articleId) {
    long story = h.createQuery("SELECT story_id FROM article WHERE id = :id")
        .bind("id", articleId).mapTo(Long.class).one();
    List<Long> incidents = h.createQuery("""
            SELECT ie.incident_id FROM event e JOIN incident_event ie ON ie.event_id = e.id
            WHERE e.article_id = :id ORDER BY e.id""")
        .bind("id", articleId).mapTo(Long.class).list();
    return new Saved(articleId, story, incidents, false);
  }

  @Override
  public Counts counts() {
    return db.inTransaction(h -> new Counts(
        count(h, "SELECT COUNT(*) FROM input"),
        count(h, "SELECT COUNT(*) FROM article"),
        count(h, "SELECT COUNT(*) FROM story"),
        count(h, "SELECT COUNT(*) FROM event WHERE is_current"),
        count(h, "SELECT COUNT(*) FROM incident WHERE merged_into IS NULL AND sources > 0"),
        count(h, "SELECT COUNT(*) FROM failure")));
  }

  private static long count(Handle h, String sql) {
    return h.createQuery(sql).mapTo(Long.class).one();
  }

  @Override
  public List<IncidentView> incidents(IncidentFilter filter) {
    return db.inTransaction(h -> {
      Query q = IncidentViews.filtered(h, filter, "ORDER BY date_from, id");
      if (filter.limit() > 0) {
        q.setMaxRows(filter.limit());
      }
      List<IncidentView> out = new ArrayList<>();
      for (long id : q.map((rs, ctx) -> rs.getLong("id")).list()) {
        out.add(views.view(h, id));
      }
      return out;
    });
  }

  @Override
  public List<IncidentView> summaries(IncidentFilter filter) {
    return db.inTransaction(h -> {
      Query q = IncidentViews.filtered(h, filter, "ORDER BY date_from DESC NULLS LAST, id DESC");
      if (filter.limit() > 0) {
        q.setMaxRows(filter.limit());
      }
      return q.map((rs, ctx) -> IncidentViews.view(rs, List.of(), List.of())).list();
    });
  }

  @Override
  public List<IncidentView> recent(IncidentFilter filter, int limit) {
    return db.inTransaction(h -> IncidentViews.filtered(h, filter, "ORDER BY updated_at DESC, id DESC")
        .setMaxRows(limit).map((rs, ctx) -> IncidentViews.view(rs, List.of(), List.of()))
        .list());
  }

  @Override
  public Optional<StoredArticle> article(long id) {
    return db.inTransaction(h -> h.createQuery("""
            SELECT a.id, a.input_id, a.story_id, a.version, a.record, i.name, i.url, i.title,
                   i.published,
                   (SELECT MAX(b.id) FROM article b WHERE b.input_id = a.input_id) AS newer
            FROM article a JOIN input i ON i.id = a.input_id WHERE a.id = :id""")
        .bind("id", id)
        .map((rs, ctx) -> new StoredArticle(rs.getLong("id"), rs.getLong("newer"),
            rs.getLong("input_id"), rs.getLong("story_id"), rs.getString("name"),
            rs.getString("url"), rs.getString("title"), rs.getString("published"),
            rs.getString("version"), rs.getString("record")))
        .findOne());
  }

  @Override
  public void eachIncident(IncidentFilter filter, Consumer<IncidentView> sink) {
    long after = 0;
    int sent = 0;
    while (filter.limit() == 0 || sent < filter.limit()) {
      long from = after;
      List<IncidentView> page = db.inTransaction(h -> {
        Query q = IncidentViews.filtered(h, filter, "AND id > :after ORDER BY id");
        q.bind("after", from).setMaxRows(PAGE);
        List<IncidentView> found = new ArrayList<>();
        for (long id : q.map((rs, ctx) -> rs.getLong("id")).list()) {
          found.add(views.view(h, id));
        }
        return found;
      });
      if (page.isEmpty()) {
        return;
      }
      for (IncidentView v : page) {
        if (filter.limit() > 0 && sent >= filter.limit()) {
          return;
        }
        sink.accept(v);
        sent++;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  @Override
  public Optional<IncidentView> incident(long id) {
    return db.inTransaction(h -> {
      Long at = id;
      for (int hops = 0; hops < 100; hops++) {
        Optional<Long> next = h.createQuery("SELECT merged_into FROM incident WHERE id = :id")
            .bind("id", at).mapTo(Long.class).findOne();
        if (h.createQuery("SELECT COUNT(*) FROM incident WHERE id = :id").bind("id", at)
            .mapTo(Integer.class).one() == 0) {
          return Optional.empty();
        }
        if (next.isEmpty()) {
          return Optional.of(views.view(h, at));
        }
        at = next.get();
      }
      throw new StoreException("incident " + id + " is merged in a loop");
    });
  }

  @Override
  public Optional<StoryView> story(long id) {
    return db.inTransaction(h -> stories.view(h, id));
  }

  @Override
  public List<ArticleRef> search(String words, int limit) {
    if (words.isBlank()) {
      return List.of();
    }
    List<String> each = List.of(words.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    return db.inTransaction(h -> inputs.search(h, each, limit));
  }

  @Override
  public List<PlaceSummary> places(IncidentFilter filter) {
    return db.inTransaction(h -> IncidentViews.filtered(h, filter, """
            place_name, country, admin1, MIN(lat) AS lat, MIN(lon) AS lon, COUNT(*) AS n,
            SUM(COALESCE(killed_best, killed_low, killed_high, 0)) AS killed,
            MIN(date_from) AS first_day, MAX(date_to) AS last_day""",
            "AND place_name IS NOT NULL GROUP BY place_name, country, admin1 "
                + "ORDER BY n DESC, killed DESC, place_name")
        .setMaxRows(filter.limit() > 0 ? filter.limit() : Integer.MAX_VALUE)
        .map((rs, ctx) -> new PlaceSummary(rs.getString("place_name"), rs.getString("country"),
            rs.getString("admin1"), EventRows.dbl(rs, "lat"), EventRows.dbl(rs, "lon"),
            rs.getInt("n"), rs.getInt("killed"), EventRows.date(rs, "first_day"),
            EventRows.date(rs, "last_day")))
        .list());
  }

  @Override
  public IncidentView merge(long into, long from, String user, String reason) {
    if (into == from) {
      throw new StoreException("cannot merge incident " + into + " into itself");
    }
    db.useTransaction(h -> edits.merge(h, into, from, user, reason));
    return incident(into).orElseThrow();
  }

  @Override
  public IncidentView split(long id, List<String> eventKeys, String user, String reason) {
    long created = db.inTransaction(h -> edits.split(h, id, eventKeys, user, reason));
    return incident(created).orElseThrow();
  }

  @Override
  public IncidentView review(long id, String field, String verdict, String value, String user,
      String reason) {
    FieldReview r = new FieldReview(field, verdict, value, user, Instant.now(), reason);
    ReviewedValues.check(r);
    db.useTransaction(h -> {
      IncidentEdits.requireLive(h, id);
      List<String> members = Corrections.memberKeys(h, id);
      if (members.isEmpty()) {
        throw new StoreException("incident " + id + " has no events left to review");
      }
      IncidentView before = views.view(h, id);
      reviews.add(h, r, members);
      incidentRows.refresh(h, id);
      corrections.audit(h, user, "review " + verdict, "incident " + id + " " + field,
          ReviewedValues.of(before, field), value, reason);
    });
    return incident(id).orElseThrow();
  }

  @Override
  public Watch addWatch(String owner, String name, IncidentFilter filter, String webhook,
      String secret) {
    if ((webhook == null) != (secret == null)) {
      throw new IllegalArgumentException("a webhook and its secret come together");
    }
    return db.inTransaction(h -> {
      Watch w = watches.add(h, owner, name, filter, webhook, secret);
      corrections.audit(h, owner, "watch", "watch " + w.id(), null, name, "new watch");
      return w;
    });
  }

  @Override
  public List<Watch> watches() {
    return db.inTransaction(watches::all);
  }

  @Override
  public Optional<Watch> watch(long id) {
    return db.inTransaction(h -> watches.byId(h, id));
  }

  @Override
  public void removeWatch(long id, String user) {
    db.useTransaction(h -> {
      Watch w = watches.byId(h, id).orElseThrow(() -> new StoreException("no watch " + id));
      watches.remove(h, id);
      corrections.audit(h, user, "unwatch", "watch " + id, w.name(), null, "watch removed");
    });
  }

  @Override
  public List<Watch> dueWatches(Instant now) {
    return db.inTransaction(h -> watches.due(h, now));
  }

  @Override
  public List<Watch.Pending> pending(long watch, int limit) {
    return db.inTransaction(h -> watches.pending(h, watch, limit));
  }

  @Override
  public void delivered(long watch, List<Watch.Pending> sent) {
    db.useTransaction(h -> watches.delivered(h, watch, sent));
  }

  @Override
  public void deliveryFailed(long watch, String error, Instant nextAttempt) {
    db.useTransaction(h -> watches.failed(h, watch, error, nextAttempt));
  }

  @Override
  public User addUser(String name, String passwordHash, String role) {
    return db.inTransaction(h -> users.add(h, name, passwordHash, role));
  }

  @Override
  public Optional<User> user(String name) {
    return db.inTransaction(h -> users.named(h, name));
  }

  @Override
  public void addToken(String name, String tokenHash, String label) {
    db.useTransaction(h -> users.addToken(h, name, tokenHash, label));
  }

  @Override
  public Optional<User> userByToken(String tokenHash) {
    return db.inTransaction(h -> users.byToken(h, tokenHash));
  }

  @Override
  public List<AuditEntry> audit(int limit) {
    return db.inTransaction(h -> users.audit(h, limit));
  }

  @Override
  public void close() {
    db.close();
  }
}
