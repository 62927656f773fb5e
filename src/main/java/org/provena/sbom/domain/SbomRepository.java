package org.provena.sbom.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/** Uploaded SBOM documents, within the caller's supplier scope. */
public interface SbomRepository {

  Optional<SbomDocument> find(SupplierScope scope, UUID id);

  /** Newest upload first. */
  List<SbomDocument> list(SupplierScope scope, PageRequest page);

  /** The SBOMs of one component release, newest upload first. */
  List<SbomDocument> listByRelease(SupplierScope scope, UUID componentReleaseId);

  void store(SupplierScope scope, SbomDocument sbom);

  /**
   * The releases whose current SBOM's primary component has a hash of one of these values, with
   * that hash: {@code [componentReleaseId, HashAlgorithm, value]} rows.
   */
  List<Object[]> releasesWithPrimaryHashValues(SupplierScope scope, Collection<String> values);

  /**
   * Makes {@code current} its release's current SBOM: every other processed SBOM of the release is
   * marked superseded at {@code now}. Returns the ids of the SBOMs superseded now.
   */
  List<UUID> supersedeOthers(SupplierScope scope, SbomDocument current, Instant now);
}
