package org.provena.attestation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * An attestation's verification status with the reason a supplier can act on. One status answers
 * "can this evidence be relied on today?", so the worst finding wins: a signature that fails, a
 * subject that is not the delivered artifact or evidence not yet valid make it {@code INVALID};
 * then past its expiry {@code EXPIRED}; then within the warning window before expiry {@code
 * EXPIRING} (renewing it is what is due, signed or not: most certificate PDFs are not signed); then
 * without a signature {@code UNSIGNED}; else {@code VERIFIED}.
 */
public record Verdict(VerificationStatus status, String reason) {

  public Verdict {
    Objects.requireNonNull(status, "status");
  }

  /** The default warning window before expiry (issue 5: "expiring (30 days)"). */
  public static final Duration EXPIRING_WITHIN = Duration.ofDays(30);

  public static Verdict decide(
      SignatureCheck signature,
      SubjectBinding binding,
      String bindingReason,
      Instant validFrom,
      Instant expiresAt,
      Instant now,
      Duration expiringWithin) {
    Objects.requireNonNull(signature, "signature");
    if (signature.outcome() == SignatureOutcome.INVALID) {
      return new Verdict(VerificationStatus.INVALID, signature.reason());
    }
    if (binding == SubjectBinding.MISMATCHED) {
      return new Verdict(
          VerificationStatus.INVALID,
          bindingReason != null
              ? bindingReason
              : "its subject is not the delivered artifact of the release");
    }
    if (validFrom != null && validFrom.isAfter(now)) {
      return new Verdict(VerificationStatus.INVALID, "not valid before " + day(validFrom));
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      return new Verdict(VerificationStatus.EXPIRED, "expired on " + day(expiresAt));
    }
    boolean expiring = expiresAt != null && expiresAt.isBefore(now.plus(expiringWithin));
    // The date, not a countdown: the reason is stored and audited, and must not change daily.
    String expiry = expiring ? "expires on " + day(expiresAt) : null;
    if (expiring) {
      return new Verdict(
          VerificationStatus.EXPIRING,
          signature.outcome() == SignatureOutcome.UNSIGNED
              ? expiry + "; " + signature.reason()
              : expiry);
    }
    if (signature.outcome() == SignatureOutcome.UNSIGNED) {
      return new Verdict(VerificationStatus.UNSIGNED, signature.reason());
    }
    return new Verdict(VerificationStatus.VERIFIED, signature.reason());
  }

  private static LocalDate day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
