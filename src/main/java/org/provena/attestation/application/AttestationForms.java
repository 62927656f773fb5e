package org.provena.attestation.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.provena.attestation.domain.AttestationKind;
import org.provena.attestation.domain.SecureDevelopmentStatement;

/** What a supplier enters in the portal (or sends as JSON) for evidence that comes as a PDF. */
public final class AttestationForms {

  private AttestationForms() {}

  /**
   * A certificate or report: IEC 62443-4-1, ISO/IEC 27001, a penetration-test summary.
   *
   * @param componentReleaseId the release it concerns (a penetration test of one release), or null
   *     for the supplier as a whole
   * @param reference the certificate or report number
   */
  public record Certificate(
      AttestationKind kind,
      UUID componentReleaseId,
      String issuer,
      String scope,
      String reference,
      LocalDate validFrom,
      LocalDate validUntil) {}

  /**
   * CISA's Secure Software Development Attestation Form, as the supplier filled it in.
   *
   * @param allProducts the attestation covers all of the supplier's software
   * @param componentReleaseIds otherwise, the releases it covers
   * @param attested the statements of Section III the producer attests to
   * @param exceptions for statements not attested: the plan of action and milestones, in words
   */
  public record SecureDevelopment(
      boolean allProducts,
      List<UUID> componentReleaseIds,
      Set<SecureDevelopmentStatement> attested,
      String exceptions,
      String contactName,
      String contactEmail,
      String signerName,
      String signerTitle,
      LocalDate signedOn) {}
}
