package org.provena.attestation.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiFunction;
import org.provena.attestation.application.AttestationForms;
import org.provena.attestation.domain.AttestationKind;
import org.provena.component.application.ReleaseDetails;

/**
 * The form for a certificate or report (IEC 62443-4-1, ISO/IEC 27001, penetration-test summary) and
 * its PDF. It only collects the form; {@code file} files it and answers with what is wrong, or null
 * when it was filed.
 */
class CertificateDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  CertificateDialog(
      List<ReleaseDetails> releases,
      BiFunction<AttestationForms.Certificate, byte[], String> file) {
    setHeaderTitle("File a certificate or report");
    setId("certificate-dialog");
    setWidth("44em");
    ComboBox<AttestationKind> kind = new ComboBox<>("Kind");
    kind.setId("certificate-kind");
    kind.setItems(
        AttestationKind.IEC_62443_4_1_CERTIFICATE,
        AttestationKind.ISO_27001_CERTIFICATE,
        AttestationKind.PENETRATION_TEST_SUMMARY);
    kind.setItemLabelGenerator(k -> EvidenceLabels.kind(k.name()));
    kind.setRequired(true);
    ComboBox<ReleaseDetails> release = new ComboBox<>("Release (optional)");
    release.setItems(releases);
    release.setItemLabelGenerator(r -> r.componentName() + " " + r.version());
    release.setHelperText("Unset: it concerns the supplier as a whole");
    release.setClearButtonVisible(true);
    TextField issuer = new TextField("Issued by");
    issuer.setId("certificate-issuer");
    issuer.setRequired(true);
    issuer.setHelperText("Certification body or test lab");
    TextField scope = new TextField("Scope");
    scope.setId("certificate-scope");
    TextField reference = new TextField("Certificate or report number");
    DatePicker validFrom = new DatePicker("Valid from");
    validFrom.setId("certificate-valid-from");
    validFrom.setRequired(true);
    DatePicker validUntil = new DatePicker("Valid until");
    validUntil.setId("certificate-valid-until");
    validUntil.setRequired(true);
    PdfAttachment pdf = new PdfAttachment("certificate-pdf", "Drop the PDF here");
    Span error = PdfAttachment.errorLine("certificate-error");
    FormLayout form =
        new FormLayout(kind, release, issuer, scope, reference, validFrom, validUntil);
    add(form, pdf, error);
    Button save =
        new Button(
            "File",
            e -> {
              String problem =
                  file.apply(
                      new AttestationForms.Certificate(
                          kind.getValue(),
                          release.getValue() == null ? null : release.getValue().id(),
                          issuer.getValue(),
                          scope.getValue(),
                          reference.getValue(),
                          validFrom.getValue(),
                          validUntil.getValue()),
                      pdf.pdf());
              if (problem == null) {
                close();
              } else {
                error.setText(problem);
              }
            });
    save.setId("certificate-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }
}
