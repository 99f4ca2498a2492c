/**
 * Places: toponyms found in the text and resolved to coordinates with an honest precision.
 *
 * <p>Flow: {@link org.vigil.geo.ToponymFinder} (CoreNLP's LOCATION mentions plus gazetteer
 * matches, cues and the dateline) &gt; {@link org.vigil.geo.ToponymResolver} (one gazetteer
 * place per toponym, or the containing region as fallback) &gt;
 * {@link org.vigil.geo.PlaceExtractor} (one {@code Place} per resolved place, all mentions) &gt;
 * {@link org.vigil.geo.MentionRoles} (each mention's role: a scene, an actor, inside an
 * organisation's name, a demonym; later steps read it rather than the words again).
 *
 * <p>The places themselves, and how the gazetteer is built, stored and looked up, are
 * {@link org.vigil.geo.gazetteer}; this package only reads it.
 */
package org.vigil.geo;
