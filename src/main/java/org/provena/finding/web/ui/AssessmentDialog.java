package org.provena.finding.web.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.provena.finding.application.AssessmentCommand;
import org.provena.finding.application.AssessmentView;
import org.provena.finding.application.FindingView;
import org.provena.finding.domain.Assessment;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;

/**
 * The security team's triage of one finding: triage state, safety impact, whether the risk is
 * controlled and why, pre-filled from the current assessment, with the history below and — while
 * the risk is uncontrolled — the FDA postmarket deadlines. Saving fires a {@link SaveEvent}; the
 * view records the assessment and closes the dialog, or {@link #showProblem shows} what is wrong.
 */
public class AssessmentDialog extends Dialog {

  private static final long serialVersionUID = 1L;

  private final Select<TriageState> state = new Select<>();
  private final Select<SafetyImpact> impact = new Select<>();
  private final RadioButtonGroup<RiskControl> control = new RadioButtonGroup<>("Risk");
  private final TextArea comment = new TextArea("Comment");
  private final Span problem = new Span();

  /** The assessment the security team saves. */
  public static class SaveEvent extends ComponentEvent<AssessmentDialog> {

    private static final long serialVersionUID = 1L;
    private final transient AssessmentCommand command;

    SaveEvent(AssessmentDialog source, AssessmentCommand command) {
      super(source, false);
      this.command = command;
    }

    public AssessmentCommand command() {
      return command;
    }
  }

  /**
   * @param history the finding's assessments, newest first
   */
  public AssessmentDialog(FindingView finding, List<AssessmentView> history) {
    setId("assessment-dialog");
    setHeaderTitle(
        "Triage of "
            + finding.vulnerabilityId()
            + " in "
            + finding.packageName()
            + (finding.packageVersion() == null ? "" : " " + finding.packageVersion()));
    setWidth("52em");
    state.setLabel("Triage state");
    state.setId("assessment-state");
    state.setItems(TriageState.values());
    state.setItemLabelGenerator(TriageBadges::word);
    impact.setLabel("Safety impact");
    impact.setId("assessment-impact");
    impact.setItems(SafetyImpact.values());
    impact.setItemLabelGenerator(TriageBadges::word);
    impact.setEmptySelectionAllowed(true);
    impact.setEmptySelectionCaption("not assessed");
    impact.setHelperText("Worst harm to a patient or user (ISO 14971)");
    control.setId("assessment-control");
    control.setItems(RiskControl.values());
    control.setItemLabelGenerator(TriageBadges::word);
    control.setHelperText("Uncontrolled: customers told within 30 days, fixed within 60 (FDA)");
    comment.setId("assessment-comment");
    comment.setWidthFull();
    comment.setMaxLength(Assessment.MAX_COMMENT);
    comment.setHelperText("Why — required for not exploitable and false positive");
    problem.setId("assessment-error");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");

    VerticalLayout content = new VerticalLayout();
    content.setPadding(false);
    if (!history.isEmpty()) {
      AssessmentView current = history.get(0);
      state.setValue(current.triageState());
      impact.setValue(current.safetyImpact());
      control.setValue(current.riskControl());
      comment.setValue(current.comment() == null ? "" : current.comment());
      if (current.uncontrolled()) {
        Paragraph deadlines = new Paragraph(TriageBadges.deadlines(current));
        deadlines.setId("assessment-deadlines");
        deadlines.getStyle().set("color", "var(--lumo-error-text-color)");
        content.add(deadlines);
      }
    } else {
      state.setValue(TriageState.IN_TRIAGE);
    }
    HorizontalLayout choices = new HorizontalLayout(state, impact);
    content.add(choices, control, comment, problem, new H4("History"), history(history));
    add(content);

    Button save = new Button("Save", e -> save());
    save.setId("assessment-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", e -> close());
    cancel.setId("assessment-cancel");
    getFooter().add(cancel, save);
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  /** What is wrong with the assessment, as the service said it; the dialog stays open. */
  public void showProblem(String text) {
    problem.setText(text);
  }

  private void save() {
    if (state.getValue() == null) {
      showProblem("Choose a triage state");
      return;
    }
    problem.setText("");
    fireEvent(
        new SaveEvent(
            this,
            new AssessmentCommand(
                state.getValue(),
                impact.getValue(),
                control.getValue(),
                comment.getValue().isBlank() ? null : comment.getValue().strip())));
  }

  private static Grid<AssessmentView> history(List<AssessmentView> history) {
    Grid<AssessmentView> grid = new Grid<>();
    grid.setId("assessment-history");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(a -> TriageBadges.day(a.assessedAt())).setHeader("When").setAutoWidth(true);
    grid.addColumn(AssessmentView::assessedBy).setHeader("Who").setAutoWidth(true);
    grid.addColumn(a -> TriageBadges.word(a.triageState())).setHeader("State").setAutoWidth(true);
    grid.addColumn(a -> TriageBadges.word(a.safetyImpact())).setHeader("Impact").setAutoWidth(true);
    grid.addColumn(a -> TriageBadges.word(a.riskControl())).setHeader("Control").setAutoWidth(true);
    grid.addColumn(a -> a.comment() == null ? "" : a.comment()).setHeader("Comment").setFlexGrow(2);
    grid.setItems(history);
    grid.setAllRowsVisible(true);
    if (history.isEmpty()) {
      grid.setVisible(false);
    }
    return grid;
  }
}
