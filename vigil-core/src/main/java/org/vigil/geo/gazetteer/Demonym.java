package org.vigil.geo.gazetteer;

/**
 * An adjective naming a place's people or things ("Syrian", "European") and what it points
 * to: a country code, or the name of a region entry above countries.
 */
record Demonym(String word, String target) {}
