package org.provena.scoring.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingQueries;
import org.provena.finding.application.FindingView;
import org.provena.identity.domain.Role;
import org.provena.scoring.application.DeviceRisk;
import org.provena.scoring.application.DeviceRisk.ComponentRisk;
import org.provena.scoring.application.DeviceRisk.ReleaseRisk;
import org.provena.scoring.web.ui.charts.GradeBadge;
import org.provena.shared.domain.PageRequest;
import org.provena.ui.MainLayout;

/**
 * The device risk tree for the security team: the device release's score with what lowers it and
 * what it owes, then device release → component releases (grade, safety class, exposure, support) →
 * packages → vulnerabilities (severity, CVSS, EPSS, KEV, the supplier's VEX answer). A component
 * release's packages are read when it is opened, so the page answers at once for large devices.
 */
@Route(value = "device-releases/:id/risk", layout = MainLayout.class)
@PageTitle("Device risk · Provena")
@RolesAllowed({Role.Names.SECURITY, Role.Names.PROCUREMENT, Role.Names.ADMIN})
public class DeviceRiskView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private static final int FINDINGS_PER_RELEASE = PageRequest.MAX_LIMIT;

  /** A row of the tree. */
  sealed interface Node {
    String name();
  }

  record ComponentNode(ComponentRisk risk) implements Node {
    public String name() {
      return risk.label() + " · " + risk.supplierName();
    }
  }

  record PackageNode(String name, int findings) implements Node {}

  record VulnerabilityNode(FindingView finding) implements Node {
    public String name() {
      return finding.vulnerabilityId();
    }
  }

  /** Placeholder child that gives a component its expand toggle until its packages are read. */
  record Loading(ComponentNode parent) implements Node {
    public String name() {
      return "Reading packages…";
    }
  }

  private final transient DeviceRisk risk;
  private final transient FindingQueries findings;
  private TreeGrid<Node> grid;

  @Inject
  public DeviceRiskView(DeviceRisk risk, FindingQueries findings) {
    this.risk = risk;
    this.findings = findings;
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<ReleaseRisk> found =
        event.getRouteParameters().get("id").flatMap(RouteIds::uuid).flatMap(risk::of);
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    removeAll();
    ReleaseRisk view = found.get();
    H2 title = new H2("Risk of " + view.title());
    title.setId("view-title");
    add(
        title,
        new HorizontalLayout(
            new Anchor(
                "device-releases/" + view.deviceReleaseId(), "Composition and SBOM + VDR export")));
    if (view.score().isPresent()) {
      add(new ScorePanel(view.score().get(), "What lowers the device's score", "Open items"));
    } else {
      add(new Paragraph("Not scored yet: the score follows within seconds of a change."));
    }
    add(new H3("Components, packages and vulnerabilities"), tree(view));
  }

  private TreeGrid<Node> tree(ReleaseRisk view) {
    TreeData<Node> data = new TreeData<>();
    for (ComponentRisk c : view.components()) {
      ComponentNode node = new ComponentNode(c);
      data.addItem(null, node);
      data.addItem(node, new Loading(node));
    }
    TreeDataProvider<Node> provider = new TreeDataProvider<>(data);
    grid = new TreeGrid<>();
    grid.setId("risk-tree");
    grid.addHierarchyColumn(Node::name).setHeader("Name").setFlexGrow(1).setResizable(true);
    grid.addComponentColumn(DeviceRiskView::rating)
        .setHeader("Grade / severity")
        .setAutoWidth(true);
    grid.addColumn(DeviceRiskView::weight).setHeader("Class · exposure / CVSS").setAutoWidth(true);
    grid.addColumn(DeviceRiskView::exploit).setHeader("KEV · EPSS").setAutoWidth(true);
    grid.addColumn(DeviceRiskView::answer).setHeader("Support / VEX · triage").setAutoWidth(true);
    grid.addComponentColumn(DeviceRiskView::link).setHeader("").setAutoWidth(true);
    grid.setDataProvider(provider);
    grid.addExpandListener(
        event ->
            event.getItems().stream()
                .filter(ComponentNode.class::isInstance)
                .map(ComponentNode.class::cast)
                .forEach(node -> load(data, node)));
    grid.setHeight("60vh");
    grid.setWidthFull();
    // The tree opens on what to look at: the worst component release, down to its vulnerabilities.
    data.getRootItems().stream()
        .findFirst()
        .map(ComponentNode.class::cast)
        .ifPresent(
            worst -> {
              load(data, worst);
              grid.expandRecursively(List.of(worst), 1);
            });
    return grid;
  }

  /** Replaces a component's placeholder with its packages and their open findings. */
  private void load(TreeData<Node> data, ComponentNode node) {
    List<Node> children = data.getChildren(node);
    if (children.size() != 1 || !(children.get(0) instanceof Loading loading)) {
      return;
    }
    data.removeItem(loading);
    Map<String, List<FindingView>> byPackage = new LinkedHashMap<>();
    for (FindingView f :
        findings.ofRelease(
            node.risk().componentReleaseId(),
            FindingFilter.open(),
            new PageRequest(0, FINDINGS_PER_RELEASE))) {
      byPackage
          .computeIfAbsent(
              f.packageName() + (f.packageVersion() == null ? "" : " " + f.packageVersion()),
              k -> new java.util.ArrayList<>())
          .add(f);
    }
    if (byPackage.isEmpty()) {
      data.addItem(node, new PackageNode("No open findings in its packages", 0));
    }
    byPackage.forEach(
        (name, list) -> {
          PackageNode p = new PackageNode(name, list.size());
          data.addItem(node, p);
          list.forEach(f -> data.addItem(p, new VulnerabilityNode(f)));
        });
    grid.getDataProvider().refreshAll();
  }

  private static Component rating(Node node) {
    if (node instanceof ComponentNode c) {
      return c.risk().score().isPresent()
          ? new GradeBadge(c.risk().score().get().grade(), c.risk().score().get().value())
          : GradeBadge.none();
    }
    if (node instanceof PackageNode p) {
      return new Span(p.findings() == 0 ? "" : p.findings() + " open");
    }
    if (node instanceof VulnerabilityNode v) {
      return severity(v.finding().severity());
    }
    return new Span();
  }

  private static String weight(Node node) {
    if (node instanceof ComponentNode c) {
      return c.risk().criticality().name().replace("CLASS_", "class ")
          + " · "
          + c.risk().exposure().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (node instanceof VulnerabilityNode v && v.finding().cvssScore() != null) {
      return "CVSS " + v.finding().cvssScore().toPlainString();
    }
    return "";
  }

  /** Where the row is worked on: a component's findings, where a vulnerability is triaged. */
  private static Component link(Node node) {
    if (node instanceof ComponentNode c) {
      return new Anchor(
          "component-releases/" + c.risk().componentReleaseId() + "/findings", "Findings");
    }
    if (node instanceof VulnerabilityNode v) {
      return new Anchor(
          "component-releases/" + v.finding().componentReleaseId() + "/findings", "Triage");
    }
    return new Span();
  }

  private static String exploit(Node node) {
    if (node instanceof VulnerabilityNode v) {
      String kev = v.finding().kev() ? "KEV" : "";
      String epss =
          v.finding().epss() == null
              ? ""
              : String.format(Locale.ROOT, "EPSS %.1f%%", v.finding().epss() * 100);
      return (kev + " " + epss).trim();
    }
    return "";
  }

  private static String answer(Node node) {
    if (node instanceof ComponentNode c) {
      return c.risk().endOfSupport() == null
          ? "end of support not declared"
          : "supported until "
              + c.risk().endOfSupport()
              + (c.risk().supportEndsBeforeDevice() ? " — before the device's" : "");
    }
    if (node instanceof VulnerabilityNode v) {
      String vex =
          v.finding().vexStatus() == null
              ? "no VEX answer"
              : "VEX " + v.finding().vexStatus().toLowerCase(Locale.ROOT).replace('_', ' ');
      return v.finding().assessment() == null
          ? vex + " · not triaged"
          : vex
              + " · triage: "
              + v.finding()
                  .assessment()
                  .triageState()
                  .name()
                  .toLowerCase(Locale.ROOT)
                  .replace('_', ' ');
    }
    return "";
  }

  private static Span severity(String severity) {
    Span badge = new Span(severity == null ? "unknown" : severity.toLowerCase(Locale.ROOT));
    badge.getElement().getThemeList().add("badge");
    if ("CRITICAL".equals(severity) || "HIGH".equals(severity)) {
      badge.getElement().getThemeList().add("error");
    }
    badge.addClassNames(LumoUtility.FontSize.SMALL);
    return badge;
  }
}
