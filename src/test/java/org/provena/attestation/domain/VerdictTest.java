package org.provena.attestation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerdictTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final Duration WINDOW = Verdict.EXPIRING_WITHIN;
  private static final SignatureCheck VALID = SignatureCheck.valid(UUID.randomUUID(), "key", null);
  private static final SignatureCheck UNSIGNED =
      SignatureCheck.unsigned("the envelope carries no signature");

  private static Verdict decide(
      SignatureCheck signature, SubjectBinding binding, Instant validFrom, Instant expiresAt) {
    return Verdict.decide(signature, binding, "bound as said", validFrom, expiresAt, NOW, WINDOW);
  }

  @Test
  void a_valid_signature_on_the_delivered_artifact_within_its_dates_is_verified() {
    Verdict v = decide(VALID, SubjectBinding.MATCHED, null, NOW.plus(Duration.ofDays(90)));
    assertThat(v.status()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(v.reason()).isNull();
  }

  @Test
  void a_rotated_keys_note_is_kept_as_the_reason_of_a_verified_attestation() {
    Verdict v =
        decide(
            SignatureCheck.valid(UUID.randomUUID(), "key", "signed with a rotated key"),
            SubjectBinding.MATCHED,
            null,
            null);
    assertThat(v.status()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(v.reason()).isEqualTo("signed with a rotated key");
  }

  @Test
  void an_invalid_signature_outweighs_everything_and_says_why() {
    Verdict v =
        decide(
            SignatureCheck.invalid("the payload was changed after signing", "key"),
            SubjectBinding.MATCHED,
            null,
            NOW.minus(Duration.ofDays(1)));
    assertThat(v.status()).isEqualTo(VerificationStatus.INVALID);
    assertThat(v.reason()).isEqualTo("the payload was changed after signing");
  }

  @Test
  void a_subject_that_is_not_the_delivered_artifact_is_invalid_with_the_comparison() {
    Verdict v = decide(VALID, SubjectBinding.MISMATCHED, null, null);
    assertThat(v.status()).isEqualTo(VerificationStatus.INVALID);
    assertThat(v.reason()).isEqualTo("bound as said");
  }

  @Test
  void evidence_not_yet_valid_is_invalid() {
    Verdict v = decide(VALID, SubjectBinding.NOT_APPLICABLE, NOW.plus(Duration.ofDays(3)), null);
    assertThat(v.status()).isEqualTo(VerificationStatus.INVALID);
    assertThat(v.reason()).isEqualTo("not valid before 2026-12-04");
  }

  @Test
  void evidence_past_its_expiry_is_expired_even_when_unsigned() {
    Verdict v = decide(UNSIGNED, SubjectBinding.NOT_APPLICABLE, null, NOW.minusSeconds(1));
    assertThat(v.status()).isEqualTo(VerificationStatus.EXPIRED);
    assertThat(v.reason()).isEqualTo("expired on 2026-12-01");
  }

  @Test
  void evidence_expiring_within_thirty_days_is_expiring_with_its_date() {
    Verdict v = decide(VALID, SubjectBinding.NOT_APPLICABLE, null, NOW.plus(Duration.ofDays(12)));
    assertThat(v.status()).isEqualTo(VerificationStatus.EXPIRING);
    assertThat(v.reason()).isEqualTo("expires on 2026-12-13");
  }

  @Test
  void unsigned_evidence_near_its_expiry_is_expiring_and_still_says_it_is_unsigned() {
    Verdict v = decide(UNSIGNED, SubjectBinding.UNKNOWN, null, NOW.plus(Duration.ofHours(5)));
    assertThat(v.status()).isEqualTo(VerificationStatus.EXPIRING);
    assertThat(v.reason()).isEqualTo("expires on 2026-12-01; the envelope carries no signature");
  }

  @Test
  void unsigned_evidence_far_from_its_expiry_is_unsigned() {
    Verdict v = decide(UNSIGNED, SubjectBinding.UNKNOWN, null, NOW.plus(Duration.ofDays(200)));
    assertThat(v.status()).isEqualTo(VerificationStatus.UNSIGNED);
    assertThat(v.reason()).isEqualTo("the envelope carries no signature");
  }

  @Test
  void a_subject_that_cannot_be_checked_does_not_make_evidence_invalid() {
    assertThat(decide(VALID, SubjectBinding.UNKNOWN, null, null).status())
        .isEqualTo(VerificationStatus.VERIFIED);
  }
}
