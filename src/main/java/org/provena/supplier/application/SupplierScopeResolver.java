package org.provena.supplier.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.SupplierScope;
import org.provena.supplier.domain.SupplierRepository;
import org.provena.supplier.domain.SupplierStatus;

/**
 * Turns the current caller into the {@link SupplierScope} every supplier-owned query runs in:
 * manufacturer staff see all suppliers; a supplier user sees the supplier whose Keycloak
 * organization its token names, unless that supplier is suspended or unknown; anyone else sees
 * nothing. Resolved once per request.
 *
 * <p>Work that no user started (start-up seeding, background jobs) activates a request context and
 * calls {@link #actAsSystem()} first, which says so explicitly rather than by an absent caller.
 */
@RequestScoped
public class SupplierScopeResolver {

  @Inject CurrentCaller currentCaller;
  @Inject SupplierRepository suppliers;

  private SupplierScope resolved;

  public SupplierScope current() {
    if (resolved == null) {
      resolved = currentCaller.get().map(this::scopeOf).orElse(SupplierScope.none());
    }
    return resolved;
  }

  /** For work no caller started: every supplier, stated explicitly. */
  public void actAsSystem() {
    resolved = SupplierScope.all();
  }

  /** For start-up seeding on one supplier's behalf (the demo's SBOMs): that supplier only. */
  public void actAsSupplier(java.util.UUID supplierId) {
    resolved = SupplierScope.only(supplierId);
  }

  private SupplierScope scopeOf(Caller caller) {
    if (caller.isManufacturerStaff()) {
      return SupplierScope.all();
    }
    if (!caller.hasRole(Role.SUPPLIER)) {
      return SupplierScope.none();
    }
    return caller
        .organization()
        .flatMap(suppliers::findByOrganization)
        .filter(supplier -> supplier.status() != SupplierStatus.SUSPENDED)
        .map(supplier -> SupplierScope.only(supplier.id()))
        .orElse(SupplierScope.none());
  }
}
