package org.provena.finding.web.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.provena.finding.application.VexStatementView;

/** How VEX answers read in the portal. */
final class VexBadges {

  private VexBadges() {}

  static String word(String status) {
    return status == null ? "" : status.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** not affected / fixed (green), affected (red), under investigation (grey); none: empty. */
  static Span status(String status) {
    if (status == null) {
      Span none = new Span("awaiting answer");
      none.getElement().getThemeList().addAll(List.of("badge", "contrast"));
      none.getElement().setAttribute("data-vex", "none");
      return none;
    }
    Span badge = new Span(word(status));
    String theme =
        switch (status) {
          case "NOT_AFFECTED", "FIXED" -> "badge success";
          case "AFFECTED" -> "badge error";
          default -> "badge";
        };
    badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
    badge.getElement().setAttribute("data-vex", status.toLowerCase(Locale.ROOT));
    return badge;
  }

  /** What backs a statement: justification, impact or action statement, and what it lacks. */
  static String because(VexStatementView s) {
    StringBuilder b = new StringBuilder();
    if (s.justification() != null) {
      b.append(word(s.justification()));
    }
    if (s.sourceJustification() != null
        && !s.sourceJustification().equalsIgnoreCase(s.justification())) {
      b.append(b.length() == 0 ? "" : " ").append("(").append(s.sourceJustification()).append(")");
    }
    if (s.impactStatement() != null) {
      b.append(b.length() == 0 ? "" : ": ").append(s.impactStatement());
    }
    if (s.actionStatement() != null) {
      b.append(b.length() == 0 ? "" : "; ").append("action: ").append(s.actionStatement());
    }
    if (!s.complete()) {
      b.append(b.length() == 0 ? "" : " — ").append("incomplete: ").append(s.missing());
    }
    return b.toString();
  }
}
