package org.vigil.document;

/** What reading one input gave: a document, or the reason it could not be read. */
public sealed interface ReadOutcome {

  /** The input's name as messages show it. */
  String input();

  record Read(Document document) implements ReadOutcome {
    @Override
    public String input() {
      return document.name();
    }
  }

  record Failed(BadInputException error) implements ReadOutcome {
    @Override
    public String input() {
      return error.input();
    }
  }
}
