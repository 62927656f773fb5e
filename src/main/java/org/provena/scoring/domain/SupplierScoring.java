package org.provena.scoring.domain;

import static org.provena.scoring.domain.ScoreSheet.plural;
import static org.provena.scoring.domain.ScoringWeights.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.provena.scoring.domain.OpenItem.Severity;

/**
 * Scores a supplier (docs/scoring.md, "Supplier"): the mean of its component releases' scores with
 * the worse releases weighing more, less what its supplier-wide evidence, its overdue evidence
 * requests and a missing disclosure contact take away. Critical items of its releases are shown on
 * the supplier but do not cap its grade: the releases' own grades carry the cap.
 */
public final class SupplierScoring {

  private SupplierScoring() {}

  /**
   * @param releaseScores the current scores of (at least) the supplier's releases; a release
   *     without one is left out of the mean
   */
  public static Score score(
      SupplierInputs supplier,
      Map<UUID, Score> releaseScores,
      Instant now,
      ScoringWeights weights) {
    ScoreSheet sheet = new ScoreSheet();
    releases(supplier, releaseScores, weights, sheet);
    secureDevelopment(supplier, now, weights, sheet);
    certificates(supplier, now, weights, sheet);
    requests(supplier, now, weights, sheet);
    disclosure(supplier, weights, sheet);
    return sheet.score(weights);
  }

  private static void releases(
      SupplierInputs supplier, Map<UUID, Score> scores, ScoringWeights w, ScoreSheet sheet) {
    List<Score> known = new ArrayList<>();
    int kev = 0;
    for (UUID id : supplier.releaseIds()) {
      Score s = scores.get(id);
      if (s != null) {
        known.add(s);
        if (s.openItems().stream().anyMatch(i -> i.check().equals(Checks.KEV))) {
          kev++;
        }
      }
    }
    if (known.isEmpty()) {
      sheet.factor(
          "RELEASES",
          "Component releases",
          0,
          "No component release of " + name(supplier) + " is scored yet",
          null);
      return;
    }
    double mean =
        RollUp.worstWeightedMean(
            known.stream().map(s -> new RollUp.Entry(s.value(), 1.0)).toList(),
            w.value(SUPPLIER_WORST_BIAS));
    int lowest = known.stream().mapToInt(Score::value).min().orElse(100);
    sheet.factor(
        "RELEASES",
        "Component releases",
        ScoreSheet.round(mean - 100),
        "Mean of "
            + plural(known.size(), "release score", "release scores")
            + ", the worse weighing more: "
            + ScoreSheet.decimal(mean)
            + " (lowest "
            + lowest
            + ")",
        null);
    if (kev > 0) {
      sheet.item(
          Checks.KEV,
          Severity.HIGH,
          plural(kev, "release has", "releases have")
              + " actively exploited (KEV) vulnerabilities without a not_affected or fixed answer",
          null);
    }
  }

  /** Check 7: the secure-development attestation's age and validity. */
  private static void secureDevelopment(
      SupplierInputs supplier, Instant now, ScoringWeights w, ScoreSheet sheet) {
    String link = EvidenceLinks.supplierEvidence(supplier.supplierId());
    EvidenceInputs latest =
        supplier.evidence().stream()
            .filter(e -> e.kind().equals(EvidenceInputs.SECURE_DEVELOPMENT))
            .max(byIssue())
            .orElse(null);
    String problem = null;
    Severity severity = Severity.MEDIUM;
    if (latest == null) {
      problem = "No secure software development attestation is filed";
    } else if (latest.expiredAt(now)) {
      problem =
          "The secure software development attestation is older than its renewal period"
              + (latest.expiresAt() == null
                  ? ""
                  : " (renewal was due " + day(latest.expiresAt()) + ")");
      severity = Severity.HIGH;
    } else if (latest.invalid()) {
      problem = "The secure software development attestation failed verification";
      severity = Severity.HIGH;
    } else if (ReleaseScoring.expiring(latest, now, w)) {
      sheet.item(
          Checks.EXPIRING,
          Severity.LOW,
          "The secure software development attestation is due for renewal"
              + (latest.expiresAt() == null ? " soon" : " on " + day(latest.expiresAt())),
          link);
    }
    if (problem != null) {
      sheet.factor(
          "SUPPLIER_SECURE_DEVELOPMENT",
          "Secure development attestation",
          -ScoreSheet.round(w.value(SUPPLIER_SSDA_POINTS)),
          problem,
          link);
      sheet.item(Checks.SECURE_DEVELOPMENT, severity, problem + ": file CISA's form", link);
    }
  }

  /** Check 7 (and 6): certificates and other supplier-wide evidence, newest of each kind. */
  private static void certificates(
      SupplierInputs supplier, Instant now, ScoringWeights w, ScoreSheet sheet) {
    String link = EvidenceLinks.supplierEvidence(supplier.supplierId());
    Map<String, EvidenceInputs> newest = new TreeMap<>();
    for (EvidenceInputs e : supplier.evidence()) {
      if (EvidenceInputs.CERTIFICATE_KINDS.contains(e.kind())) {
        newest.merge(e.kind(), e, (a, b) -> byIssue().compare(a, b) >= 0 ? a : b);
      }
    }
    int problems = 0;
    List<String> what = new ArrayList<>();
    for (EvidenceInputs e : newest.values()) {
      String name = ReleaseScoring.kindName(e.kind());
      if (e.expiredAt(now)) {
        problems++;
        what.add(name + " expired");
        sheet.item(
            Checks.EXPIRED,
            Severity.HIGH,
            name
                + " expired"
                + (e.expiresAt() == null ? "" : " on " + day(e.expiresAt()))
                + ": file the current one",
            link);
      } else if (e.invalid()) {
        problems++;
        what.add(name + " failed verification");
        sheet.item(
            Checks.BAD_SIGNATURE,
            Severity.HIGH,
            name + " failed verification" + (e.reason() == null ? "" : " (" + e.reason() + ")"),
            link);
      } else if (ReleaseScoring.expiring(e, now, w)) {
        sheet.item(
            Checks.EXPIRING,
            Severity.LOW,
            name + " expires" + (e.expiresAt() == null ? " soon" : " on " + day(e.expiresAt())),
            link);
      }
    }
    if (problems > 0) {
      sheet.factor(
          "SUPPLIER_CERTIFICATES",
          "Expired or invalid certificates",
          -ScoreSheet.round(problems * w.value(SUPPLIER_CERTIFICATE_POINTS)),
          String.join("; ", what),
          link);
    }
  }

  /** Check 8: requests past their due date that still await the supplier. */
  private static void requests(
      SupplierInputs supplier, Instant now, ScoringWeights w, ScoreSheet sheet) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<SupplierInputs.Request> overdue =
        supplier.awaitedRequests().stream()
            .filter(r -> r.dueDate().isBefore(today))
            .sorted(
                Comparator.comparing(SupplierInputs.Request::dueDate)
                    .thenComparing(SupplierInputs.Request::requestId))
            .toList();
    if (overdue.isEmpty()) {
      return;
    }
    String link = EvidenceLinks.supplierEvidence(supplier.supplierId());
    SupplierInputs.Request oldest = overdue.get(0);
    String text =
        plural(overdue.size(), "evidence request is", "evidence requests are")
            + " overdue; the oldest ("
            + (oldest.kind() == null ? "request" : oldest.kind().toLowerCase().replace('_', ' '))
            + ") was due "
            + oldest.dueDate();
    sheet.factor(
        "SUPPLIER_OVERDUE_REQUESTS",
        "Overdue evidence requests",
        -ScoreSheet.round(
            ScoreSheet.saturating(
                overdue.size(),
                w.value(SUPPLIER_OVERDUE_POINTS),
                w.value(SUPPLIER_OVERDUE_MAX_POINTS))),
        text,
        link);
    sheet.item(Checks.OVERDUE_REQUESTS, Severity.HIGH, text + ": answer them", link);
  }

  /** Check 8: a coordinated vulnerability disclosure contact and policy. */
  private static void disclosure(SupplierInputs supplier, ScoringWeights w, ScoreSheet sheet) {
    String link = EvidenceLinks.suppliers();
    if (blank(supplier.cvdContact())) {
      sheet.factor(
          "SUPPLIER_NO_CVD_CONTACT",
          "No disclosure contact",
          -ScoreSheet.round(w.value(SUPPLIER_NO_CVD_POINTS)),
          name(supplier) + " names no coordinated vulnerability disclosure contact",
          link);
      sheet.item(
          Checks.NO_CVD_CONTACT,
          Severity.HIGH,
          name(supplier)
              + " names no coordinated vulnerability disclosure contact: register one, so that"
              + " vulnerabilities can be reported to it",
          link);
    }
    if (blank(supplier.cvdPolicyUrl())) {
      sheet.factor(
          "SUPPLIER_NO_CVD_POLICY",
          "No disclosure policy",
          -ScoreSheet.round(w.value(SUPPLIER_NO_CVD_POLICY_POINTS)),
          name(supplier) + " publishes no coordinated vulnerability disclosure policy",
          link);
      sheet.item(
          Checks.NO_CVD_CONTACT,
          Severity.LOW,
          name(supplier) + " names no coordinated vulnerability disclosure policy URL",
          link);
    }
  }

  /** Newest first by issue date, ties by id, so the choice never depends on input order. */
  private static Comparator<EvidenceInputs> byIssue() {
    return Comparator.comparing(
            (EvidenceInputs e) -> e.issuedAt() == null ? Instant.MIN : e.issuedAt())
        .thenComparing(EvidenceInputs::attestationId);
  }

  private static String name(SupplierInputs supplier) {
    return supplier.name() == null ? "The supplier" : supplier.name();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
