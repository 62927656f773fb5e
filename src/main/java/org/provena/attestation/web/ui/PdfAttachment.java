package org.provena.attestation.web.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The PDF a form files with (a certificate, a signed attestation), held until the form is saved.
 */
class PdfAttachment extends VerticalLayout {

  private static final long serialVersionUID = 1L;
  private volatile byte[] pdf;

  PdfAttachment(String id, String dropLabel) {
    setPadding(false);
    setSpacing(false);
    Span attached = new Span("No PDF attached yet");
    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, data) -> {
                  pdf = data;
                  getUI()
                      .ifPresent(
                          ui ->
                              ui.access(
                                  () -> attached.setText("Attached: " + metadata.fileName())));
                }));
    upload.setId(id);
    upload.setAcceptedFileTypes("application/pdf", ".pdf");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(20 * 1024 * 1024);
    upload.setDropLabel(new Span(dropLabel));
    add(upload, attached);
  }

  /** The attached PDF's bytes; null while none is attached. */
  byte[] pdf() {
    return pdf;
  }

  /** A line for the form's problems. */
  static Span errorLine(String id) {
    Span error = new Span();
    error.setId(id);
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    return error;
  }
}
