package org.provena.scoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the model scores a supplier on besides its releases' scores: its supplier-wide evidence, the
 * evidence requests still awaiting it, and its coordinated vulnerability disclosure contact.
 *
 * @param releaseIds every component release of the supplier (each is scored on its own)
 * @param evidence attestations about the supplier as a whole (no release named)
 * @param awaitedRequests evidence requests in state OPEN or OVERDUE; which of them are past due is
 *     decided against the scoring time
 * @param cvdContact the CVD contact; null or blank when none is registered
 * @param cvdPolicyUrl the CVD policy URL; null or blank when none is registered
 */
public record SupplierInputs(
    UUID supplierId,
    String name,
    List<UUID> releaseIds,
    List<EvidenceInputs> evidence,
    List<Request> awaitedRequests,
    String cvdContact,
    String cvdPolicyUrl) {

  public SupplierInputs {
    Objects.requireNonNull(supplierId, "supplierId");
    releaseIds = List.copyOf(releaseIds);
    evidence = List.copyOf(evidence);
    awaitedRequests = List.copyOf(awaitedRequests);
  }

  /**
   * An evidence request awaiting the supplier.
   *
   * @param kind {@code SBOM}, {@code VEX}, {@code ATTESTATION} or {@code ATTESTATION_RENEWAL}
   */
  public record Request(UUID requestId, String kind, LocalDate dueDate) {

    public Request {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(dueDate, "dueDate");
    }
  }
}
