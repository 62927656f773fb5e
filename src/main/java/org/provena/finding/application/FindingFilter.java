package org.provena.finding.application;

import java.util.Locale;
import java.util.Set;

/**
 * Which findings a grid or an API call wants.
 *
 * @param text part of the package name, purl or a vulnerability id or alias (case-insensitive)
 * @param severities the severities wanted (empty: all)
 * @param kevOnly only known exploited ones
 * @param includeResolved resolved findings too (history)
 * @param vex by the supplier's VEX answer: {@link #UNANSWERED} for findings without one, a VEX
 *     status ({@code NOT_AFFECTED} …) for findings whose current answer it is; null for all
 */
public record FindingFilter(
    String text, Set<String> severities, boolean kevOnly, boolean includeResolved, String vex) {

  /** The {@code vex} value for findings without a VEX answer. */
  public static final String UNANSWERED = "UNANSWERED";

  private static final Set<String> VEX =
      Set.of(UNANSWERED, "NOT_AFFECTED", "AFFECTED", "FIXED", "UNDER_INVESTIGATION");

  public FindingFilter(
      String text, Set<String> severities, boolean kevOnly, boolean includeResolved) {
    this(text, severities, kevOnly, includeResolved, null);
  }

  public FindingFilter {
    vex = vex == null || vex.isBlank() ? null : vex.trim().toUpperCase(Locale.ROOT);
    if (vex != null && !VEX.contains(vex)) {
      throw new IllegalArgumentException(
          "vex must be unanswered, not_affected, affected, fixed or under_investigation, not "
              + vex.toLowerCase(Locale.ROOT));
    }
    text = text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    severities =
        severities == null
            ? Set.of()
            : Set.copyOf(severities.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
  }

  /** Open findings without a VEX answer: what a supplier still owes. */
  public static FindingFilter awaitingVex() {
    return new FindingFilter(null, Set.of(), false, false, UNANSWERED);
  }

  /** Open findings, every severity. */
  public static FindingFilter open() {
    return new FindingFilter(null, Set.of(), false, false);
  }
}
