package org.provena.device.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.provena.component.application.ComponentCatalogue;
import org.provena.device.application.DeviceRegistry;
import org.provena.device.application.DeviceReleaseSummary;
import org.provena.device.application.DeviceSbomExports;
import org.provena.device.application.DeviceSummary.BuiltInComponent;
import org.provena.identity.domain.Role;
import org.provena.shared.domain.PageRequest;
import org.provena.ui.MainLayout;

/**
 * One device release: the component releases it is built from with their supplier, IEC 62304 class,
 * exposure and end of support (flagged when it comes before the device's own), changed here — add,
 * reclassify, remove — and its SBOM + VDR for a submission.
 */
@Route(value = "device-releases/:id", layout = MainLayout.class)
@RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
public class DeviceReleaseView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  private final transient DeviceRegistry devices;
  private final transient ComponentCatalogue catalogue;
  private final transient DeviceSbomExports exports;
  private UUID releaseId;
  private String title = "Device release";

  @Inject
  public DeviceReleaseView(
      DeviceRegistry devices, ComponentCatalogue catalogue, DeviceSbomExports exports) {
    this.devices = devices;
    this.catalogue = catalogue;
    this.exports = exports;
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(DeviceReleaseView::uuid);
    Optional<DeviceReleaseSummary> release = id.flatMap(devices::findRelease);
    if (release.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    releaseId = id.get();
    show(release.get());
  }

  @Override
  public String getPageTitle() {
    return title + " · Provena";
  }

  private void refresh() {
    devices.findRelease(releaseId).ifPresent(this::show);
  }

  private void show(DeviceReleaseSummary r) {
    removeAll();
    title = r.title();
    H2 heading = new H2(r.title());
    heading.setId("view-title");
    Anchor back = new Anchor("devices", "All devices");
    Anchor sbom =
        new Anchor(
            (DownloadHandler)
                download -> {
                  DeviceSbomExports.Export export = exports.export(r.release().id());
                  download.setFileName(export.fileName());
                  download.setContentType(DeviceSbomExports.MEDIA_TYPE);
                  exports.write(export.bom(), download.getOutputStream());
                },
            "Download SBOM + VDR");
    sbom.setId("download-sbom");
    Anchor risk = new Anchor("device-releases/" + r.release().id() + "/risk", "Risk tree");
    risk.setId("risk-tree-link");
    add(back, heading, facts(r), endOfSupport(r), new HorizontalLayout(sbom, risk));

    Button include = new Button("Add component release", e -> openIncludeDialog(r));
    include.setId("add-component");
    include.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(include, components(r, r.release().components()));
  }

  private Paragraph facts(DeviceReleaseSummary r) {
    int n = r.release().components().size();
    return new Paragraph(
        (r.modelNumber() == null ? "" : "Model " + r.modelNumber() + " · ")
            + (r.release().releasedOn() == null
                ? "not released yet"
                : "released " + r.release().releasedOn())
            + " · "
            + n
            + (n == 1 ? " component release" : " component releases"));
  }

  /** The planned end of support, changed in place: what every component's support is held to. */
  private HorizontalLayout endOfSupport(DeviceReleaseSummary r) {
    DatePicker date = new DatePicker("Planned end of support", r.release().plannedEndOfSupport());
    date.setId("planned-end-of-support");
    date.setClearButtonVisible(true);
    Button change =
        new Button(
            "Change",
            e -> {
              try {
                devices.planEndOfSupport(r.deviceId(), r.release().id(), date.getValue());
                Notification.show("Planned end of support changed");
                refresh();
              } catch (IllegalArgumentException problem) {
                date.setErrorMessage(problem.getMessage());
                date.setInvalid(true);
              }
            });
    change.setId("change-end-of-support");
    HorizontalLayout row = new HorizontalLayout(date, change);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private Grid<BuiltInComponent> components(
      DeviceReleaseSummary r, List<BuiltInComponent> components) {
    Grid<BuiltInComponent> grid = new Grid<>();
    grid.setId("components");
    grid.addColumn(c -> c.supplierName() == null ? "" : c.supplierName())
        .setHeader("Supplier")
        .setAutoWidth(true);
    grid.addColumn(BuiltInComponent::componentName).setHeader("Component").setAutoWidth(true);
    grid.addColumn(c -> c.version() == null ? "" : c.version())
        .setHeader("Version")
        .setAutoWidth(true);
    grid.addColumn(c -> DeviceLabels.of(c.criticality()))
        .setHeader("IEC 62304 class")
        .setAutoWidth(true);
    grid.addColumn(c -> DeviceLabels.of(c.exposure())).setHeader("Exposure").setAutoWidth(true);
    grid.addComponentColumn(c -> supportEnd(r, c)).setHeader("End of support").setAutoWidth(true);
    grid.addComponentColumn(c -> actions(r, c)).setAutoWidth(true).setFlexGrow(0);
    grid.setItems(components);
    return grid;
  }

  /** The supplier's end of support, flagged when the device is to be supported longer. */
  private static Component supportEnd(DeviceReleaseSummary r, BuiltInComponent c) {
    if (c.endOfSupport() == null) {
      Span unknown = new Span("not declared");
      unknown.getElement().getThemeList().add("badge contrast");
      return unknown;
    }
    if (!c.supportEndsBeforeDevice()) {
      return new Span(c.endOfSupport().toString());
    }
    Span warning =
        new Span(c.endOfSupport() + " — before the device's " + r.release().plannedEndOfSupport());
    warning.getElement().getThemeList().add("badge error");
    warning.getElement().setAttribute("data-warning", "support-ends-before-device");
    return warning;
  }

  private HorizontalLayout actions(DeviceReleaseSummary r, BuiltInComponent c) {
    Button reclassify = new Button("Reclassify", e -> openReclassifyDialog(r, c));
    reclassify.setId("reclassify-" + c.componentReleaseId());
    reclassify.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Button remove =
        new Button(
            "Remove",
            e -> {
              devices.remove(r.deviceId(), r.release().id(), c.componentReleaseId());
              Notification.show(c.componentName() + " removed from " + r.title());
              refresh();
            });
    remove.setId("remove-" + c.componentReleaseId());
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(reclassify, remove);
  }

  private void openIncludeDialog(DeviceReleaseSummary r) {
    ComponentReleaseDialog dialog =
        ComponentReleaseDialog.include(
            query ->
                catalogue
                    .searchReleases(
                        query.getFilter().orElse(""),
                        new PageRequest(query.getOffset(), query.getLimit()))
                    .stream(),
            query -> (int) catalogue.countReleases(query.getFilter().orElse("")));
    dialog.addSaveListener(
        event -> {
          try {
            devices.include(
                r.deviceId(),
                r.release().id(),
                event.componentReleaseId(),
                event.criticality(),
                event.exposure());
            dialog.close();
            refresh();
          } catch (IllegalArgumentException e) {
            dialog.showError(e.getMessage());
          }
        });
    dialog.open();
  }

  private void openReclassifyDialog(DeviceReleaseSummary r, BuiltInComponent c) {
    ComponentReleaseDialog dialog =
        ComponentReleaseDialog.reclassify(
            c.componentName() + (c.version() == null ? "" : " " + c.version()),
            c.criticality(),
            c.exposure());
    dialog.addSaveListener(
        event -> {
          try {
            devices.reclassify(
                r.deviceId(),
                r.release().id(),
                c.componentReleaseId(),
                event.criticality(),
                event.exposure());
            dialog.close();
            refresh();
          } catch (IllegalArgumentException e) {
            dialog.showError(e.getMessage());
          }
        });
    dialog.open();
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
