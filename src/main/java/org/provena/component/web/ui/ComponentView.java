package org.provena.component.web.ui;

import com.vaadin.flow.component.grid.Grid;
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
import org.provena.component.application.ComponentDetails;
import org.provena.component.application.ReleaseDetails;
import org.provena.identity.domain.Role;
import org.provena.ui.MainLayout;

/**
 * One component and its releases. The catalogue answers in the caller's supplier scope, so another
 * supplier's component is "not found" here exactly as an id that never existed.
 */
@Route(value = "components/:id", layout = MainLayout.class)
@PageTitle("Component · Provena")
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ComponentView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient ComponentCatalogue catalogue;

  @Inject
  public ComponentView(ComponentCatalogue catalogue) {
    this.catalogue = catalogue;
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<ComponentDetails> component =
        event.getRouteParameters().get("id").flatMap(ComponentView::uuid).flatMap(catalogue::find);
    if (component.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    show(component.get());
  }

  private void show(ComponentDetails component) {
    removeAll();
    H2 title = new H2(component.name());
    title.setId("view-title");
    add(title, new Paragraph(Labels.of(component.type())));
    if (component.description() != null) {
      add(new Paragraph(component.description()));
    }
    Grid<ReleaseDetails> releases = new Grid<>();
    releases.setId("releases");
    releases.addColumn(ReleaseDetails::version).setHeader("Version").setAutoWidth(true);
    releases.addColumn(r -> Labels.of(r.levelOfSupport())).setHeader("Level of support");
    releases
        .addColumn(r -> r.endOfSupport() == null ? "not declared" : r.endOfSupport().toString())
        .setHeader("End of support");
    releases.addColumn(r -> r.purl() == null ? "" : r.purl()).setHeader("purl");
    releases.addColumn(r -> r.cpe() == null ? "" : r.cpe()).setHeader("CPE");
    releases.addColumn(r -> String.join(", ", r.hashes())).setHeader("Artifact hashes");
    releases
        .addComponentColumn(
            r -> {
              Anchor sboms = new Anchor("component-releases/" + r.id() + "/sboms", "SBOMs");
              sboms.setId("sboms-" + r.version());
              Anchor findings =
                  new Anchor("component-releases/" + r.id() + "/findings", "Findings");
              findings.setId("findings-" + r.version());
              return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(sboms, findings);
            })
        .setHeader("Evidence")
        .setAutoWidth(true);
    releases.setItems(component.releases());
    add(releases);
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
