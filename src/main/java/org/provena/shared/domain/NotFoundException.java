package org.provena.shared.domain;

/** The object asked for does not exist, or does not exist for this caller. */
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
