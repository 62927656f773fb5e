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
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ReleaseDetails;
import org.provena.finding.application.FindingQueries;
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

  @Inject
  public ReleaseFindingsView(FindingQueries findings, ComponentCatalogue catalogue) {
    this.findings = findings;
    this.catalogue = catalogue;
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
    add(
        title,
        new Paragraph("Known vulnerabilities in the release's current SBOM, most urgent first."),
        new Anchor("component-releases/" + id + "/sboms", "The release's SBOMs"),
        new FindingsGrid(
            (filter, page) -> findings.ofRelease(id, filter, page),
            filter -> findings.countOfRelease(id, filter)));
  }
}
