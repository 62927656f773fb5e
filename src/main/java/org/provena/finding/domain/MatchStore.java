package org.provena.finding.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bulk side of findings: the packages matching reads, and findings opened, reopened and
 * resolved by the thousand. System work only (matching sees every supplier); what callers read goes
 * through {@link FindingRepository} and the finding queries, in their scope.
 */
public interface MatchStore {

  /** The packages of one SBOM that have a match key. */
  List<PackageToMatch> packagesOfSbom(UUID sbomId);

  /** The packages with one of these keys in any release's current SBOM. */
  List<PackageToMatch> currentPackagesWithKeys(Collection<String> matchKeys);

  /** Every finding ever made for the packages of one SBOM. */
  List<KnownFinding> findingsOfSbom(UUID sbomId);

  /** Every finding ever made for packages with these keys (any SBOM, the caller filters). */
  List<KnownFinding> findingsOfKeys(Collection<String> matchKeys);

  /**
   * When each vulnerability was first seen in the release, per match key ({@code vulnerabilityId +
   * "|" + matchKey}): a new SBOM of the release carries the dates over, so SLA clocks do not
   * restart with every upload.
   */
  Map<String, Instant> firstSeenInRelease(UUID componentReleaseId);

  /** Opens the findings; returns their ids. */
  List<UUID> open(List<NewFinding> findings);

  void reopen(Collection<UUID> findingIds, Map<UUID, String> matchedBy, Map<UUID, String> notes);

  void resolve(Collection<UUID> findingIds, Instant now, String resolution);

  /** Resolves every open finding of these SBOMs; returns how many. */
  int resolveOpenOfSboms(Collection<UUID> sbomIds, Instant now, String resolution);

  /** A package as matching sees it. */
  record PackageToMatch(
      UUID packageId, UUID supplierId, UUID componentReleaseId, String matchKey, String version) {}

  /** A finding as matching sees it. */
  record KnownFinding(UUID id, UUID packageId, UUID vulnerabilityId, FindingState state) {}

  /** A finding to open. */
  record NewFinding(
      UUID supplierId,
      UUID componentReleaseId,
      UUID packageId,
      UUID vulnerabilityId,
      String matchedBy,
      String note,
      Instant firstSeenAt) {}
}
