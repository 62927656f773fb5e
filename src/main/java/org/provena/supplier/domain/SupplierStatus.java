package org.provena.supplier.domain;

/** Where a supplier is in its relationship with the manufacturer. */
public enum SupplierStatus {
  /** Invited by procurement; its users have not all signed in yet. */
  INVITED,
  /** Delivering evidence. */
  ACTIVE,
  /** Access ended by the manufacturer; its data stays, its users see nothing. */
  SUSPENDED
}
