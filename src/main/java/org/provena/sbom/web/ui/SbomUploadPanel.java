package org.provena.sbom.web.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import java.util.stream.Collectors;
import org.provena.sbom.application.SbomIntake;
import org.provena.sbom.application.SbomQueries;
import org.provena.sbom.application.SbomView;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.sbom.domain.InvalidSbomException;
import org.provena.sbom.domain.SbomFormat;
import org.provena.ui.DocumentDrop;

/**
 * The SBOMs of one component release: a drop zone with progress for the supplier (the upload goes
 * through the same intake as the REST API) and the list of uploads with their status. The list
 * refreshes itself while an upload is still being processed.
 */
public class SbomUploadPanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  private final transient SbomQueries queries;
  private final UUID releaseId;
  private final Grid<SbomView> uploads = new Grid<>();

  public SbomUploadPanel(
      SbomIntake intake,
      SbomQueries queries,
      UUID releaseId,
      String componentName,
      String version,
      boolean mayUpload) {
    this.queries = queries;
    this.releaseId = releaseId;
    setPadding(false);
    add(new H3("SBOMs of " + componentName + " " + version));
    if (mayUpload) {
      Upload upload =
          DocumentDrop.create(
              "sbom-upload",
              "Drop a CycloneDX or SPDX SBOM here (JSON, XML, tag-value, or .gz/.zip)",
              100 * 1024 * 1024,
              (fileName, contentType, body) -> {
                try {
                  intake.accept(componentName, version, contentType, body);
                  return new DocumentDrop.Outcome(fileName + " accepted; processing it now.", true);
                } catch (InvalidSbomException e) {
                  return new DocumentDrop.Outcome(
                      fileName
                          + " was rejected: "
                          + e.getMessage()
                          + " — "
                          + e.problems().stream()
                              .limit(5)
                              .map(p -> p.location() + ": " + p.message())
                              .collect(Collectors.joining("; ")),
                      false);
                } catch (DocumentTooLargeException e) {
                  return new DocumentDrop.Outcome(
                      fileName + " was rejected: " + e.getMessage(), false);
                }
              },
              outcome -> announce(outcome.message(), outcome.success()));
      add(upload);
    }
    uploads.setId("sbom-uploads");
    uploads.addComponentColumn(SbomUploadPanel::statusBadge).setHeader("Status").setAutoWidth(true);
    uploads.addColumn(v -> v.format() == null ? "" : formatName(v)).setHeader("Format");
    uploads
        .addColumn(v -> v.packageCount() == null ? "" : v.packageCount().toString())
        .setHeader("Packages");
    uploads
        .addColumn(
            v ->
                v.uploadedBy()
                    + ", "
                    + v.uploadedAt().toString().substring(0, 16).replace('T', ' ')
                    + " UTC")
        .setHeader("Uploaded")
        .setAutoWidth(true);
    uploads
        .addComponentColumn(
            v ->
                new RouterLink(
                    "Details", SbomDetailView.class, new RouteParameters("id", v.id().toString())))
        .setHeader("");
    uploads.setAllRowsVisible(true);
    add(uploads);
    refresh();
  }

  private void announce(String message, boolean success) {
    Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(
        success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    refresh();
  }

  /** Reloads the list; stops polling once nothing is waiting for processing. */
  void refresh() {
    var list = queries.ofRelease(releaseId);
    uploads.setItems(list);
    boolean waiting =
        list.stream()
            .anyMatch(v -> v.status().equals("pending") || v.status().equals("processing"));
    getUI().ifPresent(ui -> ui.setPollInterval(waiting ? 2000 : -1));
  }

  @Override
  protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
    event.getUI().addPollListener(poll -> refresh());
    refresh();
  }

  static Span statusBadge(SbomView view) {
    Span badge = new Span(view.status());
    String theme =
        switch (view.status()) {
          case "processed" -> "badge success";
          case "rejected" -> "badge error";
          default -> "badge contrast";
        };
    badge.getElement().getThemeList().add(theme);
    return badge;
  }

  static String formatName(SbomView view) {
    String name = SbomFormat.valueOf(view.format()).title();
    return name + (view.specVersion() == null ? "" : " " + view.specVersion());
  }
}
