package org.vigil.model;

/**
 * Where a document came from: the caller's id, its URL, the news agency and the title.
 * Any of them may be null when the input does not say.
 */
public record Source(String id, String url, String agency, String title) {

  public Source withAgency(String newAgency) {
    return new Source(id, url, newAgency, title);
  }
}
