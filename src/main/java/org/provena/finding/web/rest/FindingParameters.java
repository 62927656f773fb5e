package org.provena.finding.web.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.provena.finding.application.FindingFilter;

/** The query parameters both findings lists take. */
final class FindingParameters {

  private FindingParameters() {}

  static FindingFilter filter(String q, String severity, boolean kev, String state) {
    Set<String> severities =
        severity == null || severity.isBlank()
            ? Set.of()
            : Arrays.stream(severity.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    for (String s : severities) {
      if (!Set.of("critical", "high", "medium", "low", "none", "unknown")
          .contains(s.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(
            "severity must be critical, high, medium, low, none or unknown, not " + s);
      }
    }
    if (state != null && !Set.of("open", "all").contains(state)) {
      throw new IllegalArgumentException("state must be open or all, not " + state);
    }
    return new FindingFilter(q, severities, kev, "all".equals(state));
  }
}
