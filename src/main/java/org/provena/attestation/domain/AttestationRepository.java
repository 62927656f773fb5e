package org.provena.attestation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.PageRequest;
import org.provena.shared.domain.SupplierScope;

/** Attestations, within the caller's supplier scope. */
public interface AttestationRepository {

  Optional<Attestation> find(SupplierScope scope, UUID id);

  /** Newest upload first. */
  List<Attestation> list(SupplierScope scope, PageRequest page);

  /** The evidence about one component release, newest upload first. */
  List<Attestation> listByRelease(SupplierScope scope, UUID componentReleaseId);

  /** A supplier's evidence, newest upload first. */
  List<Attestation> listBySupplier(SupplierScope scope, UUID supplierId);

  /**
   * Evidence whose status may change with time: it expires before {@code horizon} and is not yet
   * counted as expired or invalid, or it was invalid only for not being valid yet and its "valid
   * from" has come.
   */
  List<Attestation> listChangingWithTime(SupplierScope scope, Instant now, Instant horizon);

  void store(SupplierScope scope, Attestation attestation);
}
