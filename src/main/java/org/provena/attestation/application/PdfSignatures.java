package org.provena.attestation.application;

import java.util.List;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.TrustAnchor;

/**
 * Checks the digital signatures of a PDF (a signed secure-development attestation, a certificate):
 * unsigned when it has none; valid when a signature covers the whole document, its CMS signature
 * verifies and its signer's public key is one of the supplier's registered keys; invalid otherwise,
 * with the reason.
 */
public interface PdfSignatures {

  /**
   * @throws InvalidEvidenceException the bytes are not a PDF, or a PDF so broken it cannot be read
   */
  SignatureCheck check(byte[] pdf, List<TrustAnchor> anchors) throws InvalidEvidenceException;
}
