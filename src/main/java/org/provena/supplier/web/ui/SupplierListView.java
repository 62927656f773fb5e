package org.provena.supplier.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.provena.component.application.ComponentCatalogue;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierSummary;
import org.provena.ui.MainLayout;

/**
 * Procurement's home: every supplier with its status, contacts, whether it has a coordinated
 * vulnerability disclosure contact, and how much it delivers.
 */
@Route(value = "suppliers", layout = MainLayout.class)
@PageTitle("Suppliers · Provena")
@RolesAllowed({Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class SupplierListView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  @Inject
  public SupplierListView(SupplierDirectory suppliers, ComponentCatalogue components) {
    Map<UUID, long[]> counts = components.countsBySupplier();
    H2 title = new H2("Suppliers");
    title.setId("view-title");

    Grid<SupplierSummary> grid = new Grid<>();
    grid.setId("suppliers");
    grid.addColumn(SupplierSummary::name).setHeader("Supplier").setAutoWidth(true);
    grid.addComponentColumn(SupplierListView::statusBadge).setHeader("Status").setAutoWidth(true);
    grid.addColumn(s -> count(counts, s.id(), 0)).setHeader("Components").setAutoWidth(true);
    grid.addColumn(s -> count(counts, s.id(), 1)).setHeader("Releases").setAutoWidth(true);
    grid.addColumn(s -> s.cvdContact() == null ? "missing" : s.cvdContact())
        .setHeader("Disclosure (CVD) contact")
        .setAutoWidth(true);
    grid.addColumn(s -> s.contactEmail() == null ? "" : s.contactEmail())
        .setHeader("Contact")
        .setAutoWidth(true);
    grid.addComponentColumn(
            s -> {
              com.vaadin.flow.component.html.Anchor evidence =
                  new com.vaadin.flow.component.html.Anchor(
                      "suppliers/" + s.id() + "/evidence", "Evidence");
              evidence.setId("evidence-" + s.organization());
              return evidence;
            })
        .setHeader("")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setItems(
        query -> suppliers.list(new PageRequest(query.getOffset(), query.getLimit())).stream(),
        query -> (int) suppliers.count());
    setSizeFull();
    add(title, grid);
  }

  private static long count(Map<UUID, long[]> counts, UUID supplier, int index) {
    long[] values = counts.get(supplier);
    return values == null ? 0 : values[index];
  }

  private static Span statusBadge(SupplierSummary supplier) {
    String name = supplier.status().name().toLowerCase(Locale.ROOT);
    Span badge = new Span(name);
    badge
        .getElement()
        .getThemeList()
        .add(
            switch (supplier.status()) {
              case ACTIVE -> "badge success";
              case INVITED -> "badge";
              case SUSPENDED -> "badge error";
            });
    return badge;
  }
}
