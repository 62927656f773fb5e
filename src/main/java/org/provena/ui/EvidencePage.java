package org.provena.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;
import org.provena.attestation.application.AttestationIntake;
import org.provena.attestation.application.AttestationQueries;
import org.provena.attestation.web.ui.EvidencePanel;
import org.provena.component.application.ComponentCatalogue;
import org.provena.finding.application.VexIntake;
import org.provena.finding.application.VexQueries;
import org.provena.finding.web.ui.VexDocumentsPanel;
import org.provena.supplier.application.SigningIdentities;
import org.provena.supplier.application.SupplierSummary;
import org.provena.supplier.web.ui.SigningIdentitiesPanel;

/**
 * One supplier's evidence on one page, composed from three contexts: its attestations
 * (attestation), the signing identities they are verified against (supplier) and its VEX documents
 * (finding). The supplier edits its own; the manufacturer reads.
 */
final class EvidencePage {

  private EvidencePage() {}

  /** The services the page needs, injected into the view that shows it. */
  record Services(
      AttestationIntake intake,
      AttestationQueries attestations,
      ComponentCatalogue catalogue,
      SigningIdentities identities,
      VexIntake vexIntake,
      VexQueries vex) {}

  static void fill(VerticalLayout view, Services s, SupplierSummary supplier, boolean editable) {
    UUID id = supplier.id();
    H2 title = new H2("Evidence of " + supplier.name());
    title.setId("view-title");
    view.add(
        title,
        new Paragraph(
            "Attestations are checked against the signing identities below: the signature, the"
                + " subject against the release's delivered artifact, and the dates against"
                + " today (again every day, and whenever an identity changes)."),
        new EvidencePanel(
            s.intake(), s.attestations(), s.catalogue(), s.identities(), id, editable),
        new H3("Signing keys and Sigstore identities"),
        new SigningIdentitiesPanel(s.identities(), id, editable),
        new H3("VEX documents"),
        new VexDocumentsPanel(s.vexIntake(), s.vex(), id, null, editable));
  }
}
