package org.provena.device.web.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.provena.device.application.DeviceRegistry;
import org.provena.device.application.DeviceSummary;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SupplierDirectory;
import org.provena.supplier.application.SupplierSummary;
import org.provena.ui.MainLayout;

/**
 * The security team's home: every device, its releases, and the supplier component releases each is
 * built from with their IEC 62304 class and exposure in that device.
 */
@Route(value = "devices", layout = MainLayout.class)
@PageTitle("Devices · Provena")
@RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
public class DeviceListView extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  /**
   * One row of the tree: a device, a device release or a component in it. The key keeps rows
   * distinct when the same component release is built into several device releases.
   */
  record Row(
      UUID key, String name, String detail, String supplier, String criticality, String exposure) {

    Row(String name, String detail, String supplier, String criticality, String exposure) {
      this(UUID.randomUUID(), name, detail, supplier, criticality, exposure);
    }
  }

  @Inject
  public DeviceListView(DeviceRegistry devices, SupplierDirectory suppliers) {
    Map<UUID, String> supplierNames =
        suppliers.list(new PageRequest(0, PageRequest.MAX_LIMIT)).stream()
            .collect(Collectors.toMap(SupplierSummary::id, SupplierSummary::name));
    H2 title = new H2("Devices");
    title.setId("view-title");

    TreeGrid<Row> tree = new TreeGrid<>();
    tree.setId("devices");
    tree.addHierarchyColumn(Row::name).setHeader("Device / release / component").setFlexGrow(3);
    tree.addColumn(Row::detail).setHeader("Details").setFlexGrow(2);
    tree.addColumn(Row::supplier).setHeader("Supplier");
    tree.addColumn(Row::criticality).setHeader("IEC 62304 class");
    tree.addColumn(Row::exposure).setHeader("Exposure");

    List<DeviceSummary> all = devices.list(new PageRequest(0, PageRequest.MAX_LIMIT));
    for (DeviceSummary device : all) {
      Row deviceRow =
          new Row(
              device.name(),
              device.modelNumber() == null ? "" : "model " + device.modelNumber(),
              "",
              "",
              "");
      tree.getTreeData().addItem(null, deviceRow);
      for (DeviceSummary.Release release : device.releases()) {
        Row releaseRow =
            new Row(
                device.name() + " " + release.version(),
                "supported until "
                    + (release.plannedEndOfSupport() == null
                        ? "not set"
                        : release.plannedEndOfSupport()),
                "",
                "",
                "");
        tree.getTreeData().addItem(deviceRow, releaseRow);
        for (DeviceSummary.BuiltInComponent c : release.components()) {
          tree.getTreeData()
              .addItem(
                  releaseRow,
                  new Row(
                      c.componentName() + (c.version() == null ? "" : " " + c.version()),
                      "",
                      supplierNames.getOrDefault(c.supplierId(), ""),
                      c.criticality().name().replace("CLASS_", "Class "),
                      c.exposure().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
      }
    }
    tree.getDataProvider().refreshAll();
    // Open down to the components: the composition is what the security team comes for.
    tree.expandRecursively(tree.getTreeData().getRootItems(), 2);
    setSizeFull();
    add(title, tree);
  }
}
