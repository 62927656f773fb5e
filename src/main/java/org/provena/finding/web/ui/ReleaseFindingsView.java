package org.provena.finding.web.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.finding.application.FindingAssessments;
import org.provena.finding.application.FindingQueries;
import org.provena.finding.application.VexAnswers;
import org.provena.finding.application.VexExportFormat;
import org.provena.finding.application.VexExports;
import org.provena.finding.application.VexIntake;
import org.provena.finding.application.VexQueries;
import org.provena.identity.application.CurrentCaller;
import org.provena.identity.domain.Caller;
import org.provena.identity.domain.Role;
import org.provena.ui.MainLayout;

/**
 * The findings of a component release: those of its current SBOM, and with "include resolved" the
 * history (findings of superseded SBOMs, and matches that no longer hold).
 */
@Route(value = "component-releases/:id/findings", layout = MainLayout.class)
@PageTitle("Release findings · Provena")
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ReleaseFindingsView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient FindingQueries findings;
  private final transient ComponentCatalogue catalogue;
  private final transient VexQueries vex;
  private final transient VexAnswers answers;
  private final transient VexIntake intake;
  private final transient VexExports exports;
  private final transient CurrentCaller caller;
  private final transient FindingAssessments assessments;

  @Inject
  public ReleaseFindingsView(
      FindingQueries findings,
      FindingAssessments assessments,
      ComponentCatalogue catalogue,
      VexQueries vex,
      VexAnswers answers,
      VexIntake intake,
      VexExports exports,
      CurrentCaller caller) {
    this.findings = findings;
    this.assessments = assessments;
    this.catalogue = catalogue;
    this.vex = vex;
    this.answers = answers;
    this.intake = intake;
    this.exports = exports;
    this.caller = caller;
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<ReleaseDetails> release =
        event
            .getRouteParameters()
            .get("id")
            .flatMap(FindingsViews::uuid)
            .flatMap(catalogue::findRelease);
    if (release.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    UUID id = release.get().id();
    removeAll();
    H2 title =
        new H2("Findings of " + release.get().componentName() + " " + release.get().version());
    title.setId("view-title");
    boolean supplier = caller.require().hasRole(Role.SUPPLIER);
    add(
        title,
        new Paragraph(
            "Known vulnerabilities in the release's current SBOM, most urgent first, with the"
                + " supplier's VEX answer to each."),
        new HorizontalLayout(
            new Anchor("component-releases/" + id + "/sboms", "The release's SBOMs"),
            download(id, VexExportFormat.OPENVEX, "Export VEX (OpenVEX)", "vex-export-openvex"),
            download(
                id, VexExportFormat.CYCLONEDX, "Export VEX (CycloneDX)", "vex-export-cyclonedx")),
        grid(
            new FindingsGrid(
                    (filter, page) -> findings.ofRelease(id, filter, page),
                    filter -> findings.countOfRelease(id, filter))
                .withVex(vex, supplier ? answers : null)));
    if (supplier) {
      add(
          new H3("VEX documents"),
          new Paragraph(
              "A VEX document dropped here applies to this release only; its statements are"
                  + " matched to the findings above by package and vulnerability (any alias)."),
          new VexDocumentsPanel(intake, vex, release.get().supplierId(), id, true));
    }
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

  private Anchor download(UUID releaseId, VexExportFormat format, String label, String id) {
    Anchor anchor =
        new Anchor(
            (DownloadHandler)
                event -> {
                  VexExports.Export export = exports.export(releaseId, format);
                  event.setFileName(export.fileName());
                  event.setContentType(export.mediaType());
                  event.getOutputStream().write(export.content());
                },
            label);
    anchor.setId(id);
    return anchor;
  }
}
