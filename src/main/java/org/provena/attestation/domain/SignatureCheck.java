package org.provena.attestation.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of checking a document's signature.
 *
 * @param reason why, in one sentence a supplier can act on; required unless {@code VALID}
 * @param signingIdentityId the registered identity whose signature verified (VALID only)
 * @param signer who signed, as the signature says: a key id or fingerprint, a certificate's subject
 *     and issuer; null when unsigned
 */
public record SignatureCheck(
    SignatureOutcome outcome, String reason, UUID signingIdentityId, String signer) {

  public SignatureCheck {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome != SignatureOutcome.VALID && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("An unsigned or invalid signature says why");
    }
  }

  public static SignatureCheck unsigned(String reason) {
    return new SignatureCheck(SignatureOutcome.UNSIGNED, reason, null, null);
  }

  public static SignatureCheck valid(UUID signingIdentityId, String signer, String note) {
    return new SignatureCheck(SignatureOutcome.VALID, note, signingIdentityId, signer);
  }

  public static SignatureCheck invalid(String reason, String signer) {
    return new SignatureCheck(SignatureOutcome.INVALID, reason, null, signer);
  }
}
