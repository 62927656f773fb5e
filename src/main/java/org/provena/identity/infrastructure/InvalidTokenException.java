package org.provena.identity.infrastructure;

/** A bearer or ID token that Provena does not accept; the message says why, for the 401 answer. */
public class InvalidTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String message) {
    super(message);
  }

  public InvalidTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
