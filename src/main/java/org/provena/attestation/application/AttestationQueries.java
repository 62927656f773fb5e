package org.provena.attestation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.attestation.domain.AttestationRepository;
import org.provena.sbom.application.OriginalDocuments;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierScopeResolver;

/** What callers may read about evidence, in their supplier scope. */
@ApplicationScoped
@Transactional
public class AttestationQueries {

  @Inject AttestationRepository attestations;
  @Inject OriginalDocuments originals;
  @Inject SupplierScopeResolver scopes;

  public Optional<AttestationView> find(UUID id) {
    return attestations.find(scopes.current(), id).map(AttestationView::of);
  }

  public List<AttestationView> list(PageRequest page) {
    return attestations.list(scopes.current(), page).stream().map(AttestationView::of).toList();
  }

  public List<AttestationView> ofSupplier(UUID supplierId) {
    return attestations.listBySupplier(scopes.current(), supplierId).stream()
        .map(AttestationView::of)
        .toList();
  }

  public List<AttestationView> ofRelease(UUID componentReleaseId) {
    return attestations.listByRelease(scopes.current(), componentReleaseId).stream()
        .map(AttestationView::of)
        .toList();
  }

  /** The stored original, if the caller may see the attestation. */
  public Optional<Path> original(UUID id) {
    return attestations
        .find(scopes.current(), id)
        .flatMap(a -> a.originalSha256())
        .map(originals::path);
  }
}
