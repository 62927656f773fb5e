package org.provena.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.provena.attestation.application.AttestationIntake;
import org.provena.attestation.application.AttestationQueries;
import org.provena.component.application.ComponentCatalogue;
import org.provena.finding.application.VexIntake;
import org.provena.finding.application.VexQueries;
import org.provena.identity.domain.Role;
import org.provena.supplier.application.SigningIdentities;
import org.provena.supplier.application.SupplierDirectory;

/** The supplier's own evidence page: upload, forms, keys, VEX documents. */
@Route(value = "evidence", layout = MainLayout.class)
@PageTitle("Evidence · Provena")
@RolesAllowed(Role.Names.SUPPLIER)
public class MyEvidenceView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  @Inject
  public MyEvidenceView(
      SupplierDirectory suppliers,
      AttestationIntake intake,
      AttestationQueries attestations,
      ComponentCatalogue catalogue,
      SigningIdentities identities,
      VexIntake vexIntake,
      VexQueries vex) {
    suppliers
        .mine()
        .ifPresentOrElse(
            supplier ->
                EvidencePage.fill(
                    this,
                    new EvidencePage.Services(
                        intake, attestations, catalogue, identities, vexIntake, vex),
                    supplier,
                    true),
            () -> add(new Paragraph("Your organization is not a registered, active supplier.")));
  }
}
