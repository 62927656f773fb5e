package org.provena.attestation.domain;

import java.time.Instant;

/**
 * What an attestation says about itself, whether read from a machine-readable original or entered
 * in the portal's form for a PDF.
 *
 * @param subjectsJson every subject it names, as JSON text; null when it names none
 * @param validFrom when the evidence became valid (a certificate's "valid from"), if it says
 * @param expiresAt when it stops being valid: a certificate's "valid until", the earliest CycloneDX
 *     evidence expiry, a secure-development attestation's renewal date
 * @param slsaBuildLevel the SLSA build level a provenance shows (0–3); null for other kinds
 * @param detailsJson kind-specific facts as JSON text for the portal and the API
 */
public record AttestationFacts(
    String predicateType,
    String subjectsJson,
    String issuer,
    Instant issuedAt,
    Instant validFrom,
    Instant expiresAt,
    Integer slsaBuildLevel,
    String detailsJson) {}
