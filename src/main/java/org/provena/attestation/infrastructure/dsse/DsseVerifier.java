package org.provena.attestation.infrastructure.dsse;

import java.util.ArrayList;
import java.util.List;
import org.provena.attestation.domain.SignatureCheck;
import org.provena.attestation.domain.SignatureOutcome;
import org.provena.attestation.domain.SigningTrust;
import org.provena.attestation.domain.TrustAnchor;
import org.provena.attestation.infrastructure.RegisteredKeys;

/**
 * Checks a DSSE envelope's signatures against the supplier's registered public keys. Every key is
 * tried for every signature, because a {@code keyid} is only a hint (envelope.md: "unauthenticated
 * hint"); the envelope is valid as soon as one signature verifies with a key that is not revoked
 * (protocol.md leaves the threshold to the verifier: Provena asks for one).
 */
public final class DsseVerifier {

  private DsseVerifier() {}

  public static SignatureCheck verify(DsseEnvelope envelope, List<TrustAnchor> anchors) {
    if (envelope.signatures().isEmpty()) {
      return SignatureCheck.unsigned("the DSSE envelope carries no signature");
    }
    RegisteredKeys keys = RegisteredKeys.of(anchors);
    byte[] pae = envelope.pae();
    SignatureCheck revoked = null;
    List<String> reasons = new ArrayList<>();
    String firstSigner = null;
    for (DsseEnvelope.Signature signature : envelope.signatures()) {
      List<TrustAnchor> verifiedBy = keys.verifying(pae, signature.sig());
      String signer = signer(signature, verifiedBy);
      firstSigner = firstSigner == null ? signer : firstSigner;
      if (verifiedBy.isEmpty()) {
        reasons.add(notVerified(signature, keys));
        continue;
      }
      SignatureCheck check = SigningTrust.judge(verifiedBy, signer, null);
      if (check.outcome() == SignatureOutcome.VALID) {
        return check;
      }
      revoked = revoked == null ? check : revoked;
    }
    return revoked != null
        ? revoked
        : SignatureCheck.invalid(String.join("; ", reasons), firstSigner);
  }

  private static String signer(DsseEnvelope.Signature signature, List<TrustAnchor> verifiedBy) {
    if (signature.keyid() != null) {
      return signature.keyid();
    }
    return verifiedBy.isEmpty() ? null : verifiedBy.get(0).fingerprint();
  }

  private static String notVerified(DsseEnvelope.Signature signature, RegisteredKeys keys) {
    String keyid = signature.keyid() == null ? "none given" : "'" + signature.keyid() + "'";
    if (keys.isEmpty()) {
      return "the supplier has registered no public key to verify the signature (keyid "
          + keyid
          + ")";
    }
    if (keys.names(signature.keyid())) {
      return "the signature by key '"
          + signature.keyid()
          + "' does not verify: the payload was changed or another key signed it";
    }
    return "no registered key of the supplier verifies the signature (keyid " + keyid + ")";
  }
}
