package org.provena.finding.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.provena.finding.application.AssessmentCommand;
import org.provena.finding.application.AssessmentView;
import org.provena.finding.application.FindingView;
import org.provena.finding.domain.RiskControl;
import org.provena.finding.domain.SafetyImpact;
import org.provena.finding.domain.TriageState;

/**
 * The triage dialog as the security team meets it, without a browser: it starts from the current
 * assessment, shows the FDA deadlines of an uncontrolled risk and the history newest first, and
 * hands what was entered to the view as a save event.
 */
class AssessmentDialogTest {

  private static final Instant SINCE = Instant.parse("2026-11-30T10:00:00Z");
  private static final UUID FINDING = UUID.randomUUID();

  @Test
  void saving_hands_the_assessment_as_entered_to_the_view() {
    AssessmentDialog dialog = new AssessmentDialog(finding(), List.of());
    List<AssessmentCommand> saved = new ArrayList<>();
    dialog.addSaveListener(e -> saved.add(e.command()));

    this.<Select<TriageState>>find(dialog, "assessment-state").setValue(TriageState.EXPLOITABLE);
    this.<Select<SafetyImpact>>find(dialog, "assessment-impact").setValue(SafetyImpact.SERIOUS);
    this.<RadioButtonGroup<RiskControl>>find(dialog, "assessment-control")
        .setValue(RiskControl.UNCONTROLLED);
    this.<TextArea>find(dialog, "assessment-comment").setValue("  Reachable over Wi-Fi  ");
    this.<Button>find(dialog, "assessment-save").click();

    assertThat(saved)
        .containsExactly(
            new AssessmentCommand(
                TriageState.EXPLOITABLE,
                SafetyImpact.SERIOUS,
                RiskControl.UNCONTROLLED,
                "Reachable over Wi-Fi"));
  }

  @Test
  void a_first_triage_starts_in_triage_and_shows_no_history() {
    AssessmentDialog dialog = new AssessmentDialog(finding(), List.of());

    assertThat(this.<Select<TriageState>>find(dialog, "assessment-state").getValue())
        .isEqualTo(TriageState.IN_TRIAGE);
    assertThat(this.<Grid<AssessmentView>>find(dialog, "assessment-history").isVisible()).isFalse();
    assertThat(optional(dialog, "assessment-deadlines")).isEmpty();
  }

  @Test
  void the_dialog_starts_from_the_current_assessment_with_its_deadlines_and_the_history() {
    AssessmentView earlier =
        assessment(TriageState.IN_TRIAGE, null, null, "Looking", SINCE.minus(Duration.ofDays(1)));
    AssessmentView current =
        assessment(
            TriageState.EXPLOITABLE,
            SafetyImpact.CRITICAL,
            RiskControl.UNCONTROLLED,
            "Remote code execution",
            SINCE);

    AssessmentDialog dialog = new AssessmentDialog(finding(), List.of(current, earlier));

    assertThat(this.<Select<TriageState>>find(dialog, "assessment-state").getValue())
        .isEqualTo(TriageState.EXPLOITABLE);
    assertThat(this.<Select<SafetyImpact>>find(dialog, "assessment-impact").getValue())
        .isEqualTo(SafetyImpact.CRITICAL);
    assertThat(this.<RadioButtonGroup<RiskControl>>find(dialog, "assessment-control").getValue())
        .isEqualTo(RiskControl.UNCONTROLLED);
    assertThat(this.<TextArea>find(dialog, "assessment-comment").getValue())
        .isEqualTo("Remote code execution");
    assertThat(this.<HasText>find(dialog, "assessment-deadlines").getText())
        .isEqualTo(
            "Uncontrolled since 2026-11-30; customer notice due 2026-12-30; fix due 2027-01-29");
    assertThat(
            this.<Grid<AssessmentView>>find(dialog, "assessment-history")
                .getGenericDataView()
                .getItems()
                .map(AssessmentView::comment))
        .containsExactly("Remote code execution", "Looking");
  }

  @Test
  void what_the_service_refuses_is_shown_in_the_dialog() {
    AssessmentDialog dialog = new AssessmentDialog(finding(), List.of());

    dialog.showProblem("An exploitable finding needs its safety impact");

    assertThat(this.<HasText>find(dialog, "assessment-error").getText())
        .isEqualTo("An exploitable finding needs its safety impact");
  }

  // --- helpers ---

  @SuppressWarnings("unchecked")
  private <T> T find(Component root, String id) {
    return (T)
        optional(root, id).orElseThrow(() -> new AssertionError("no component with id " + id));
  }

  private static Optional<Component> optional(Component root, String id) {
    return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
  }

  private static Stream<Component> descendants(Component c) {
    Stream<Component> own =
        Stream.concat(Stream.of(c), c.getChildren().flatMap(x -> descendants(x)));
    return c instanceof AssessmentDialog d
        ? Stream.concat(
            own,
            d.getFooter()
                .getElement()
                .getChildren()
                .map(e -> e.getComponent().orElseThrow())
                .flatMap(x -> descendants(x)))
        : own;
  }

  private static AssessmentView assessment(
      TriageState state, SafetyImpact impact, RiskControl control, String comment, Instant at) {
    boolean uncontrolled = control == RiskControl.UNCONTROLLED;
    return new AssessmentView(
        UUID.randomUUID(),
        FINDING,
        state,
        impact,
        control,
        comment,
        "sam",
        at,
        uncontrolled ? at : null,
        uncontrolled ? at.plus(Duration.ofDays(30)) : null,
        uncontrolled ? at.plus(Duration.ofDays(60)) : null);
  }

  private static FindingView finding() {
    return new FindingView(
        FINDING,
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "hl7-bridge",
        "1.0.0",
        "pkg:maven/org.acme/hl7-bridge@1.0.0",
        UUID.randomUUID(),
        "CVE-2026-12345",
        List.of("GHSA-abcd-efgh-ijkl"),
        "Test flaw",
        "HIGH",
        null,
        null,
        null,
        null,
        false,
        null,
        List.of(),
        "OPEN",
        SINCE,
        null,
        null,
        "OSV ecosystem (maven)",
        null,
        null,
        null,
        null);
  }
}
