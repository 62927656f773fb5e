package org.provena.shared.domain;

/**
 * An attempt to write a row that belongs to a supplier outside the caller's scope. Answered as "not
 * found": to a supplier, another supplier's objects do not exist.
 */
public class ForeignSupplierAccessException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public ForeignSupplierAccessException(String what) {
    super(what);
  }
}
