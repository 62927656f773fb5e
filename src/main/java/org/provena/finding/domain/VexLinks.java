package org.provena.finding.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.provena.shared.domain.ArtifactHash;

/**
 * The bulk side of VEX: which findings a statement could apply to, which statements wait for newly
 * opened findings, the statement–finding links, and each finding's current answer. System work:
 * callers check the supplier themselves (every query is confined to one supplier's rows).
 */
public interface VexLinks {

  /** Records the ids a statement names its vulnerability by (lower case). */
  void indexKeys(UUID statementId, Collection<String> keys);

  /**
   * The findings of a supplier whose vulnerability goes by one of these ids (primary id or alias,
   * lower case), optionally only in one release, with what product matching compares.
   */
  List<Candidate> candidates(UUID supplierId, Collection<String> keys, UUID componentReleaseId);

  /** The same facts for given findings. */
  List<Candidate> candidatesByFinding(Collection<UUID> findingIds);

  /**
   * Statements that may apply to these findings: of the same supplier, naming the finding's
   * vulnerability by one of its ids, unrestricted or restricted to the finding's release, from a
   * portal answer or a document whose signature is not invalid. {@code [statementId, findingId]}.
   */
  List<UUID[]> pendingFor(Collection<UUID> findingIds);

  /** The products JSON of these statements, by statement id. */
  Map<UUID, String> productsOf(Collection<UUID> statementIds);

  /** Links a statement to findings (links that exist are kept); returns how many are new. */
  int link(UUID statementId, Collection<UUID> findingIds, Instant now);

  /**
   * How many statements were ever applied to findings of a release: it only grows, so it serves as
   * the version of the release's exported VEX document.
   */
  int statementsOfRelease(UUID componentReleaseId);

  /** Takes a statement off every finding it was applied to; returns those findings. */
  List<UUID> unlink(UUID statementId);

  /** The findings a statement is applied to. */
  List<UUID> findingsOf(UUID statementId);

  /**
   * Sets each finding's current answer from its linked statements: the newest by when it was made
   * (its issue time, else when it was recorded). Returns the component releases of the findings
   * whose current answer changed.
   */
  Set<UUID> refreshCurrent(Collection<UUID> findingIds);

  /**
   * A finding as product matching sees it: its package (identifiers, hashes, bom-ref, the SBOM's
   * serial number and the bom-ref of the SBOM's primary component) and its release (identifiers,
   * hashes, component name and version).
   */
  record Candidate(
      UUID findingId,
      UUID supplierId,
      UUID componentReleaseId,
      String purl,
      String cpe,
      String name,
      String version,
      String bomRef,
      Set<ArtifactHash> packageHashes,
      String sbomSerial,
      String sbomPrimaryRef,
      String releasePurl,
      String releaseCpe,
      String componentName,
      String releaseVersion,
      Set<ArtifactHash> releaseHashes) {}
}
