package org.vigil.geo;

/**
 * An adjective naming a place's people or things ("Syrian", "European") and what it points
 * to: a country code, or the name of a region entry above countries.
 */
public record Demonym(String word, String target) {}
