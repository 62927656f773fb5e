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
 */
public record FindingFilter(
    String text, Set<String> severities, boolean kevOnly, boolean includeResolved) {

  public FindingFilter {
    text = text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    severities =
        severities == null
            ? Set.of()
            : Set.copyOf(severities.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
  }

  /** Open findings, every severity. */
  public static FindingFilter open() {
    return new FindingFilter(null, Set.of(), false, false);
  }
}
