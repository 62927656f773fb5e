package org.provena.sbom.domain.quality;

/** What one component (or the document) says about one checked field. */
enum Presence {
  PRESENT,
  DECLARED_UNKNOWN,
  DECLARED_WITHHELD,
  MISSING,
  /** Something is given but it does not satisfy the check (a weak hash, an unreadable date). */
  INSUFFICIENT
}
