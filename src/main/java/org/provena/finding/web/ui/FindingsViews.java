package org.provena.finding.web.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.UUID;
import org.provena.finding.application.FindingAssessments;
import org.provena.finding.application.FindingView;

/** What the findings views share. */
final class FindingsViews {

  private FindingsViews() {}

  /**
   * Opens a finding's triage dialog; a save records the assessment, closes the dialog, refreshes
   * the grid and says so — or leaves the dialog open with what is wrong.
   */
  static void triage(FindingAssessments assessments, FindingsGrid grid, FindingView finding) {
    AssessmentDialog dialog = new AssessmentDialog(finding, assessments.history(finding.id()));
    dialog.addSaveListener(
        saved -> {
          try {
            assessments.assess(finding.id(), saved.command());
          } catch (IllegalArgumentException e) {
            dialog.showProblem(e.getMessage());
            return;
          }
          dialog.close();
          grid.refresh();
          Notification.show(
                  "Assessment of " + finding.vulnerabilityId() + " saved",
                  4000,
                  Notification.Position.BOTTOM_START)
              .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    dialog.open();
  }

  static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
