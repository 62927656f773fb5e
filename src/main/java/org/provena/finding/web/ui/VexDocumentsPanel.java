package org.provena.finding.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.provena.finding.application.VexDocumentView;
import org.provena.finding.application.VexIntake;
import org.provena.finding.application.VexQueries;
import org.provena.finding.application.VexStatementView;
import org.provena.finding.domain.InvalidVexException;
import org.provena.shared.domain.PageRequest;
import org.provena.ui.DocumentDrop;

/**
 * A supplier's VEX documents: format, signature, how many statements and findings they cover, and
 * what they lack (CISA minimum requirements). The supplier drops new ones here (optionally for one
 * release); they go through the same intake as the REST API.
 */
public class VexDocumentsPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  private final transient VexQueries queries;
  private final UUID supplierId;
  private final Grid<VexDocumentView> grid = new Grid<>();

  /**
   * @param releaseId the release uploads are restricted to, or null
   */
  public VexDocumentsPanel(
      VexIntake intake, VexQueries queries, UUID supplierId, UUID releaseId, boolean editable) {
    this.queries = queries;
    this.supplierId = supplierId;
    setPadding(false);
    if (editable) {
      Upload upload =
          DocumentDrop.create(
              "vex-upload",
              "Drop a VEX document: CycloneDX VEX, OpenVEX or CSAF (plain or DSSE-signed)",
              20 * 1024 * 1024,
              (fileName, contentType, body) -> {
                try {
                  VexDocumentView view = intake.upload(releaseId, null, null, contentType, body);
                  return new DocumentDrop.Outcome(
                      fileName
                          + ": "
                          + view.statementCount()
                          + " statement(s), applied to "
                          + view.findings()
                          + " finding(s)"
                          + (view.applied()
                              ? ""
                              : " — not applied: the signature is invalid ("
                                  + view.signatureReason()
                                  + ")")
                          + (view.warnings().isEmpty()
                              ? ""
                              : "; " + view.warnings().size() + " warning(s)"),
                      view.applied());
                } catch (InvalidVexException e) {
                  return new DocumentDrop.Outcome(
                      fileName
                          + " was refused: "
                          + e.getMessage()
                          + " — "
                          + e.problems().stream()
                              .limit(5)
                              .map(p -> p.location() + ": " + p.message())
                              .collect(Collectors.joining("; ")),
                      false);
                }
              },
              outcome -> announce(outcome.message(), outcome.success()));
      add(upload);
    }
    grid.setId("vex-documents");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(VexDocumentsPanel::format).setHeader("Format").setAutoWidth(true);
    grid.addColumn(d -> d.author() == null ? "" : d.author()).setHeader("Author").setFlexGrow(1);
    grid.addComponentColumn(VexDocumentsPanel::signature).setHeader("Signature").setAutoWidth(true);
    grid.addColumn(d -> d.statementCount()).setHeader("Statements").setAutoWidth(true);
    grid.addColumn(d -> d.findings()).setHeader("Findings").setAutoWidth(true);
    grid.addColumn(d -> d.warnings().isEmpty() ? "" : d.warnings().size() + " warning(s)")
        .setHeader("Completeness")
        .setAutoWidth(true);
    grid.addColumn(d -> d.uploadedBy() + ", " + d.uploadedAt().toString().substring(0, 10))
        .setHeader("Uploaded")
        .setAutoWidth(true);
    grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
    grid.setAllRowsVisible(true);
    add(grid);
  }

  public void refresh() {
    // The list reads documents without statements; details load one document whole.
    grid.setItems(queries.documentsOf(supplierId, new PageRequest(0, 200)));
  }

  @Override
  protected void onAttach(AttachEvent event) {
    refresh();
  }

  private void announce(String message, boolean success) {
    Notification n = Notification.show(message, 10000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    refresh();
  }

  private Component details(VexDocumentView listed) {
    VexDocumentView d = queries.document(listed.id()).orElse(listed);
    VerticalLayout details = new VerticalLayout();
    details.setPadding(false);
    details.setSpacing(false);
    if (d.documentRef() != null) {
      details.add(new Span("Document id: " + d.documentRef()));
    }
    if (d.signatureReason() != null) {
      details.add(new Span("Signature: " + d.signatureReason()));
    }
    for (var w : d.warnings().stream().limit(20).toList()) {
      details.add(new Span("⚠ " + w.location() + ": " + w.message()));
    }
    Grid<VexStatementView> statements = new Grid<>();
    statements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    statements
        .addColumn(VexStatementView::vulnerabilityId)
        .setHeader("Vulnerability")
        .setAutoWidth(true);
    statements
        .addColumn(s -> s.products() == null ? "" : s.products())
        .setHeader("Products")
        .setFlexGrow(2);
    statements
        .addComponentColumn(s -> VexBadges.status(s.status()))
        .setHeader("Status")
        .setAutoWidth(true);
    statements.addColumn(VexBadges::because).setHeader("Because").setFlexGrow(2);
    statements.addColumn(VexStatementView::findings).setHeader("Findings").setAutoWidth(true);
    statements.setItems(d.statements());
    statements.setAllRowsVisible(true);
    details.add(statements);
    queries
        .original(d.id())
        .ifPresent(
            file ->
                details.add(
                    new Anchor(
                        DownloadHandler.forFile(file.toFile(), "vex-" + d.id()),
                        "Download the original")));
    return details;
  }

  private static String format(VexDocumentView d) {
    String name =
        switch (d.format()) {
          case "CYCLONEDX" -> "CycloneDX VEX";
          case "OPENVEX" -> "OpenVEX";
          case "CSAF" -> "CSAF";
          default -> d.format();
        };
    return d.specVersion() == null ? name : name + " " + d.specVersion();
  }

  private static Component signature(VexDocumentView d) {
    Span badge = new Span(d.signatureOutcome().toLowerCase(Locale.ROOT));
    badge
        .getElement()
        .getThemeList()
        .addAll(
            List.of(
                (switch (d.signatureOutcome()) {
                      case "VALID" -> "badge success";
                      case "INVALID" -> "badge error";
                      default -> "badge contrast";
                    })
                    .split(" ")));
    if (d.signatureReason() != null) {
      badge.getElement().setAttribute("title", d.signatureReason());
    }
    return badge;
  }
}
