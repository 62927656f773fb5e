package org.provena.supplier.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.SupplierScope;

/** Suppliers' registered signing identities, within the caller's supplier scope. */
public interface SigningIdentityRepository {

  Optional<SigningIdentity> find(SupplierScope scope, UUID id);

  /** A supplier's identities in every status, newest first: verification needs rotated ones too. */
  List<SigningIdentity> listBySupplier(SupplierScope scope, UUID supplierId);

  /**
   * Whether any supplier registered a public key with this fingerprint. Not scoped: it answers only
   * yes or no, so that two organizations never share a signing key.
   */
  boolean keyRegistered(String fingerprint);

  void store(SupplierScope scope, SigningIdentity identity);
}
