package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vigil.stories.StoryChooser;
import org.vigil.stories.TextSignature;

/**
 * Groups copies of one wire story ({@link StoryChooser}): the candidates are the stories that
 * share a MinHash band with the text, which keeps the lookup to a handful of rows however many
 * stories the store holds.
 */
final class Stories {

  /** The story of input {@code inputId}'s text, published on {@code day} (or null). */
  long storyOf(Handle h, long inputId, String text, LocalDate day) {
    Optional<Long> earlier = h.createQuery(
            "SELECT story_id FROM article WHERE input_id = :id ORDER BY id DESC")
        .bind("id", inputId).setMaxRows(1).mapTo(Long.class).findFirst();
    if (earlier.isPresent()) {
      return earlier.get(); // a re-extraction: the text, hence the story, is the same
    }
    TextSignature signature = TextSignature.of(text);
    long[] bands = signature.bands();
    List<StoryChooser.Candidate> candidates = h.createQuery("""
            SELECT DISTINCT s.id, s.signature, s.first_day FROM story_band b
            JOIN story s ON s.id = b.story_id WHERE b.band IN (<bands>)""")
        .bindList("bands", Arrays.stream(bands).boxed().toList())
        .map((rs, ctx) -> new StoryChooser.Candidate(rs.getLong("id"),
            TextSignature.fromBytes(rs.getBytes("signature")),
            rs.getObject("first_day", LocalDate.class)))
        .list();
    OptionalLong copy = StoryChooser.copyOf(signature, day, candidates);
    if (copy.isPresent()) {
      return copy.getAsLong();
    }
    long id = h.createUpdate(
            "INSERT INTO story (signature, first_day, created_at) VALUES (:sig, :day, :at)")
        .bind("sig", signature.toBytes())
        .bindByType("day", day, LocalDate.class)
        .bind("at", Instant.now())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    PreparedBatch batch = h.prepareBatch(
        "INSERT INTO story_band (band, story_id) VALUES (:band, :story)");
    Arrays.stream(bands).distinct().forEach(b -> batch.bind("band", b).bind("story", id).add());
    batch.execute();
    return id;
  }

  /** Story {@code id}: the newest record of each of its copies, and the incidents they tell. */
  Optional<Store.StoryView> view(Handle h, long id) {
    Optional<LocalDate> first = h.createQuery("SELECT first_day FROM story WHERE id = :id")
        .bind("id", id).map((rs, ctx) -> rs.getObject(1, LocalDate.class)).findOne();
    if (h.createQuery("SELECT COUNT(*) FROM story WHERE id = :id").bind("id", id)
        .mapTo(Integer.class).one() == 0) {
      return Optional.empty();
    }
    List<Store.ArticleRef> copies = h.createQuery("""
            SELECT a.id, a.agency, i.name, i.url, i.title, i.published FROM article a
            JOIN input i ON i.id = a.input_id
            WHERE a.story_id = :id
              AND a.id = (SELECT MAX(b.id) FROM article b WHERE b.input_id = a.input_id)
            ORDER BY i.published, a.id""")
        .bind("id", id)
        .map((rs, ctx) -> new Store.ArticleRef(rs.getLong("id"), rs.getString("name"),
            rs.getString("url"), rs.getString("title"), rs.getString("published"),
            rs.getString("agency"), null))
        .list();
    List<Long> incidents = h.createQuery("""
            SELECT DISTINCT ie.incident_id FROM incident_event ie
            JOIN event e ON e.id = ie.event_id JOIN article a ON a.id = e.article_id
            WHERE a.story_id = :id AND e.is_current ORDER BY ie.incident_id""")
        .bind("id", id).mapTo(Long.class).list();
    return Optional.of(new Store.StoryView(id, first.orElse(null), copies, incidents));
  }
}
