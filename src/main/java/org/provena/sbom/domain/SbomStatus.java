package org.provena.sbom.domain;

/**
 * Where an uploaded SBOM stands: its original is stored ({@code PENDING}), it is being read ({@code
 * PROCESSING}), its inventory is recorded ({@code PROCESSED}) or it failed validation ({@code
 * REJECTED}).
 */
public enum SbomStatus {
  PENDING,
  PROCESSING,
  PROCESSED,
  REJECTED
}
