package org.provena.supplier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.NotFoundException;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.domain.Supplier;
import org.provena.supplier.domain.SupplierRepository;

/**
 * The suppliers a caller may see (a supplier sees itself), and the manufacturer's changes to them.
 * Onboarding through Keycloak's Admin API comes with the tenancy work; until then suppliers are
 * registered against an existing Keycloak organization alias.
 */
@ApplicationScoped
@Transactional
public class SupplierDirectory {

  @Inject SupplierRepository suppliers;
  @Inject SupplierScopeResolver scopes;
  @Inject Clock clock;

  public List<SupplierSummary> list(PageRequest page) {
    return suppliers.list(scopes.current(), page).stream().map(SupplierSummary::of).toList();
  }

  public long count() {
    return suppliers.count(scopes.current());
  }

  public Optional<SupplierSummary> find(UUID id) {
    return suppliers.find(scopes.current(), id).map(SupplierSummary::of);
  }

  /** The supplier of the calling supplier user, if the caller is one. */
  public Optional<SupplierSummary> mine() {
    return scopes.current().supplier().flatMap(this::find);
  }

  /** Registers a supplier for a Keycloak organization; it starts as invited. */
  public SupplierSummary register(String name, String organizationAlias, String contactEmail) {
    if (suppliers.findByOrganization(organizationAlias).isPresent()) {
      throw new IllegalArgumentException(
          "A supplier for organization '" + organizationAlias + "' already exists");
    }
    Supplier supplier = Supplier.invite(name, organizationAlias, contactEmail, clock.instant());
    suppliers.store(scopes.current(), supplier);
    return SupplierSummary.of(supplier);
  }

  public SupplierSummary activate(UUID id) {
    Supplier supplier = load(id);
    supplier.activate(clock.instant());
    suppliers.store(scopes.current(), supplier);
    return SupplierSummary.of(supplier);
  }

  public SupplierSummary recordCvdContact(UUID id, String contact, String policyUrl) {
    Supplier supplier = load(id);
    supplier.recordCvdContact(contact, policyUrl, clock.instant());
    suppliers.store(scopes.current(), supplier);
    return SupplierSummary.of(supplier);
  }

  private Supplier load(UUID id) {
    return suppliers
        .find(scopes.current(), id)
        .orElseThrow(() -> new NotFoundException("Supplier " + id));
  }
}
