package org.provena.sbom.domain;

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
}
