package org.vigil.geo;

import java.util.Objects;
import org.vigil.model.Span;

/**
 * One mention of one of the article's places, with the part it plays where it stands. The
 * place step reads the words around each name once; later steps take its role rather than read
 * them again. An internal fact ({@link PlaceExtractor#PLACE_MENTIONS}): the article record
 * keeps only the spans ({@link org.vigil.model.Place#mentions}).
 *
 * @param placeId the id of the place among the article's places
 * @param span the characters that name it
 * @param role what the mention does
 */
public record PlaceMention(String placeId, Span span, Role role) {

  public PlaceMention {
    Objects.requireNonNull(placeId);
    Objects.requireNonNull(span);
    Objects.requireNonNull(role);
  }

  /** What a mention of a place does in its sentence; only a {@link #SCENE} says where. */
  public enum Role {
    /** Names where something may have happened: "shelling in Aleppo". */
    SCENE,
    /**
     * Names or describes a side, a group or a person: "Syrian army", "a Britain-based
     * monitor", "an Aleppo native", a country that speaks or strikes ("Russia said", "Turkey
     * shelling"). It says whose the actors are, not where.
     */
    ACTOR,
    /**
     * Names the home of actors: "Lucknow residents". An actor's, but where they act when the
     * text names no other scene.
     */
    HOME,
    /** Lies inside an organisation's name: "Syrian" in "Syrian Observatory for Human Rights". */
    IN_ORGANISATION_NAME,
    /** A people's adjective that is neither of those: "Syrian civilians". It says whose. */
    DEMONYM
  }
}
