package org.provena.attestation.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;
import org.provena.attestation.application.AttestationForms;
import org.provena.attestation.domain.SecureDevelopmentStatement;
import org.provena.component.application.ReleaseDetails;

/**
 * CISA's Secure Software Development Attestation Form as the portal asks it: the software in scope,
 * the four attestation statements (each with the SSDF practices it relates to), a plan of action
 * for any not attested, the signer, and the signed PDF. {@code file} files it and answers with what
 * is wrong, or null.
 */
class SecureDevelopmentDialog extends Dialog {

  private static final long serialVersionUID = 1L;
  private static final String ALL = "All of our software";
  private static final String SELECTED = "Selected releases";

  SecureDevelopmentDialog(
      List<ReleaseDetails> releases,
      BiFunction<AttestationForms.SecureDevelopment, byte[], String> file) {
    setHeaderTitle("Secure Software Development Attestation (CISA common form)");
    setId("secure-development-dialog");
    setWidth("52em");
    RadioButtonGroup<String> covers = new RadioButtonGroup<>("Software covered");
    covers.setItems(ALL, SELECTED);
    covers.setValue(ALL);
    MultiSelectComboBox<ReleaseDetails> covered = new MultiSelectComboBox<>("Releases");
    covered.setItems(releases);
    covered.setItemLabelGenerator(r -> r.componentName() + " " + r.version());
    covered.setEnabled(false);
    covers.addValueChangeListener(e -> covered.setEnabled(SELECTED.equals(e.getValue())));

    CheckboxGroup<SecureDevelopmentStatement> statements =
        new CheckboxGroup<>("The producer attests that");
    statements.setId("ssda-statements");
    statements.setItems(SecureDevelopmentStatement.values());
    statements.setItemLabelGenerator(
        s -> s.summary() + " (SSDF " + String.join(", ", s.ssdfPractices()) + ")");
    statements.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    statements.setValue(EnumSet.allOf(SecureDevelopmentStatement.class));
    TextArea exceptions =
        new TextArea("Plan of action and milestones (for statements not attested)");
    exceptions.setWidthFull();

    TextField contactName = new TextField("Point of contact");
    EmailField contactEmail = new EmailField("Contact e-mail");
    TextField signerName = new TextField("Signed by");
    signerName.setId("ssda-signer");
    signerName.setRequired(true);
    TextField signerTitle = new TextField("Title");
    signerTitle.setId("ssda-title");
    signerTitle.setHelperText("The CEO, or a designee who can bind the company");
    signerTitle.setRequired(true);
    DatePicker signedOn = new DatePicker("Signed on");
    signedOn.setId("ssda-signed-on");
    signedOn.setRequired(true);

    PdfAttachment pdf = new PdfAttachment("ssda-pdf", "Drop the signed PDF here");
    Span error = PdfAttachment.errorLine("ssda-error");

    FormLayout people =
        new FormLayout(contactName, contactEmail, signerName, signerTitle, signedOn);
    add(
        new Paragraph(
            "The form is valid for the renewal period from the day it was signed; attach the"
                + " signed PDF. A digital signature in the PDF is checked against your"
                + " registered keys."),
        covers,
        covered,
        statements,
        exceptions,
        people,
        pdf,
        error);
    Button save =
        new Button(
            "File",
            e -> {
              String problem =
                  file.apply(
                      new AttestationForms.SecureDevelopment(
                          ALL.equals(covers.getValue()),
                          covered.getValue().stream().map(ReleaseDetails::id).toList(),
                          statements.getValue(),
                          exceptions.getValue(),
                          contactName.getValue(),
                          contactEmail.getValue(),
                          signerName.getValue(),
                          signerTitle.getValue(),
                          signedOn.getValue()),
                      pdf.pdf());
              if (problem == null) {
                close();
              } else {
                error.setText(problem);
              }
            });
    save.setId("ssda-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }
}
