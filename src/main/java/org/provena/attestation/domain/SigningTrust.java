package org.provena.attestation.domain;

import java.time.ZoneOffset;
import java.util.List;
import org.provena.supplier.domain.SigningIdentityStatus;

/**
 * The rule that turns "this signature verifies with these registered identities" into an outcome,
 * the same for every format (DSSE, JSF, PDF, Sigstore): an {@code ACTIVE} identity makes it valid;
 * a {@code ROTATED} one too, with a note, since what it signed before it was superseded stays
 * trusted; a signature that verifies only with {@code REVOKED} identities is invalid and says when
 * and why the identity was revoked, because the supplier withdrew its trust in it.
 */
public final class SigningTrust {

  private SigningTrust() {}

  /**
   * @param verifiedBy the registered identities the signature verifies with (possibly none)
   * @param signer who signed, as the signature names them
   * @param unregistered the reason when no registered identity verifies it
   */
  public static SignatureCheck judge(
      List<TrustAnchor> verifiedBy, String signer, String unregistered) {
    TrustAnchor revoked = null;
    TrustAnchor rotated = null;
    for (TrustAnchor anchor : verifiedBy) {
      if (anchor.isRevoked()) {
        revoked = revoked == null ? anchor : revoked;
      } else if (anchor.status() == SigningIdentityStatus.ACTIVE) {
        return SignatureCheck.valid(anchor.id(), signer, null);
      } else {
        rotated = rotated == null ? anchor : rotated;
      }
    }
    if (rotated != null) {
      return SignatureCheck.valid(rotated.id(), signer, "signed with a rotated key");
    }
    if (revoked != null) {
      return SignatureCheck.invalid(revocation(revoked), signer);
    }
    return SignatureCheck.invalid(unregistered, signer);
  }

  /** "signed with key 3fa4c1d2e5b6 revoked on 2025-03-01: laptop stolen". */
  public static String revocation(TrustAnchor anchor) {
    String what =
        anchor.certificateSubject() != null
            ? "by identity " + anchor.certificateSubject()
            : "with key " + shortFingerprint(anchor.fingerprint());
    String when =
        anchor.revokedAt() == null
            ? ""
            : " on " + anchor.revokedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    String why =
        anchor.revocationReason() == null || anchor.revocationReason().isBlank()
            ? "no reason given"
            : anchor.revocationReason();
    return "signed " + what + " revoked" + when + ": " + why;
  }

  /** The first 12 hex digits of a SHA-256 fingerprint: enough to tell a supplier's keys apart. */
  public static String shortFingerprint(String fingerprint) {
    if (fingerprint == null) {
      return "(unknown)";
    }
    return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
  }
}
