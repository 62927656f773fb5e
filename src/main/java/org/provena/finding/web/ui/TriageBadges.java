package org.provena.finding.web.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.provena.finding.application.AssessmentView;
import org.provena.finding.domain.TriageState;

/** How the manufacturer's assessments read in the portal. */
final class TriageBadges {

  private TriageBadges() {}

  static String word(Enum<?> value) {
    return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Days in UTC, as the rest of the findings views show them. */
  static String day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
  }

  /** "uncontrolled since …; customer notice due …; fix due …". */
  static String deadlines(AssessmentView a) {
    return "Uncontrolled since "
        + day(a.uncontrolledSince())
        + "; customer notice due "
        + day(a.customerNoticeDue())
        + "; fix due "
        + day(a.fixDue());
  }

  /**
   * The current triage state (green when dealt with or not a risk, red when exploitable), with the
   * fix deadline while the risk is uncontrolled; "not triaged" without an assessment.
   */
  static Span state(AssessmentView a) {
    if (a == null) {
      Span none = new Span("not triaged");
      none.getElement().getThemeList().addAll(List.of("badge", "contrast"));
      none.getElement().setAttribute("data-triage", "none");
      return none;
    }
    Span badge =
        new Span(word(a.triageState()) + (a.uncontrolled() ? " · fix due " + day(a.fixDue()) : ""));
    String theme =
        a.uncontrolled() || a.triageState() == TriageState.EXPLOITABLE
            ? "badge error"
            : switch (a.triageState()) {
              case NOT_EXPLOITABLE, FALSE_POSITIVE, MITIGATED, RESOLVED -> "badge success";
              default -> "badge";
            };
    badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
    badge.getElement().setAttribute("data-triage", a.triageState().name().toLowerCase(Locale.ROOT));
    if (a.uncontrolled()) {
      badge.getElement().setAttribute("title", deadlines(a));
    }
    return badge;
  }
}
