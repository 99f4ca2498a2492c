package org.vigil.quotes;

/**
 * Who said something: an id of the article's people or organisations (null when the article
 * names the speaker only by a description or a name no earlier step found) and the name as
 * the record gives it.
 */
record Speaker(String id, String name, boolean person) {}
