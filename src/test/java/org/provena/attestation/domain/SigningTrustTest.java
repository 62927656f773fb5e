package org.provena.attestation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.provena.shared.domain.KeyAlgorithm;
import org.provena.supplier.domain.SigningIdentityKind;
import org.provena.supplier.domain.SigningIdentityStatus;

class SigningTrustTest {

  static TrustAnchor key(SigningIdentityStatus status, Instant revokedAt, String reason) {
    return new TrustAnchor(
        UUID.randomUUID(),
        SigningIdentityKind.PUBLIC_KEY,
        KeyAlgorithm.ED25519,
        null,
        "pem",
        "3fa4c1d2e5b6a7980011223344556677",
        null,
        null,
        status,
        Instant.parse("2024-01-01T00:00:00Z"),
        revokedAt,
        reason);
  }

  @Test
  void an_active_identity_wins_over_a_revoked_one_for_the_same_signature() {
    TrustAnchor revoked =
        key(SigningIdentityStatus.REVOKED, Instant.parse("2025-03-01T00:00:00Z"), "leaked");
    TrustAnchor active = key(SigningIdentityStatus.ACTIVE, null, null);

    SignatureCheck check = SigningTrust.judge(List.of(revoked, active), "k", "unregistered");

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.VALID);
    assertThat(check.signingIdentityId()).isEqualTo(active.id());
  }

  @Test
  void a_revocation_without_date_or_reason_still_reads_as_a_sentence() {
    TrustAnchor revoked = key(SigningIdentityStatus.REVOKED, null, " ");

    assertThat(SigningTrust.judge(List.of(revoked), "k", "unregistered").reason())
        .isEqualTo("signed with key 3fa4c1d2e5b6 revoked: no reason given");
  }

  @Test
  void no_identity_gives_the_unregistered_reason() {
    SignatureCheck check = SigningTrust.judge(List.of(), "k", "not a registered key");

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(check.reason()).isEqualTo("not a registered key");
    assertThat(check.signer()).isEqualTo("k");
  }
}
