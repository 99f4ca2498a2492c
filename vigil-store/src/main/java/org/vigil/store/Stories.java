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
}
