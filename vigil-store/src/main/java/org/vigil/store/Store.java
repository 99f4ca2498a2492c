package org.vigil.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.document.Document;
import org.vigil.model.Article;

/**
 * Vigil's store: every input kept verbatim, every record beside its earlier versions, copies of
 * one story grouped, and events of many reports linked into incidents. One schema, on an
 * embedded H2 file or a PostgreSQL server ({@link #open}).
 *
 * <p>Each write is one transaction: a crash leaves no half-written input, record or incident,
 * and writing the same thing again adds nothing. Safe to share between threads.
 */
public interface Store extends AutoCloseable {

  /** Opens (and if need be creates or migrates) the store at {@code location}. */
  static Store open(StoreLocation location) {
    return new SqlStore(new Database(location));
  }

  StoreLocation location();

  /** A stored input: its id and whether this call added it. */
  record Receipt(long inputId, boolean added) {}

  /** Keeps an input before anything is extracted from it; the same input again adds nothing. */
  Receipt receive(Document document);

  /** Records that an input could not be read or extracted, and why. */
  void fail(String input, Long inputId, String reason);

  /** Whether the input has a record written by extractor {@code version}. */
  boolean extracted(long inputId, String version);

  /** Inputs stored with no record at all (a run stopped before extracting them), in order. */
  List<Long> unextracted();

  /** The stored input as a document to extract. */
  Document document(long inputId);

  /** What saving a record did: its row, its story, the incident of each event. */
  record Saved(long articleId, long storyId, List<Long> incidents, boolean added) {}

  /**
   * Saves the record extracted from input {@code inputId}: the record beside earlier versions,
   * its story, its events and their incidents, in one transaction. Saving a record of a version
   * already saved for the input adds nothing.
   */
  Saved save(long inputId, Article article);

  /** How much the store holds. */
  record Counts(long inputs, long articles, long stories, long events, long incidents,
      long failures) {}

  Counts counts();

  /** Incidents matching {@code filter}, by date, with their sources. */
  List<IncidentView> incidents(IncidentFilter filter);

  /**
   * Incidents matching {@code filter}, newest first (undated last), as one query: their
   * summaries with the counts of sources and stories but no reports ({@link IncidentView#reports()}
   * is empty). What a map or a list reads.
   */
  List<IncidentView> summaries(IncidentFilter filter);

  /** Every incident matching {@code filter}, in id order, without holding them all. */
  void eachIncident(IncidentFilter filter, Consumer<IncidentView> sink);

  /** The incident {@code id}; one merged into another gives that other. */
  Optional<IncidentView> incident(long id);

  /** The stored article {@code id}: its newest record and the input it was read from. */
  Optional<StoredArticle> article(long id);

  /**
   * A stored article as a list shows it: its newest record's row, where it came from and, from
   * a search, the passage that matched (else null).
   */
  record ArticleRef(long id, String input, String url, String title, String published,
      String agency, String passage) {}

  /** A story: the copies of one text and the incidents they report. */
  record StoryView(long id, LocalDate firstDay, List<ArticleRef> copies, List<Long> incidents) {}

  Optional<StoryView> story(long id);

  /**
   * The articles whose title or text hold every one of {@code words} (any case), newest first,
   * at most {@code limit}. It reads the texts themselves, without an index: a second or so for
   * a store of a hundred thousand articles.
   */
  List<ArticleRef> search(String words, int limit);

  /** A place of incidents: how many there were there, how many killed, and when. */
  record PlaceSummary(String name, String country, String admin1, Double lat, Double lon,
      int incidents, int killed, LocalDate first, LocalDate last) {}

  /** The places of the incidents matching {@code filter}, those with most incidents first. */
  List<PlaceSummary> places(IncidentFilter filter);

  /**
   * Merges incident {@code from} into {@code into}: its events move, it points to {@code into},
   * and the correction holds through re-extraction and re-linking. Recorded in the audit log.
   */
  IncidentView merge(long into, long from, String user, String reason);

  /**
   * Moves the events {@code eventKeys} of incident {@code id} into a new incident, kept apart
   * from the rest through re-extraction and re-linking. Recorded in the audit log.
   */
  IncidentView split(long id, List<String> eventKeys, String user, String reason);

  /**
   * Gives an analyst's verdict on one field of incident {@code id} (see {@link FieldReview} and,
   * for the values a correction gives, {@link ReviewedValues}). The newest verdict on a field
   * holds through re-extraction and re-linking; exports show it. Recorded in the audit log.
   *
   * @throws IllegalArgumentException for a field, verdict or value that is not one
   */
  IncidentView review(long id, String field, String verdict, String value, String user,
      String reason);

  /** Incidents matching {@code filter}, most recently changed first, as summaries. */
  List<IncidentView> recent(IncidentFilter filter, int limit);

  /**
   * Saves a watch of {@code owner}. Its webhook, when it has one, gets every incident that
   * matches {@code filter} and changes from now on.
   */
  Watch addWatch(String owner, String name, IncidentFilter filter, String webhook,
      String secret);

  List<Watch> watches();

  Optional<Watch> watch(long id);

  /** Removes watch {@code id} and its undelivered changes. Recorded in the audit log. */
  void removeWatch(long id, String user);

  /** Watches with deliveries waiting whose back-off is over at {@code now}. */
  List<Watch> dueWatches(java.time.Instant now);

  /** The oldest {@code limit} changes waiting for watch {@code watch}. */
  List<Watch.Pending> pending(long watch, int limit);

  /** Takes delivered changes off the queue, and clears the watch's failures. */
  void delivered(long watch, List<Watch.Pending> sent);

  /** Notes a failed delivery: the changes stay queued until {@code nextAttempt}. */
  void deliveryFailed(long watch, String error, java.time.Instant nextAttempt);

  /**
   * One who may change the store through the web app.
   *
   * @param role {@code admin} or {@code reviewer}
   * @param passwordHash the password's bcrypt hash, never the password
   */
  record User(long id, String name, String role, String passwordHash) {}

  /** Adds a user; a name already taken is refused. */
  User addUser(String name, String passwordHash, String role);

  Optional<User> user(String name);

  /** Keeps an API token of user {@code name} as its hash: the token itself is not stored. */
  void addToken(String name, String tokenHash, String label);

  /** The user whose token has {@code tokenHash}. */
  Optional<User> userByToken(String tokenHash);

  /** One change in the audit log: who, when, what it was, what it became and why. */
  record AuditEntry(long id, String by, java.time.Instant at, String action, String target,
      String oldValue, String newValue, String reason) {}

  /** The newest {@code limit} changes, newest first. */
  List<AuditEntry> audit(int limit);

  @Override
  void close();
}
