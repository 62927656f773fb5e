package org.provena.supplier.application;

import java.util.UUID;
import org.provena.supplier.domain.Supplier;
import org.provena.supplier.domain.SupplierStatus;

/** A supplier as lists and the API show it. */
public record SupplierSummary(
    UUID id,
    String name,
    String organization,
    SupplierStatus status,
    String contactEmail,
    String cvdContact,
    String cvdPolicyUrl) {

  static SupplierSummary of(Supplier supplier) {
    return new SupplierSummary(
        supplier.id(),
        supplier.name(),
        supplier.organizationAlias(),
        supplier.status(),
        supplier.contactEmail().orElse(null),
        supplier.cvdContact().orElse(null),
        supplier.cvdPolicyUrl().orElse(null));
  }
}
