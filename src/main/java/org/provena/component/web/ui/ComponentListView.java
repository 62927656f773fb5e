package org.provena.component.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ComponentDetails;
import org.provena.component.application.ReleaseDetails;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierSummary;
import org.provena.ui.MainLayout;

/**
 * The supplier's home: its components, each with its releases and support commitment. Manufacturer
 * staff see every supplier's components here, with the supplier named.
 */
@Route(value = "components", layout = MainLayout.class)
@PageTitle("Components · Provena")
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class ComponentListView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  @Inject
  public ComponentListView(ComponentCatalogue catalogue, SupplierDirectory suppliers) {
    boolean supplierUser = suppliers.mine().isPresent();
    Map<UUID, String> supplierNames =
        supplierUser
            ? Map.of()
            : suppliers.list(new PageRequest(0, PageRequest.MAX_LIMIT)).stream()
                .collect(
                    java.util.stream.Collectors.toMap(SupplierSummary::id, SupplierSummary::name));

    H2 title = new H2(supplierUser ? "My components" : "Components of all suppliers");
    title.setId("view-title");
    Paragraph hint =
        new Paragraph(
            "Each release carries its level of support and end-of-support date, which FDA"
                + " premarket submissions need for every component.");

    Grid<ComponentDetails> grid = new Grid<>();
    grid.setId("components");
    grid.addColumn(ComponentDetails::name).setHeader("Component").setAutoWidth(true);
    if (!supplierUser) {
      grid.addColumn(c -> supplierNames.getOrDefault(c.supplierId(), ""))
          .setHeader("Supplier")
          .setAutoWidth(true);
    }
    grid.addColumn(c -> Labels.of(c.type())).setHeader("Type").setAutoWidth(true);
    grid.addColumn(
            c -> String.join(", ", c.releases().stream().map(ReleaseDetails::version).toList()))
        .setHeader("Releases (newest first)")
        .setAutoWidth(true);
    grid.addColumn(
            c ->
                c.releases().isEmpty()
                    ? "—"
                    : Labels.of(c.releases().get(0).levelOfSupport())
                        + Labels.until(c.releases().get(0).endOfSupport()))
        .setHeader("Latest release support")
        .setAutoWidth(true)
        .setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setItems(
        query -> catalogue.list(new PageRequest(query.getOffset(), query.getLimit())).stream(),
        query -> (int) catalogue.count());
    grid.addItemClickListener(
        click ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            ComponentView.class,
                            new RouteParameters("id", click.getItem().id().toString()))));
    setSizeFull();
    add(title, hint, grid);
  }
}
