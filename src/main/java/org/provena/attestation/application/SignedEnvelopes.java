package org.provena.attestation.application;

import java.util.List;
import java.util.Optional;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.TrustAnchor;

/**
 * Opens a signed document of another context (a VEX document in a DSSE envelope) and checks its
 * signature like an attestation's.
 */
public interface SignedEnvelopes {

  /**
   * The envelope's content and signature check; empty when the document is not a DSSE envelope.
   *
   * @param payloadType the envelope's payload type
   * @param payload the signed content; for an in-toto statement whose predicate is itself a
   *     document (OpenVEX, CycloneDX), that predicate as JSON bytes
   */
  record Opened(String payloadType, byte[] payload, SignatureCheck signature) {}

  Optional<Opened> open(byte[] document, List<TrustAnchor> anchors) throws InvalidEvidenceException;
}
