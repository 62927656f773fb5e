package org.provena.finding.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;
import org.provena.finding.application.FindingView;
import org.provena.finding.domain.VexClaim;
import org.provena.finding.domain.VexJustification;
import org.provena.finding.domain.VexStatus;

/**
 * The supplier's VEX answer to one finding: a status and what backs it, asked as CISA's minimum
 * requirements ask — not affected with a justification or an impact statement, affected with an
 * action statement. {@code answer} records it and says what is wrong, or null.
 */
class VexAnswerDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  VexAnswerDialog(FindingView finding, Function<VexClaim, String> answer) {
    setId("vex-answer-dialog");
    setHeaderTitle(
        "Is "
            + finding.packageName()
            + (finding.packageVersion() == null ? "" : " " + finding.packageVersion())
            + " affected by "
            + finding.vulnerabilityId()
            + "?");
    setWidth("40em");
    RadioButtonGroup<VexStatus> status = new RadioButtonGroup<>("Status");
    status.setId("vex-status");
    status.setItems(VexStatus.values());
    status.setItemLabelGenerator(s -> VexBadges.word(s.name()));
    ComboBox<VexJustification> justification = new ComboBox<>("Justification");
    justification.setId("vex-justification");
    justification.setItems(VexJustification.values());
    justification.setItemLabelGenerator(j -> VexBadges.word(j.name()));
    justification.setWidthFull();
    TextArea impact = new TextArea("Impact statement");
    impact.setId("vex-impact");
    impact.setWidthFull();
    impact.setHelperText("Why the product is not affected, in your words");
    TextArea action = new TextArea("Action statement");
    action.setId("vex-action");
    action.setWidthFull();
    action.setHelperText("What users should do: upgrade to …, apply the workaround …");
    Runnable fit =
        () -> {
          VexStatus s = status.getValue();
          justification.setVisible(s == VexStatus.NOT_AFFECTED);
          impact.setVisible(s == VexStatus.NOT_AFFECTED || s == VexStatus.UNDER_INVESTIGATION);
          action.setVisible(s == VexStatus.AFFECTED || s == VexStatus.FIXED);
        };
    status.addValueChangeListener(e -> fit.run());
    fit.run();
    Span error = new Span();
    error.setId("vex-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    add(
        new VerticalLayout(
            new Paragraph(
                "Your answer is kept as a VEX statement with its history and applies to this"
                    + " package in the release's next SBOM as well."),
            status,
            justification,
            impact,
            action,
            error));
    Button save =
        new Button(
            "Answer",
            e -> {
              if (status.getValue() == null) {
                error.setText("Choose a status");
                return;
              }
              VexStatus s = status.getValue();
              String problem =
                  answer.apply(
                      new VexClaim(
                          s,
                          s == VexStatus.NOT_AFFECTED ? justification.getValue() : null,
                          impact.isVisible() ? blankToNull(impact.getValue()) : null,
                          action.isVisible() ? blankToNull(action.getValue()) : null));
              if (problem == null) {
                close();
              } else {
                error.setText(problem);
              }
            });
    save.setId("vex-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
