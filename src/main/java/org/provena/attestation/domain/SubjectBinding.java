package org.provena.attestation.domain;

/**
 * Whether the attestation's subject digest matches a hash of the delivered artifact (the component
 * release's recorded hashes); {@code NOT_APPLICABLE} for evidence about the supplier as a whole.
 */
public enum SubjectBinding {
  MATCHED,
  MISMATCHED,
  NOT_APPLICABLE,
  UNKNOWN
}
