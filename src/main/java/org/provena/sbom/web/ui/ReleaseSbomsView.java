package org.provena.sbom.web.ui;

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
import org.provena.identity.domain.Role;
import org.provena.sbom.application.SbomIntake;
import org.provena.sbom.application.SbomQueries;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.ui.MainLayout;

/**
 * A component release's SBOMs: the supplier uploads here (drag and drop, with progress) and
 * everyone allowed to see the release sees the uploads and their status.
 */
@Route(value = "component-releases/:id/sboms", layout = MainLayout.class)
@PageTitle("SBOMs · Provena")
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ReleaseSbomsView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient ComponentCatalogue catalogue;
  private final transient SbomIntake intake;
  private final transient SbomQueries queries;
  private final transient SupplierDirectory suppliers;

  @Inject
  public ReleaseSbomsView(
      ComponentCatalogue catalogue,
      SbomIntake intake,
      SbomQueries queries,
      SupplierDirectory suppliers) {
    this.catalogue = catalogue;
    this.intake = intake;
    this.queries = queries;
    this.suppliers = suppliers;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<ReleaseDetails> release =
        event
            .getRouteParameters()
            .get("id")
            .flatMap(ReleaseSbomsView::uuid)
            .flatMap(catalogue::findRelease);
    if (release.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    ReleaseDetails r = release.get();
    boolean owner = suppliers.mine().map(s -> s.id().equals(r.supplierId())).orElse(false);
    removeAll();
    H2 title = new H2(r.componentName() + " " + r.version());
    title.setId("view-title");
    add(
        title,
        new Paragraph(
            owner
                ? "Upload the SBOM of this release. The original is kept byte for byte; the"
                    + " inventory and the quality report follow within seconds."
                : "The SBOMs the supplier uploaded for this release."),
        new SbomUploadPanel(intake, queries, r.id(), r.componentName(), r.version(), owner));
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
