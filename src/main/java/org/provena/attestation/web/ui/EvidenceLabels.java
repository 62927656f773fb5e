package org.provena.attestation.web.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** How evidence reads in the portal: kinds, statuses and dates in words. */
final class EvidenceLabels {

  private EvidenceLabels() {}

  static String kind(String kind) {
    return switch (kind) {
      case "INTOTO_STATEMENT" -> "in-toto attestation";
      case "SLSA_PROVENANCE" -> "SLSA provenance";
      case "SIGSTORE_BUNDLE" -> "Sigstore bundle";
      case "CYCLONEDX_DECLARATIONS" -> "CycloneDX declarations";
      case "CISA_SECURE_SOFTWARE_DEVELOPMENT" -> "Secure software development attestation (CISA)";
      case "IEC_62443_4_1_CERTIFICATE" -> "IEC 62443-4-1 certificate";
      case "ISO_27001_CERTIFICATE" -> "ISO/IEC 27001 certificate";
      case "PENETRATION_TEST_SUMMARY" -> "Penetration-test summary";
      default -> kind;
    };
  }

  /** A status badge: verified (green), expiring (amber), unsigned (grey), invalid/expired (red). */
  static Span status(String status) {
    String word = status.toLowerCase(Locale.ROOT);
    Span badge = new Span(word);
    String theme =
        switch (status) {
          case "VERIFIED", "VALID" -> "badge success";
          case "EXPIRING" -> "badge warning";
          case "INVALID", "EXPIRED" -> "badge error";
          default -> "badge contrast";
        };
    badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
    badge.getElement().setAttribute("data-status", word);
    return badge;
  }

  static String day(Instant instant) {
    return instant == null ? "" : instant.toString().substring(0, 10);
  }

  static String time(Instant instant) {
    return instant == null ? "" : instant.toString().substring(0, 16).replace('T', ' ') + " UTC";
  }
}
