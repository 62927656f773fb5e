package org.provena.finding.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.provena.finding.application.WhereUsed;
import org.provena.finding.application.WhereUsedView;
import org.provena.finding.application.WhereUsedView.DeviceUse;
import org.provena.finding.application.WhereUsedView.ReleaseUse;
import org.provena.identity.domain.Role;
import org.provena.ui.MainLayout;

/**
 * The security team's search: a purl (any version, or one), a package name, or a vulnerability id
 * or alias → the component releases whose current SBOM has it and the device releases they are in.
 * The query is in the URL ({@code ?purl=}, {@code ?name=}, {@code ?cve=}), so a result can be
 * linked and shared.
 */
@Route(value = "where-used", layout = MainLayout.class)
@PageTitle("Where used · Provena")
@RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
public class WhereUsedSearchView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private static final String PURL = "purl or CPE";
  private static final String NAME = "Package name";
  private static final String CVE = "Vulnerability";

  private final transient WhereUsed whereUsed;
  private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
  private final TextField query = new TextField();
  private final VerticalLayout results = new VerticalLayout();

  @Inject
  public WhereUsedSearchView(WhereUsed whereUsed) {
    this.whereUsed = whereUsed;
    setSizeFull();
    H2 title = new H2("Where used");
    title.setId("view-title");
    kind.setId("where-used-kind");
    kind.setItems(PURL, NAME, CVE);
    kind.setValue(PURL);
    kind.addValueChangeListener(e -> query.setPlaceholder(placeholder(e.getValue())));
    query.setId("where-used-query");
    query.setWidth("32em");
    query.setPlaceholder(placeholder(PURL));
    query.setClearButtonVisible(true);
    Button search = new Button("Search", e -> navigate());
    search.setId("where-used-search");
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
    HorizontalLayout form = new HorizontalLayout(query, search);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    results.setPadding(false);
    results.setId("where-used-results");
    add(
        title,
        new Paragraph(
            "Find every component release whose current SBOM contains a package — and the device"
                + " releases they are in. A purl with a version finds that version only."),
        kind,
        form,
        results);
  }

  private static String placeholder(String kind) {
    return switch (kind) {
      case NAME -> "log4j-core";
      case CVE -> "CVE-2021-44228, GHSA-jfh8-c2jp-5v3q";
      default -> "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1";
    };
  }

  private void navigate() {
    String value = query.getValue() == null ? "" : query.getValue().trim();
    if (value.isEmpty()) {
      return;
    }
    String parameter =
        switch (kind.getValue()) {
          case NAME -> "name";
          case CVE -> "cve";
          default -> "purl";
        };
    getUI()
        .ifPresent(
            ui -> ui.navigate(WhereUsedSearchView.class, QueryParameters.of(parameter, value)));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
    results.removeAll();
    for (String[] pair : new String[][] {{"purl", PURL}, {"name", NAME}, {"cve", CVE}}) {
      List<String> values = parameters.get(pair[0]);
      if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
        kind.setValue(pair[1]);
        query.setValue(values.get(0));
        show(pair[0], values.get(0).trim());
        return;
      }
    }
  }

  private void show(String parameter, String value) {
    Optional<WhereUsedView> found =
        switch (parameter) {
          case "name" -> Optional.of(whereUsed.byName(value));
          case "cve" -> whereUsed.byVulnerability(value);
          default -> whereUsed.byPurl(value);
        };
    if (found.isEmpty()) {
      Span none =
          new Span(
              parameter.equals("cve")
                  ? "No vulnerability is known under " + value + "."
                  : value + " is not a purl or a CPE.");
      none.setId("where-used-none");
      results.add(none);
      return;
    }
    results.add(result(found.get()));
  }

  private static String deviceCount(WhereUsedView view) {
    long n = view.devices().stream().map(DeviceUse::deviceReleaseId).distinct().count();
    return n == 1 ? "1 device release" : n + " device releases";
  }

  static Component result(WhereUsedView view) {
    VerticalLayout layout = new VerticalLayout();
    layout.setPadding(false);
    Span summary =
        new Span(
            view.releases().isEmpty()
                ? "Not in any component release's current SBOM."
                : view.releases().size()
                    + (view.releases().size() == 1 ? " component release" : " component releases")
                    + (view.devices().isEmpty() ? "" : ", in " + deviceCount(view)));
    summary.setId("where-used-summary");
    layout.add(summary);
    if (view.releases().isEmpty()) {
      return layout;
    }
    Grid<ReleaseUse> releases = new Grid<>();
    releases.setId("where-used-releases");
    releases.addThemeVariants(GridVariant.LUMO_COMPACT);
    releases.addColumn(ReleaseUse::supplierName).setHeader("Supplier").setAutoWidth(true);
    releases
        .addComponentColumn(
            r ->
                new Anchor(
                    "component-releases/" + r.componentReleaseId() + "/findings",
                    r.componentName() + " " + r.releaseVersion()))
        .setHeader("Component release")
        .setAutoWidth(true);
    releases
        .addColumn(
            r ->
                r.packages().stream()
                    .map(p -> p.name() + (p.version() == null ? "" : " " + p.version()))
                    .distinct()
                    .collect(Collectors.joining(", ")))
        .setHeader("Packages")
        .setFlexGrow(1);
    releases
        .addColumn(
            r ->
                view.devices().stream()
                    .filter(d -> d.componentReleaseId().equals(r.componentReleaseId()))
                    .map(d -> d.deviceName() + " " + d.deviceVersion())
                    .distinct()
                    .collect(Collectors.joining(", ")))
        .setHeader("In devices")
        .setFlexGrow(1);
    releases.setItems(view.releases());
    releases.setAllRowsVisible(view.releases().size() <= 20);
    layout.add(releases);
    if (!view.devices().isEmpty()) {
      layout.add(new H3("Device releases"));
      Grid<DeviceUse> devices = new Grid<>();
      devices.setId("where-used-devices");
      devices.addThemeVariants(GridVariant.LUMO_COMPACT);
      devices.addColumn(DeviceUse::deviceName).setHeader("Device").setAutoWidth(true);
      devices.addColumn(DeviceUse::deviceVersion).setHeader("Release").setAutoWidth(true);
      devices
          .addColumn(
              d ->
                  view.releases().stream()
                      .filter(r -> r.componentReleaseId().equals(d.componentReleaseId()))
                      .map(r -> r.componentName() + " " + r.releaseVersion())
                      .findFirst()
                      .orElse(""))
          .setHeader("Through")
          .setFlexGrow(1);
      devices.addColumn(d -> d.criticality().replace("CLASS_", "Class ")).setHeader("IEC 62304");
      devices.addColumn(d -> d.exposure().toLowerCase().replace('_', ' ')).setHeader("Exposure");
      devices.setItems(view.devices());
      devices.setAllRowsVisible(true);
      layout.add(devices);
    }
    return layout;
  }
}
