package org.provena.scoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Scoring inputs for the domain tests: a release that earns full marks, changed one fact at a time.
 */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-12-01");
  static final ScoringWeights WEIGHTS = ScoringWeights.defaults();

  private Fixtures() {}

  /** A component release with everything in order; tests change what they are about. */
  static final class Release {
    UUID id = UUID.randomUUID();
    UUID supplier = UUID.randomUUID();
    UUID component = UUID.randomUUID();
    String level = "ACTIVELY_MAINTAINED";
    LocalDate endOfSupport = TODAY.plusYears(5);
    SbomFacts sbom = sbom(300);
    List<FindingInputs> findings = new ArrayList<>();
    List<EvidenceInputs> evidence = new ArrayList<>();
    int invalidVex;

    Release() {
      evidence.add(provenance(this, 3));
      evidence.add(secureDevelopment(supplier, true, Set.of()));
    }

    Release finding(FindingInputs f) {
      findings.add(f);
      return this;
    }

    ReleaseInputs inputs() {
      return new ReleaseInputs(
          id,
          supplier,
          component,
          "openssl",
          "3.0.1",
          level,
          endOfSupport,
          sbom,
          findings,
          evidence,
          invalidVex);
    }

    Score score() {
      return ReleaseScoring.score(inputs(), NOW, WEIGHTS);
    }
  }

  /** A complete SBOM of {@code packages} packages: strong hashes, edges, CISA 2026 at 100. */
  static SbomFacts sbom(int packages) {
    return new SbomFacts(
        UUID.randomUUID(),
        "CYCLONEDX_JSON",
        "1.6",
        packages,
        packages,
        0,
        true,
        100,
        List.of(),
        "VALID");
  }

  static EvidenceInputs provenance(Release release, int slsaLevel) {
    return new EvidenceInputs(
        UUID.randomUUID(),
        release.id,
        "SLSA_PROVENANCE",
        "VERIFIED",
        "VALID",
        "MATCHED",
        slsaLevel,
        NOW.minus(10, ChronoUnit.DAYS),
        null,
        null,
        false,
        Set.of());
  }

  static EvidenceInputs secureDevelopment(UUID supplier, boolean all, Set<UUID> releases) {
    return secureDevelopment(all, releases, NOW.minus(30, ChronoUnit.DAYS));
  }

  static EvidenceInputs secureDevelopment(boolean all, Set<UUID> releases, Instant signed) {
    return new EvidenceInputs(
        UUID.randomUUID(),
        null,
        EvidenceInputs.SECURE_DEVELOPMENT,
        "VERIFIED",
        "VALID",
        "NOT_APPLICABLE",
        null,
        signed,
        signed.plus(365, ChronoUnit.DAYS),
        null,
        all,
        releases);
  }

  static EvidenceInputs certificate(String kind, Instant issued, Instant expires) {
    return new EvidenceInputs(
        UUID.randomUUID(),
        null,
        kind,
        expires.isAfter(NOW) ? "UNSIGNED" : "EXPIRED",
        "UNSIGNED",
        "NOT_APPLICABLE",
        null,
        issued,
        expires,
        null,
        false,
        Set.of());
  }

  /** An open finding first seen {@code daysAgo} days ago with a CVSS 3.1 score. */
  static FindingInputs finding(String cve, double cvss, int daysAgo) {
    return new FindingInputs(
        UUID.randomUUID(),
        cve,
        "libfoo 1.2",
        "HIGH",
        null,
        cvss,
        null,
        null,
        null,
        NOW.minus(daysAgo, ChronoUnit.DAYS),
        null,
        null);
  }

  static FindingInputs withEpss(FindingInputs f, double epss) {
    return new FindingInputs(
        f.findingId(),
        f.vulnerabilityId(),
        f.packageLabel(),
        f.severity(),
        f.cvssV4(),
        f.cvssV31(),
        epss,
        f.kevDateAdded(),
        f.kevDueDate(),
        f.firstSeenAt(),
        f.vex(),
        f.assessment());
  }

  static FindingInputs withCvss4(FindingInputs f, double cvss4) {
    return new FindingInputs(
        f.findingId(),
        f.vulnerabilityId(),
        f.packageLabel(),
        f.severity(),
        cvss4,
        f.cvssV31(),
        f.epss(),
        f.kevDateAdded(),
        f.kevDueDate(),
        f.firstSeenAt(),
        f.vex(),
        f.assessment());
  }

  static FindingInputs kev(FindingInputs f, LocalDate added, LocalDate due) {
    return new FindingInputs(
        f.findingId(),
        f.vulnerabilityId(),
        f.packageLabel(),
        f.severity(),
        f.cvssV4(),
        f.cvssV31(),
        f.epss(),
        added,
        due,
        f.firstSeenAt(),
        f.vex(),
        f.assessment());
  }

  static FindingInputs answered(FindingInputs f, FindingInputs.Vex vex) {
    return new FindingInputs(
        f.findingId(),
        f.vulnerabilityId(),
        f.packageLabel(),
        f.severity(),
        f.cvssV4(),
        f.cvssV31(),
        f.epss(),
        f.kevDateAdded(),
        f.kevDueDate(),
        f.firstSeenAt(),
        vex,
        f.assessment());
  }

  static FindingInputs assessed(FindingInputs f, FindingInputs.Assessment assessment) {
    return new FindingInputs(
        f.findingId(),
        f.vulnerabilityId(),
        f.packageLabel(),
        f.severity(),
        f.cvssV4(),
        f.cvssV31(),
        f.epss(),
        f.kevDateAdded(),
        f.kevDueDate(),
        f.firstSeenAt(),
        f.vex(),
        assessment);
  }

  static FindingInputs.Vex vex(String status, String justification, String action) {
    return new FindingInputs.Vex(
        status, justification, null, action, NOW.minus(1, ChronoUnit.DAYS), null);
  }

  static FindingInputs.Assessment assessment(String triage, String control, int daysAgo) {
    Instant at = NOW.minus(daysAgo, ChronoUnit.DAYS);
    return new FindingInputs.Assessment(
        triage, "SERIOUS", control, at, "UNCONTROLLED".equals(control) ? at : null);
  }

  static int points(Score score, String factor) {
    return score.factors().stream()
        .filter(f -> f.code().equals(factor))
        .mapToInt(Factor::points)
        .sum();
  }

  static List<String> checks(Score score) {
    return score.openItems().stream().map(OpenItem::check).toList();
  }
}
