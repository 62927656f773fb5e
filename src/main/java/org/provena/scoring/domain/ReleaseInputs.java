package org.provena.scoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the model scores a component release on: the release's declared support, its current SBOM's
 * facts, its open findings with the answers given to them, and the attestations about it and about
 * its supplier as a whole. Enumerated values are the database's enum constants (e.g. {@code
 * ACTIVELY_MAINTAINED}).
 *
 * @param componentName the component's name, for messages
 * @param version the release's version label
 * @param levelOfSupport {@code ACTIVELY_MAINTAINED}, {@code NO_LONGER_MAINTAINED}, {@code
 *     ABANDONED} or {@code UNKNOWN}
 * @param endOfSupport the declared end of support; null when not declared
 * @param sbom the current (newest processed) SBOM; null when the release has none
 * @param findings the open findings of the release
 * @param evidence attestations about the release and the supplier's supplier-wide ones
 * @param invalidVexDocuments VEX documents uploaded for the release whose signature failed (kept,
 *     never applied: ADR 0014)
 */
public record ReleaseInputs(
    UUID releaseId,
    UUID supplierId,
    UUID componentId,
    String componentName,
    String version,
    String levelOfSupport,
    LocalDate endOfSupport,
    SbomFacts sbom,
    List<FindingInputs> findings,
    List<EvidenceInputs> evidence,
    int invalidVexDocuments) {

  public ReleaseInputs {
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(supplierId, "supplierId");
    levelOfSupport = levelOfSupport == null ? "UNKNOWN" : levelOfSupport;
    findings = List.copyOf(findings);
    evidence = List.copyOf(evidence);
  }

  /** "name version", as people name a release. */
  public String label() {
    return (componentName == null ? "release" : componentName) + " " + version;
  }
}
