package org.provena.attestation.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.provena.attestation.application.AttestationView;

/**
 * An attestation in the API: {@code kind}, {@code subject} (with how it binds to the release),
 * {@code verification} ({@code status}: verified, unsigned, invalid, expired, expiring; {@code
 * reason}), {@code expiresAt}, and what the kind adds (SLSA build level, details).
 */
public record AttestationResponse(
    UUID id,
    UUID supplierId,
    UUID componentReleaseId,
    String kind,
    String mediaType,
    String predicateType,
    Subject subject,
    String issuer,
    Instant issuedAt,
    Instant validFrom,
    Instant expiresAt,
    Verification verification,
    Integer slsaBuildLevel,
    JsonStructure details,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  /**
   * @param binding matched, mismatched, not_applicable or unknown
   * @param all every subject the document names
   */
  public record Subject(
      String name, String digest, String binding, String reason, JsonStructure all) {}

  /**
   * @param signature how the signature alone checked out: valid, unsigned or invalid
   * @param signer who signed, as the signature says
   * @param signingIdentityId the supplier's registered identity that verified it
   */
  public record Verification(
      String status,
      String reason,
      String signature,
      String signer,
      UUID signingIdentityId,
      Instant verifiedAt) {}

  static AttestationResponse of(AttestationView v) {
    return new AttestationResponse(
        v.id(),
        v.supplierId(),
        v.componentReleaseId(),
        lower(v.kind()),
        v.mediaType(),
        v.predicateType(),
        new Subject(
            v.subjectName(),
            v.subjectDigest(),
            lower(v.subjectBinding()),
            v.bindingReason(),
            json(v.subjectsJson())),
        v.issuer(),
        v.issuedAt(),
        v.validFrom(),
        v.expiresAt(),
        new Verification(
            lower(v.status()),
            v.reason(),
            lower(v.signatureOutcome()),
            v.signer(),
            v.signingIdentityId(),
            v.verifiedAt()),
        v.slsaBuildLevel(),
        json(v.detailsJson()),
        v.originalSha256(),
        v.uploadedBy(),
        v.uploadedAt());
  }

  static String lower(String name) {
    return name == null ? null : name.toLowerCase(Locale.ROOT);
  }

  private static JsonStructure json(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
