package org.provena.finding.web.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.UUID;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingQueries;
import org.provena.finding.application.VexAnswers;
import org.provena.finding.application.VexQueries;
import org.provena.identity.domain.Role;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.ui.MainLayout;

/**
 * The supplier's to-do list: open findings across all its releases that still await its VEX answer,
 * most urgent first, each answered in place.
 */
@Route(value = "vex/awaiting", layout = MainLayout.class)
@PageTitle("Awaiting your VEX answer · Provena")
@RolesAllowed(Role.Names.SUPPLIER)
public class AwaitingVexView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  @Inject
  public AwaitingVexView(
      FindingQueries findings, VexQueries vex, VexAnswers answers, SupplierDirectory suppliers) {
    setSizeFull();
    H2 title = new H2("Findings awaiting your VEX answer");
    title.setId("view-title");
    add(
        title,
        new Paragraph(
            "Open findings in your releases' current SBOMs that you have not answered yet: open a"
                + " row and say whether your product is affected. Answered ones leave this list."));
    suppliers
        .mine()
        .ifPresentOrElse(
            supplier -> {
              UUID id = supplier.id();
              add(
                  new FindingsGrid(
                          (filter, page) -> findings.ofSupplier(id, filter, page),
                          filter -> findings.countOfSupplier(id, filter),
                          FindingFilter.UNANSWERED)
                      .withVex(vex, answers));
            },
            () -> add(new Paragraph("Your organization is not a registered, active supplier.")));
  }
}
