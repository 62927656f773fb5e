package org.provena.device.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.provena.device.application.DeviceRegistry;
import org.provena.device.application.DeviceSummary;
import org.provena.identity.domain.Role;
import org.provena.scoring.application.ScoreQueries;
import org.provena.scoring.application.ScoreView;
import org.provena.scoring.domain.ScoreSubject;
import org.provena.shared.domain.PageRequest;
import org.provena.ui.MainLayout;

/**
 * The manufacturer's devices: each with its releases and how many component releases each is built
 * from, a page at a time. New devices and releases are defined here; a release's page shows and
 * changes what it is built from.
 */
@Route(value = "devices", layout = MainLayout.class)
@PageTitle("Devices · Provena")
@RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
public class DeviceListView extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  private final transient DeviceRegistry devices;
  private final transient ScoreQueries scores;
  private final Grid<DeviceSummary> grid = new Grid<>();

  @Inject
  public DeviceListView(DeviceRegistry devices, ScoreQueries scores) {
    this.devices = devices;
    this.scores = scores;
    H2 title = new H2("Devices");
    title.setId("view-title");
    Button newDevice = new Button("New device", e -> openDeviceDialog());
    newDevice.setId("new-device");
    newDevice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout header = new HorizontalLayout(title, newDevice);
    header.setAlignItems(FlexComponent.Alignment.BASELINE);

    grid.setId("devices");
    grid.addColumn(DeviceSummary::name).setHeader("Device").setAutoWidth(true);
    grid.addColumn(d -> d.modelNumber() == null ? "" : d.modelNumber())
        .setHeader("Model")
        .setAutoWidth(true);
    grid.addComponentColumn(this::releases).setHeader("Releases · risk grade").setFlexGrow(1);
    grid.addComponentColumn(
            device -> {
              Button add = new Button("New release", e -> openReleaseDialog(device));
              add.setId("new-release-" + device.id());
              add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
              return add;
            })
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(
        query -> devices.list(new PageRequest(query.getOffset(), query.getLimit())).stream(),
        query -> (int) devices.count());
    setSizeFull();
    add(header, grid);
  }

  /**
   * Each release as a link to its page, with the number of component releases in it, and its risk
   * grade linking to the device risk tree.
   */
  private FlexLayout releases(DeviceSummary device) {
    FlexLayout links = new FlexLayout();
    links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    links.getStyle().set("gap", "var(--lumo-space-m)");
    Map<UUID, ScoreView> risk =
        scores.current(
            ScoreSubject.DEVICE_RELEASE,
            device.releases().stream().map(DeviceSummary.Release::id).toList());
    for (DeviceSummary.Release release : device.releases()) {
      int n = release.components().size();
      Anchor link =
          new Anchor(
              "device-releases/" + release.id(),
              release.version() + " · " + n + (n == 1 ? " component" : " components"));
      link.setId("release-" + release.id());
      ScoreView score = risk.get(release.id());
      Anchor grade =
          new Anchor(
              "device-releases/" + release.id() + "/risk",
              score == null ? "not scored" : score.grade() + " · " + score.value());
      grade.setId("risk-" + release.id());
      grade
          .getElement()
          .getThemeList()
          .add(
              score == null
                  ? "badge contrast"
                  : switch (score.grade()) {
                    case A, B -> "badge success";
                    case C, D -> "badge";
                    case E, F -> "badge error";
                  });
      grade
          .getElement()
          .setAttribute("title", "Risk of " + device.name() + " " + release.version());
      links.add(new Span(link, new Span(" "), grade));
    }
    return links;
  }

  private void openDeviceDialog() {
    DeviceDialog dialog = new DeviceDialog();
    dialog.addSaveListener(
        event -> {
          try {
            DeviceSummary created =
                devices.define(event.name(), event.modelNumber(), event.description());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notification.show(created.name() + " defined");
          } catch (IllegalArgumentException e) {
            dialog.showError(e.getMessage());
          }
        });
    dialog.open();
  }

  private void openReleaseDialog(DeviceSummary device) {
    ReleaseDialog dialog = new ReleaseDialog(device.name());
    dialog.addSaveListener(
        event -> {
          try {
            devices.addRelease(
                device.id(), event.version(), event.releasedOn(), event.plannedEndOfSupport());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notification.show(device.name() + " " + event.version().trim() + " added");
          } catch (IllegalArgumentException e) {
            dialog.showError(e.getMessage());
          }
        });
    dialog.open();
  }
}
