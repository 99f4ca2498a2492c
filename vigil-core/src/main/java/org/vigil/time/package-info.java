/**
 * Time: the document date and every time expression, normalised to TIMEX3.
 *
 * <p>Three steps, in this order: {@link org.vigil.time.TimeMentionExtractor} finds expressions
 * with SUTime (one instance per thread) and a few rules of its own, unresolved; {@link
 * org.vigil.time.DocumentDateExtractor} takes the given publication date or infers one from
 * those mentions; {@link org.vigil.time.TimeExtractor} resolves every mention against that date.
 * The mentions travel between them as an internal fact, {@link
 * org.vigil.time.TimeMentionExtractor#MENTIONS}.
 */
package org.vigil.time;
