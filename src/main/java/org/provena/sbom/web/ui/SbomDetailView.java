package org.provena.sbom.web.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;
import org.provena.finding.application.FindingFilter;
import org.provena.finding.application.FindingQueries;
import org.provena.identity.domain.Role;
import org.provena.sbom.application.PackageView;
import org.provena.sbom.application.SbomQueries;
import org.provena.sbom.application.SbomView;
import org.provena.sbom.domain.SbomProblem;
import org.provena.sbom.domain.quality.QualityProfile;
import org.provena.shared.domain.PageRequest;
import org.provena.ui.MainLayout;

/**
 * One uploaded SBOM: status, what the document says about itself, every validation error with its
 * location, the quality report per profile with what to fix, and the inventory in a lazily paged
 * grid filtered by name, purl or licence. Another supplier's SBOM is "not found".
 */
@Route(value = "sboms/:id", layout = MainLayout.class)
@PageTitle("SBOM · Provena")
@RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROCUREMENT, Role.Names.SECURITY, Role.Names.ADMIN})
public class SbomDetailView extends VerticalLayout implements BeforeEnterObserver {

  private static final long serialVersionUID = 1L;
  private final transient SbomQueries queries;
  private final transient FindingQueries findings;

  /** One check of a quality profile, flattened for the grid. */
  record Check(
      String check,
      String scope,
      String coverage,
      int missing,
      int unknown,
      int withheld,
      boolean passed,
      String fix) {}

  @Inject
  public SbomDetailView(SbomQueries queries, FindingQueries findings) {
    this.queries = queries;
    this.findings = findings;
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<SbomView> sbom =
        event.getRouteParameters().get("id").flatMap(SbomDetailView::uuid).flatMap(queries::find);
    if (sbom.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    show(sbom.get());
  }

  private void show(SbomView sbom) {
    removeAll();
    H2 title = new H2("SBOM " + (sbom.format() == null ? "" : SbomUploadPanel.formatName(sbom)));
    title.setId("view-title");
    Span status = SbomUploadPanel.statusBadge(sbom);
    status.setId("sbom-status");
    Anchor original =
        new Anchor(
            DownloadHandler.forFile(
                queries.original(sbom.id()).orElseThrow().toFile(), "sbom-" + sbom.id()),
            "Download the original");
    add(new HorizontalLayout(title, status), original);
    if ("processed".equals(sbom.status()) && sbom.supersededAt() != null) {
      Anchor history =
          new Anchor(
              "sboms/" + sbom.id() + "/findings",
              "Superseded by a newer SBOM of the release on "
                  + sbom.supersededAt().toString().substring(0, 10)
                  + "; its findings were resolved then (include resolved to see them)");
      history.setId("sbom-findings");
      add(history);
    } else if ("processed".equals(sbom.status())) {
      long open = findings.countOfSbom(sbom.id(), FindingFilter.open());
      long exploited =
          findings.countOfSbom(sbom.id(), new FindingFilter(null, java.util.Set.of(), true, false));
      Anchor findingsLink =
          new Anchor(
              "sboms/" + sbom.id() + "/findings",
              open == 0
                  ? "No known vulnerabilities"
                  : open
                      + (open == 1 ? " finding" : " findings")
                      + (exploited == 0 ? "" : ", " + exploited + " known exploited"));
      findingsLink.setId("sbom-findings");
      add(findingsLink);
    }
    add(
        new Paragraph(
            "SHA-256 "
                + sbom.sha256()
                + (sbom.packageCount() == null ? "" : " · " + sbom.packageCount() + " packages")
                + (sbom.toolName() == null
                    ? ""
                    : " · made with "
                        + sbom.toolName()
                        + (sbom.toolVersion() == null ? "" : " " + sbom.toolVersion()))
                + (sbom.author() == null ? "" : " · author " + sbom.author())
                + (sbom.documentTimestamp() == null
                    ? ""
                    : " · dated " + sbom.documentTimestamp())));

    if (!sbom.errors().isEmpty()) {
      add(new H3("Why it was rejected"));
      Grid<SbomProblem> errors = new Grid<>();
      errors.setId("sbom-errors");
      errors.addColumn(SbomProblem::location).setHeader("Where").setAutoWidth(true);
      errors.addColumn(SbomProblem::message).setHeader("Problem").setFlexGrow(1);
      errors.setItems(sbom.errors());
      errors.setAllRowsVisible(true);
      add(errors);
    }
    if (sbom.qualityJson() != null) {
      add(new H3("Quality"));
      JsonObject quality = Json.createReader(new StringReader(sbom.qualityJson())).readObject();
      // In the order of the profiles (NTIA, CISA, BSI, FDA), not of the JSON keys.
      for (QualityProfile profile : QualityProfile.values()) {
        if (quality.containsKey(profile.key())) {
          add(profile(profile.key(), quality.get(profile.key())));
        }
      }
    }
    if (sbom.packageCount() != null && sbom.packageCount() > 0) {
      add(new H3("Packages"));
      add(packages(sbom.id()));
      add(new H3("Dependency tree"));
      add(dependencyTree(sbom.id()));
    }
  }

  private Details profile(String key, JsonValue value) {
    JsonObject result = value.asJsonObject();
    Grid<Check> checks = new Grid<>();
    checks.addColumn(Check::check).setHeader("Check").setAutoWidth(true);
    checks.addColumn(Check::coverage).setHeader("Coverage").setAutoWidth(true);
    checks.addColumn(Check::missing).setHeader("Missing").setAutoWidth(true);
    checks.addColumn(Check::unknown).setHeader("Declared unknown").setAutoWidth(true);
    checks.addColumn(Check::withheld).setHeader("Withheld").setAutoWidth(true);
    checks.addColumn(Check::fix).setHeader("What to fix").setFlexGrow(1);
    checks.setAllRowsVisible(true);
    checks.addThemeVariants(GridVariant.LUMO_COMPACT);
    java.util.List<Check> rows = new java.util.ArrayList<>();
    JsonValue fields = result.get("fields");
    if (fields != null && fields.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue field : fields.asJsonArray()) {
        JsonObject f = field.asJsonObject();
        rows.add(
            new Check(
                f.getString("check", ""),
                f.getString("scope", ""),
                f.containsKey("coverage") ? f.get("coverage").toString() + " %" : "",
                f.getInt("missing", 0),
                f.getInt("declaredUnknown", 0),
                f.getInt("declaredWithheld", 0),
                f.getBoolean("passed", false),
                f.getString("fix", "")));
      }
    }
    checks.setItems(rows);
    Details details =
        new Details(
            QualityProfile.titleOf(key) + " · score " + result.getInt("score", 0) + " / 100",
            checks);
    details.setId("quality-" + key);
    return details;
  }

  private VerticalLayout packages(UUID sbomId) {
    TextField filter = new TextField();
    filter.setId("package-filter");
    filter.setPlaceholder("Filter by name, purl or licence");
    filter.setWidth("24em");
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.setClearButtonVisible(true);
    Grid<PackageView> grid = new Grid<>();
    grid.setId("packages");
    grid.addColumn(PackageView::name).setHeader("Name").setAutoWidth(true);
    grid.addColumn(p -> p.version() == null ? "" : p.version())
        .setHeader("Version")
        .setAutoWidth(true);
    grid.addColumn(p -> p.purl() == null ? "" : p.purl()).setHeader("purl").setFlexGrow(1);
    grid.addColumn(p -> p.licence() == null ? "" : p.licence()).setHeader("Licence");
    grid.addColumn(p -> p.supplier() == null ? "" : p.supplier()).setHeader("Supplier");
    grid.addColumn(p -> p.dependsOn().size()).setHeader("Depends on").setAutoWidth(true);
    grid.setHeight("28em");
    Runnable load =
        () ->
            grid.setItems(
                query ->
                    queries
                        .packages(
                            sbomId,
                            filter.getValue(),
                            new PageRequest(query.getOffset(), query.getLimit()))
                        .stream(),
                query -> (int) queries.countPackages(sbomId, filter.getValue()));
    filter.addValueChangeListener(change -> load.run());
    load.run();
    VerticalLayout layout = new VerticalLayout(filter, grid);
    layout.setPadding(false);
    return layout;
  }

  /**
   * A package at one place in the tree. The same package can sit under several parents (and a cycle
   * can bring it back under itself), so a node is identified by its path from the root.
   */
  record Node(String path, SbomQueries.TreeNode pkg) {}

  /** The dependency tree, each level fetched only when it is opened. */
  private TreeGrid<Node> dependencyTree(UUID sbomId) {
    TreeGrid<Node> tree = new TreeGrid<>();
    tree.setId("dependency-tree");
    tree.addHierarchyColumn(
            n -> n.pkg().name() + (n.pkg().version() == null ? "" : " " + n.pkg().version()))
        .setHeader("Package")
        .setFlexGrow(2);
    tree.addColumn(n -> n.pkg().purl() == null ? "" : n.pkg().purl())
        .setHeader("purl")
        .setFlexGrow(2);
    tree.addColumn(n -> n.pkg().dependencies()).setHeader("Direct dependencies").setAutoWidth(true);
    tree.setHeight("24em");
    tree.setDataProvider(
        new AbstractBackEndHierarchicalDataProvider<Node, Void>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int getChildCount(HierarchicalQuery<Node, Void> query) {
            long count =
                query
                    .getParentOptional()
                    .map(parent -> queries.countTreeChildren(parent.pkg().id()))
                    .orElseGet(() -> queries.countTreeRoots(sbomId));
            return (int) count;
          }

          @Override
          public boolean hasChildren(Node node) {
            return node.pkg().dependencies() > 0;
          }

          @Override
          protected java.util.stream.Stream<Node> fetchChildrenFromBackEnd(
              HierarchicalQuery<Node, Void> query) {
            PageRequest page = new PageRequest(query.getOffset(), query.getLimit());
            String prefix = query.getParentOptional().map(Node::path).orElse("");
            return query
                .getParentOptional()
                .map(parent -> queries.treeChildren(parent.pkg().id(), page))
                .orElseGet(() -> queries.treeRoots(sbomId, page))
                .stream()
                .map(pkg -> new Node(prefix + "/" + pkg.id(), pkg));
          }
        });
    return tree;
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
