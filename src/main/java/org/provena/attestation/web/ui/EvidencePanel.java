package org.provena.attestation.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.provena.attestation.application.AttestationIntake;
import org.provena.attestation.application.AttestationQueries;
import org.provena.attestation.application.AttestationView;
import org.provena.attestation.domain.InvalidEvidenceException;
import org.provena.component.application.ComponentCatalogue;
import org.provena.component.application.ComponentDetails;
import org.provena.component.application.ReleaseDetails;
import org.provena.sbom.domain.DocumentTooLargeException;
import org.provena.shared.domain.PageRequest;
import org.provena.supplier.application.SigningIdentities;
import org.provena.ui.DocumentDrop;

/**
 * A supplier's attestations: how fresh they are (the newest of each kind with its status), every
 * attestation with its verification outcome and the reason, and — for the supplier itself — the
 * drop zone for signed documents and the forms for certificates and the CISA secure software
 * development attestation. Uploads go through the same intake as the REST API.
 */
public class EvidencePanel extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  private final transient AttestationQueries queries;
  private final UUID supplierId;
  private final Grid<AttestationView> grid = new Grid<>();
  private final Div freshness = new Div();
  private final Map<UUID, String> releaseLabels = new LinkedHashMap<>();
  private final Map<UUID, String> identityLabels = new LinkedHashMap<>();
  private final transient SigningIdentities identities;
  private volatile UUID uploadRelease;

  public EvidencePanel(
      AttestationIntake intake,
      AttestationQueries queries,
      ComponentCatalogue catalogue,
      SigningIdentities identities,
      UUID supplierId,
      boolean editable) {
    this.queries = queries;
    this.identities = identities;
    this.supplierId = supplierId;
    setPadding(false);
    List<ReleaseDetails> releases = releasesOf(catalogue);
    releases.forEach(r -> releaseLabels.put(r.id(), r.componentName() + " " + r.version()));

    freshness.setId("evidence-freshness");
    add(new H3("Freshness"), freshness);

    if (editable) {
      add(new H3("Add evidence"));
      ComboBox<ReleaseDetails> about = new ComboBox<>("About release (optional)");
      about.setId("evidence-release");
      about.setItems(releases);
      about.setItemLabelGenerator(r -> r.componentName() + " " + r.version());
      about.setClearButtonVisible(true);
      about.setHelperText("Unset: the release is found by the subject's digest");
      about.setWidth("22em");
      about.addValueChangeListener(
          e -> uploadRelease = e.getValue() == null ? null : e.getValue().id());
      Upload upload =
          DocumentDrop.create(
              "evidence-upload",
              "Drop an attestation: in-toto / DSSE envelope, SLSA provenance, Sigstore bundle,"
                  + " CycloneDX 1.6 declarations (JSON)",
              20 * 1024 * 1024,
              (fileName, contentType, body) -> {
                try {
                  AttestationView view =
                      intake.upload(
                          new AttestationIntake.ReleaseRef(uploadRelease, null, null),
                          contentType,
                          body);
                  return new DocumentDrop.Outcome(
                      fileName
                          + ": "
                          + EvidenceLabels.kind(view.kind())
                          + ", "
                          + view.status().toLowerCase(java.util.Locale.ROOT)
                          + (view.reason() == null ? "" : " — " + view.reason()),
                      !"INVALID".equals(view.status()));
                } catch (InvalidEvidenceException e) {
                  return new DocumentDrop.Outcome(fileName + " was refused: " + problems(e), false);
                }
              },
              outcome -> announce(outcome.message(), outcome.success()));
      Button certificate =
          new Button(
              "File a certificate or report…",
              e ->
                  new CertificateDialog(
                          releases,
                          (form, pdf) -> {
                            try {
                              intake.fileCertificate(form, pdf);
                              announce("Filed " + EvidenceLabels.kind(form.kind().name()), true);
                              return null;
                            } catch (InvalidEvidenceException ex) {
                              return problems(ex);
                            } catch (DocumentTooLargeException ex) {
                              return ex.getMessage();
                            }
                          })
                      .open());
      certificate.setId("file-certificate");
      Button ssda =
          new Button(
              "File the CISA secure development attestation…",
              e ->
                  new SecureDevelopmentDialog(
                          releases,
                          (form, pdf) -> {
                            try {
                              intake.fileSecureDevelopment(form, pdf);
                              announce("Filed the secure software development attestation", true);
                              return null;
                            } catch (InvalidEvidenceException ex) {
                              return problems(ex);
                            } catch (DocumentTooLargeException ex) {
                              return ex.getMessage();
                            }
                          })
                      .open());
      ssda.setId("file-secure-development");
      HorizontalLayout forms = new HorizontalLayout(certificate, ssda);
      add(about, upload, forms);
    }

    add(new H3("Attestations"));
    grid.setId("attestations");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(v -> EvidenceLabels.kind(v.kind()))
        .setHeader("Kind")
        .setWidth("14em")
        .setFlexGrow(0);
    grid.addColumn(this::about).setHeader("About").setWidth("10em").setFlexGrow(1);
    grid.addComponentColumn(v -> EvidenceLabels.status(v.status()))
        .setHeader("Status")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(v -> v.reason() == null ? "" : v.reason()).setHeader("Why").setFlexGrow(4);
    grid.addColumn(this::signedBy).setHeader("Signed by").setFlexGrow(2);
    grid.addColumn(v -> EvidenceLabels.day(v.expiresAt())).setHeader("Expires").setAutoWidth(true);
    grid.addColumn(v -> v.uploadedBy() + ", " + EvidenceLabels.day(v.uploadedAt()))
        .setHeader("Filed")
        .setAutoWidth(true);
    grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
    grid.setAllRowsVisible(true);
    add(grid);
  }

  /** Reloads the attestations and the freshness summary. */
  public void refresh() {
    identityLabels.clear();
    for (var identity : identities.of(supplierId)) {
      if (identity.label() != null) {
        identityLabels.put(identity.id(), identity.label());
      }
    }
    List<AttestationView> all = queries.ofSupplier(supplierId);
    grid.setItems(all);
    freshness.removeAll();
    if (all.isEmpty()) {
      freshness.add(new Paragraph("No evidence yet."));
      return;
    }
    Map<String, Long> byStatus =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    AttestationView::status, TreeMap::new, Collectors.counting()));
    freshness.add(
        new Paragraph(
            all.size()
                + (all.size() == 1 ? " attestation: " : " attestations: ")
                + byStatus.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "))));
    Map<String, AttestationView> newest = new TreeMap<>();
    for (AttestationView v : all) {
      newest.merge(v.kind(), v, (a, b) -> a.uploadedAt().isAfter(b.uploadedAt()) ? a : b);
    }
    Grid<AttestationView> latest = new Grid<>();
    latest.setId("evidence-latest");
    latest.addThemeVariants(GridVariant.LUMO_COMPACT);
    latest
        .addColumn(v -> EvidenceLabels.kind(v.kind()))
        .setHeader("Newest of each kind")
        .setAutoWidth(true);
    latest
        .addComponentColumn(v -> EvidenceLabels.status(v.status()))
        .setHeader("Status")
        .setAutoWidth(true);
    latest.addColumn(v -> EvidenceLabels.day(v.issuedAt())).setHeader("Issued").setAutoWidth(true);
    latest
        .addColumn(v -> EvidenceLabels.day(v.expiresAt()))
        .setHeader("Expires")
        .setAutoWidth(true);
    latest.setWidth("48em");
    latest.setItems(
        newest.values().stream()
            .sorted(Comparator.comparing(v -> EvidenceLabels.kind(v.kind())))
            .toList());
    latest.setAllRowsVisible(true);
    freshness.add(latest);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    refresh();
  }

  private void announce(String message, boolean success) {
    Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    refresh();
  }

  /** The registered identity's name when one verified it, else the signer as the signature says. */
  private String signedBy(AttestationView v) {
    if (v.signingIdentityId() != null && identityLabels.containsKey(v.signingIdentityId())) {
      return identityLabels.get(v.signingIdentityId());
    }
    return v.signer() == null ? "" : v.signer();
  }

  private String about(AttestationView v) {
    if (v.componentReleaseId() != null) {
      return releaseLabels.getOrDefault(v.componentReleaseId(), "a release");
    }
    if (v.detailsJson() != null && v.detailsJson().contains("\"allProducts\":true")) {
      return "all its software";
    }
    return v.subjectName() != null ? v.subjectName() : "the supplier";
  }

  private Component details(AttestationView v) {
    VerticalLayout details = new VerticalLayout();
    details.setPadding(false);
    details.setSpacing(false);
    if (v.subjectBinding() != null && v.bindingReason() != null) {
      details.add(new Span("Subject: " + v.bindingReason()));
    }
    if (v.subjectsJson() != null) {
      details.add(new Span("Subjects: " + subjects(v.subjectsJson())));
    }
    if (v.issuer() != null) {
      details.add(
          new Span(
              "Issued by "
                  + v.issuer()
                  + (v.issuedAt() == null ? "" : " on " + EvidenceLabels.day(v.issuedAt()))));
    }
    if (v.predicateType() != null) {
      details.add(new Span("Predicate: " + v.predicateType()));
    }
    if (v.slsaBuildLevel() != null) {
      details.add(new Span("SLSA build level " + v.slsaBuildLevel()));
    }
    if (v.detailsJson() != null) {
      Pre facts = new Pre(pretty(v.detailsJson()));
      facts.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-xs)");
      details.add(facts);
    }
    details.add(
        new Span(
            "Verified "
                + EvidenceLabels.time(v.verifiedAt())
                + "; original sha256 "
                + v.originalSha256()));
    queries
        .original(v.id())
        .ifPresent(
            file ->
                details.add(
                    new Anchor(
                        DownloadHandler.forFile(file.toFile(), "attestation-" + v.id()),
                        "Download the original")));
    details.setAlignItems(FlexComponent.Alignment.START);
    return details;
  }

  private static String subjects(String json) {
    List<String> out = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject s = value.asJsonObject();
        out.add(
            s.getString("name", "(unnamed)")
                + " "
                + s.getJsonArray("digests").stream()
                    .map(d -> ((jakarta.json.JsonString) d).getString())
                    .collect(Collectors.joining(" ")));
      }
    }
    return String.join("; ", out);
  }

  /** The details JSON indented for reading. */
  private static String pretty(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      var writer = new java.io.StringWriter();
      Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
          .createWriter(writer)
          .write(reader.read());
      return writer.toString().trim();
    } catch (RuntimeException e) {
      return json;
    }
  }

  private static String problems(InvalidEvidenceException e) {
    return e.getMessage()
        + ": "
        + e.problems().stream().map(p -> p.message()).collect(Collectors.joining("; "));
  }

  private static List<ReleaseDetails> releasesOf(ComponentCatalogue catalogue) {
    List<ReleaseDetails> releases = new ArrayList<>();
    for (ComponentDetails component : catalogue.list(new PageRequest(0, 500))) {
      releases.addAll(component.releases());
    }
    releases.sort(
        Comparator.comparing(ReleaseDetails::componentName).thenComparing(ReleaseDetails::version));
    return releases;
  }
}
