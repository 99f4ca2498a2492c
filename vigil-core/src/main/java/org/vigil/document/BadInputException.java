package org.vigil.document;

/** An input that cannot be read as a news article; the message names the input and why. */
public final class BadInputException extends Exception {
  private final String input;
  private final String reason;

  public BadInputException(String input, String reason) {
    super(input + ": " + reason);
    this.input = input;
    this.reason = reason;
  }

  public String input() {
    return input;
  }

  public String reason() {
    return reason;
  }
}
