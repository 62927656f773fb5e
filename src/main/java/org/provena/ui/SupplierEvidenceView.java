package org.provena.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.provena.attestation.application.AttestationIntake;
import org.provena.attestation.application.AttestationQueries;
import org.provena.component.application.ComponentCatalogue;
import org.provena.finding.application.VexIntake;
import org.provena.finding.application.VexQueries;
import org.provena.identity.domain.Role;
import org.provena.supplier.application.SigningIdentities;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierSummary;

/** The manufacturer's view of one supplier's evidence and its freshness, read-only. */
@Route(value = "suppliers/:id/evidence", layout = MainLayout.class)
@PageTitle("Supplier evidence · Provena")
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class SupplierEvidenceView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient SupplierDirectory suppliers;
  private final transient EvidencePage.Services services;

  @Inject
  public SupplierEvidenceView(
      SupplierDirectory suppliers,
      AttestationIntake intake,
      AttestationQueries attestations,
      ComponentCatalogue catalogue,
      SigningIdentities identities,
      VexIntake vexIntake,
      VexQueries vex) {
    this.suppliers = suppliers;
    this.services =
        new EvidencePage.Services(intake, attestations, catalogue, identities, vexIntake, vex);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<SupplierSummary> supplier =
        event
            .getRouteParameters()
            .get("id")
            .flatMap(SupplierEvidenceView::uuid)
            .flatMap(suppliers::find);
    if (supplier.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    removeAll();
    EvidencePage.fill(this, services, supplier.get(), false);
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
