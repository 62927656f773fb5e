package org.provena.finding.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import org.provena.finding.application.FindingAssessments;
import org.provena.finding.application.FindingQueries;
import org.provena.finding.application.VexAnswers;
import org.provena.finding.application.VexQueries;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.sbom.application.SbomQueries;
import org.provena.sbom.application.SbomView;
import org.provena.ui.MainLayout;

/** The findings of one SBOM's packages. Another supplier's SBOM is "not found". */
@Route(value = "sboms/:id/findings", layout = MainLayout.class)
@PageTitle("SBOM findings · Provena")
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class SbomFindingsView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient FindingQueries findings;
  private final transient SbomQueries sboms;
  private final transient VexQueries vex;
  private final transient VexAnswers answers;
  private final transient CurrentCaller caller;
  private final transient FindingAssessments assessments;

  @Inject
  public SbomFindingsView(
      FindingQueries findings,
      FindingAssessments assessments,
      SbomQueries sboms,
      VexQueries vex,
      VexAnswers answers,
      CurrentCaller caller) {
    this.findings = findings;
    this.assessments = assessments;
    this.sboms = sboms;
    this.vex = vex;
    this.answers = answers;
    this.caller = caller;
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<SbomView> sbom =
        event.getRouteParameters().get("id").flatMap(FindingsViews::uuid).flatMap(sboms::find);
    if (sbom.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    UUID id = sbom.get().id();
    removeAll();
    H2 title = new H2("Findings");
    title.setId("view-title");
    add(
        title,
        new Paragraph(
            "Known vulnerabilities of the packages in this SBOM"
                + (sbom.get().packageCount() == null
                    ? ""
                    : " (" + sbom.get().packageCount() + " packages)")
                + ". Matched by purl against OSV ranges in each ecosystem's version order, and by"
                + " CPE against NVD for packages known only by their CPE."),
        new Anchor("sboms/" + id, "Back to the SBOM"),
        grid(
            new FindingsGrid(
                    (filter, page) -> findings.ofSbom(id, filter, page),
                    filter -> findings.countOfSbom(id, filter))
                .withVex(vex, caller.require().hasRole(Role.SUPPLIER) ? answers : null)));
  }

  /** The manufacturer sees the triage; its security team triages. */
  private FindingsGrid grid(FindingsGrid grid) {
    Caller who = caller.require();
    if (who.isManufacturerStaff() && !who.hasRole(Role.SUPPLIER)) {
      grid.withTriage(
          who.hasRole(Role.SECURITY) ? f -> FindingsViews.triage(assessments, grid, f) : null);
    }
    return grid;
  }
}
