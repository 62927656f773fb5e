package org.provena.scoring.domain;

import static org.provena.scoring.domain.ScoreSheet.decimal;
import static org.provena.scoring.domain.ScoreSheet.decimal2;
import static org.provena.scoring.domain.ScoreSheet.examples;
import static org.provena.scoring.domain.ScoreSheet.plural;
import static org.provena.scoring.domain.ScoringWeights.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.provena.scoring.domain.OpenItem.Severity;

/**
 * Scores a component release (docs/scoring.md, "Component release"): 100 less what its open
 * findings, its current SBOM, its declared support and its attestations take away, each within a
 * limit of its own. Findings count by their worst first, each further one less than the one before,
 * so the deduction depends on how bad the findings are and not on how many packages the SBOM lists.
 * Deterministic: the same inputs, time and weights always give the same score.
 */
public final class ReleaseScoring {

  /** VEX answers that take a finding out of the count (CISA VEX status). */
  private static final Set<String> VEX_REMOVING = Set.of("NOT_AFFECTED", "FIXED");

  /** Manufacturer triage states that take a finding out of the count. */
  private static final Set<String> TRIAGE_REMOVING =
      Set.of("NOT_EXPLOITABLE", "FALSE_POSITIVE", "RESOLVED");

  private ReleaseScoring() {}

  public static Score score(ReleaseInputs release, Instant now, ScoringWeights weights) {
    ScoreSheet sheet = new ScoreSheet();
    // Signatures over VEX answers count with the attestations, under one limit.
    ScoreSheet.Budget evidence = sheet.budget("attestation", weights.value(ATTESTATION_MAX_POINTS));
    new Findings(release, now, weights, sheet, evidence).score();
    sbom(release, weights, sheet);
    support(release, now, weights, sheet);
    attestations(release, now, weights, sheet, evidence);
    return sheet.score(weights);
  }

  /** A finding that counts, with the weight it counts with. */
  private record Counted(
      FindingInputs finding, double base, double weight, boolean pastSla, Instant due) {

    String describe() {
      StringBuilder s =
          new StringBuilder(finding.vulnerabilityId())
              .append(" in ")
              .append(finding.packageLabel() == null ? "a package" : finding.packageLabel())
              .append(" (");
      if (finding.cvssV4() != null) {
        s.append("CVSS 4.0 ").append(decimal(finding.cvssV4()));
      } else if (finding.cvssV31() != null) {
        s.append("CVSS 3.1 ").append(decimal(finding.cvssV31()));
      } else {
        s.append(
            finding.severity() == null ? "severity unknown" : finding.severity().toLowerCase());
      }
      if (finding.epss() != null) {
        s.append(", EPSS ").append(decimal2(finding.epss()));
      }
      if (finding.kev()) {
        s.append(", KEV");
      }
      return s.append(')').toString();
    }
  }

  /** The findings part: weights, the diminishing sum, and checks 3, 4 and 5. */
  private static final class Findings {
    private final ReleaseInputs release;
    private final Instant now;
    private final ScoringWeights w;
    private final ScoreSheet sheet;
    private final ScoreSheet.Budget evidence;
    private final String link;

    Findings(
        ReleaseInputs release,
        Instant now,
        ScoringWeights w,
        ScoreSheet sheet,
        ScoreSheet.Budget evidence) {
      this.release = release;
      this.evidence = evidence;
      this.now = now;
      this.w = w;
      this.sheet = sheet;
      this.link = EvidenceLinks.findings(release.releaseId());
    }

    void score() {
      List<Counted> counted = new ArrayList<>();
      int answeredByVex = 0;
      int closedByAssessment = 0;
      for (FindingInputs f : release.findings()) {
        if (removedByVex(f)) {
          answeredByVex++;
        } else if (f.assessment() != null
            && TRIAGE_REMOVING.contains(f.assessment().triageState())) {
          closedByAssessment++;
        } else {
          counted.add(weigh(f));
        }
      }
      // Worst first; ties in a fixed order, so that the same findings always sum the same.
      counted.sort(
          Comparator.comparingDouble(Counted::weight)
              .reversed()
              .thenComparing(c -> c.finding().vulnerabilityId())
              .thenComparing(c -> c.finding().findingId()));
      deduct(counted);
      if (answeredByVex + closedByAssessment > 0) {
        sheet.factor(
            "FINDINGS_ANSWERED",
            "Findings answered",
            0,
            plural(answeredByVex, "finding", "findings")
                + " answered not_affected or fixed by the supplier and "
                + plural(closedByAssessment, "finding", "findings")
                + " closed by the manufacturer's assessment do not count",
            link);
      }
      kev(counted);
      answers(counted);
      uncontrolled(counted);
      vexSignatures();
    }

    /**
     * Fixed, or not affected with a justification or impact statement (CISA's minimum for a
     * not_affected statement). A not_affected without either is no answer: the finding still
     * counts, and check 4 says why.
     */
    private static boolean removedByVex(FindingInputs f) {
      FindingInputs.Vex vex = f.vex();
      if (vex == null || !VEX_REMOVING.contains(vex.status())) {
        return false;
      }
      return vex.status().equals("FIXED") || justified(vex);
    }

    private static boolean justified(FindingInputs.Vex vex) {
      return vex.justification() != null
          || (vex.impactStatement() != null && !vex.impactStatement().isBlank());
    }

    private Counted weigh(FindingInputs f) {
      double base = f.cvss() != null ? clamp(f.cvss(), 0, 10) : fromLabel(f.severity());
      // KEV is an override: known exploitation makes it as severe and as likely as it gets.
      double severity = f.kev() ? 1.0 : base / 10;
      double epss = f.kev() ? 1.0 : f.epss() == null ? 0 : clamp(f.epss(), 0, 1);
      double weight = severity * (1 + w.value(FINDING_EPSS_WEIGHT) * epss);
      Instant due = due(f, base);
      boolean pastSla = now.isAfter(due);
      if (pastSla) {
        weight *= w.value(FINDING_OVERDUE_MULTIPLIER);
      }
      FindingInputs.Assessment a = f.assessment();
      if (a != null
          && ("MITIGATED".equals(a.triageState()) || "CONTROLLED".equals(a.riskControl()))) {
        weight *= w.value(FINDING_CONTROLLED_MULTIPLIER);
      }
      return new Counted(f, base, weight, pastSla, due);
    }

    /**
     * First seen plus the SLA of its severity band; a KEV finding's catalogue due date if earlier.
     */
    private Instant due(FindingInputs f, double base) {
      String band = f.kev() ? "CRITICAL" : band(base);
      double days =
          switch (band) {
            case "CRITICAL" -> w.value(SLA_CRITICAL_DAYS);
            case "HIGH" -> w.value(SLA_HIGH_DAYS);
            case "MEDIUM" -> w.value(SLA_MEDIUM_DAYS);
            default -> w.value(SLA_LOW_DAYS);
          };
      Instant due = f.firstSeenAt().plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
      if (f.kevDueDate() != null) {
        Instant kevDue = f.kevDueDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (kevDue.isBefore(due)) {
          due = kevDue;
        }
      }
      return due;
    }

    private void deduct(List<Counted> counted) {
      if (counted.isEmpty()) {
        return;
      }
      double points = 0;
      double factor = 1;
      for (Counted c : counted) {
        points += w.value(FINDING_WORST_POINTS) * c.weight() * factor;
        factor *= w.value(FINDING_DECAY);
      }
      long critical = counted.stream().filter(c -> c.base() >= 9 || c.finding().kev()).count();
      long kev = counted.stream().filter(c -> c.finding().kev()).count();
      long late = counted.stream().filter(Counted::pastSla).count();
      String explanation =
          plural(counted.size(), "open finding counts", "open findings count")
              + " ("
              + critical
              + " critical, "
              + kev
              + " KEV-listed, "
              + late
              + " past their SLA), the worst first and each further one less; worst: "
              + counted.get(0).describe();
      sheet
          .budget("findings", w.value(FINDING_MAX_POINTS))
          .deduct("FINDINGS", "Open findings", points, explanation, link);
    }

    /** Check 3: every counted KEV finding is critical and caps the grade. */
    private void kev(List<Counted> counted) {
      for (Counted c : counted) {
        if (!c.finding().kev()) {
          continue;
        }
        FindingInputs f = c.finding();
        String answer =
            f.vex() == null
                ? "the supplier has not answered"
                : "the supplier's answer is " + f.vex().status().toLowerCase();
        sheet.item(
            Checks.KEV,
            Severity.CRITICAL,
            c.describe()
                + " is actively exploited (CISA KEV since "
                + f.kevDateAdded()
                + (f.kevDueDate() == null ? "" : ", due " + f.kevDueDate())
                + ") and "
                + answer
                + ": ship a fix, or answer not_affected with a justification or fixed",
            link);
      }
    }

    /** Check 4: unanswered past the SLA, incomplete answers, stale investigations. */
    private void answers(List<Counted> counted) {
      List<String> unanswered = new ArrayList<>();
      List<String> unjustified = new ArrayList<>();
      List<String> withoutAction = new ArrayList<>();
      List<String> stale = new ArrayList<>();
      Instant staleBefore =
          now.minus(Duration.ofMinutes(Math.round(w.value(RESPONSE_STALE_DAYS) * 24 * 60)));
      int problems = 0;
      for (Counted c : counted) {
        FindingInputs f = c.finding();
        FindingInputs.Vex vex = f.vex();
        boolean assessed = f.assessment() != null && !"NEW".equals(f.assessment().triageState());
        boolean problem = false;
        if (vex == null && !assessed && c.pastSla()) {
          unanswered.add(c.describe() + ", due " + LocalDate.ofInstant(c.due(), ZoneOffset.UTC));
          problem = true;
        }
        if (vex != null && vex.status().equals("NOT_AFFECTED") && !justified(vex)) {
          unjustified.add(c.describe());
          problem = true;
        }
        if (vex != null
            && vex.status().equals("AFFECTED")
            && (vex.actionStatement() == null || vex.actionStatement().isBlank())) {
          withoutAction.add(c.describe());
          problem = true;
        }
        if (vex != null
            && vex.status().equals("UNDER_INVESTIGATION")
            && vex.at() != null
            && vex.at().isBefore(staleBefore)) {
          stale.add(c.describe() + ", since " + LocalDate.ofInstant(vex.at(), ZoneOffset.UTC));
          problem = true;
        }
        if (problem) {
          problems++;
        }
      }
      if (!unanswered.isEmpty()) {
        sheet.item(
            Checks.UNANSWERED,
            Severity.HIGH,
            plural(unanswered.size(), "finding has", "findings have")
                + " neither a VEX answer nor an assessment past the SLA: "
                + examples(unanswered),
            link);
      }
      if (!unjustified.isEmpty()) {
        sheet.item(
            Checks.NOT_AFFECTED_WITHOUT_JUSTIFICATION,
            Severity.MEDIUM,
            plural(unjustified.size(), "finding is", "findings are")
                + " answered not_affected without a justification or impact statement, so"
                + " they still count: "
                + examples(unjustified),
            link);
      }
      if (!withoutAction.isEmpty()) {
        sheet.item(
            Checks.AFFECTED_WITHOUT_ACTION,
            Severity.MEDIUM,
            plural(withoutAction.size(), "finding is", "findings are")
                + " answered affected without an action statement: "
                + examples(withoutAction),
            link);
      }
      if (!stale.isEmpty()) {
        sheet.item(
            Checks.INVESTIGATION_STALE,
            Severity.MEDIUM,
            plural(stale.size(), "finding has", "findings have")
                + " been under investigation for more than "
                + (long) w.value(RESPONSE_STALE_DAYS)
                + " days: "
                + examples(stale),
            link);
      }
      if (problems > 0) {
        sheet.factor(
            "RESPONSE",
            "Unanswered or incomplete answers",
            -ScoreSheet.round(
                ScoreSheet.saturating(
                    problems, w.value(RESPONSE_POINTS), w.value(RESPONSE_MAX_POINTS))),
            plural(problems, "finding lacks", "findings lack")
                + " a timely, complete answer (no answer past the SLA, not_affected without"
                + " justification, affected without action, or a stale investigation)",
            link);
      }
    }

    /** Check 5: FDA postmarket, uncontrolled risk: 30 days to inform customers, 60 to a fix. */
    private void uncontrolled(List<Counted> counted) {
      int late = 0;
      for (Counted c : counted) {
        FindingInputs.Assessment a = c.finding().assessment();
        if (a == null || !"UNCONTROLLED".equals(a.riskControl()) || a.uncontrolledSince() == null) {
          continue;
        }
        long days = ChronoUnit.DAYS.between(a.uncontrolledSince(), now);
        LocalDate since = LocalDate.ofInstant(a.uncontrolledSince(), ZoneOffset.UTC);
        if (days > w.value(UNCONTROLLED_FIX_DAYS)) {
          late++;
          sheet.item(
              Checks.FIX_OVERDUE,
              Severity.CRITICAL,
              c.describe()
                  + " has been an uncontrolled risk since "
                  + since
                  + " ("
                  + days
                  + " days): the FDA expects a fix within "
                  + (long) w.value(UNCONTROLLED_FIX_DAYS)
                  + " days",
              link);
        } else if (days > w.value(UNCONTROLLED_NOTICE_DAYS)) {
          late++;
          sheet.item(
              Checks.CUSTOMER_NOTICE_OVERDUE,
              Severity.HIGH,
              c.describe()
                  + " has been an uncontrolled risk since "
                  + since
                  + " ("
                  + days
                  + " days): customers must be informed within "
                  + (long) w.value(UNCONTROLLED_NOTICE_DAYS)
                  + " days, a fix is due by "
                  + since.plusDays((long) w.value(UNCONTROLLED_FIX_DAYS)),
              link);
        }
      }
      if (late > 0) {
        sheet.factor(
            "UNCONTROLLED_RISK",
            "Uncontrolled risk past FDA deadlines",
            -ScoreSheet.round(
                ScoreSheet.saturating(
                    late, w.value(UNCONTROLLED_POINTS), w.value(UNCONTROLLED_MAX_POINTS))),
            plural(late, "finding is", "findings are")
                + " an uncontrolled risk past the FDA postmarket deadline for customer notice or"
                + " a fix",
            link);
      }
    }

    /** Check 6 for VEX: answers resting on unsigned documents, documents whose signature failed. */
    private void vexSignatures() {
      long unsigned =
          release.findings().stream()
              .filter(f -> removedByVex(f) && "UNSIGNED".equals(f.vex().documentSignature()))
              .count();
      if (release.invalidVexDocuments() > 0) {
        sheet.item(
            Checks.BAD_SIGNATURE,
            Severity.HIGH,
            plural(release.invalidVexDocuments(), "VEX document", "VEX documents")
                + " for this release failed the signature check and were not applied: upload"
                + " them signed with a registered key",
            link);
        evidence.deduct(
            "VEX_BAD_SIGNATURE",
            "VEX with a failed signature",
            w.value(VEX_BAD_SIGNATURE_POINTS),
            plural(release.invalidVexDocuments(), "VEX document", "VEX documents")
                + " failed the signature check",
            link);
      }
      if (unsigned > 0) {
        sheet.item(
            Checks.UNSIGNED,
            Severity.LOW,
            plural(unsigned, "finding is", "findings are")
                + " answered not_affected or fixed by unsigned VEX documents: sign them with a"
                + " registered key",
            link);
        evidence.deduct(
            "VEX_UNSIGNED",
            "Unsigned VEX",
            w.value(VEX_UNSIGNED_POINTS),
            plural(unsigned, "answer rests", "answers rest") + " on unsigned VEX documents",
            link);
      }
    }
  }

  /** Check 1: the current SBOM's presence and quality. */
  private static void sbom(ReleaseInputs release, ScoringWeights w, ScoreSheet sheet) {
    ScoreSheet.Budget budget = sheet.budget("SBOM", w.value(SBOM_MAX_POINTS));
    SbomFacts sbom = release.sbom();
    if (sbom == null) {
      budget.deduct(
          "SBOM_MISSING",
          "No SBOM",
          w.value(SBOM_MISSING_POINTS),
          "The release has no processed SBOM, so nothing about its contents can be checked",
          EvidenceLinks.sboms(release.releaseId()));
      sheet.item(
          Checks.NO_SBOM,
          Severity.HIGH,
          release.label() + " has no processed SBOM: upload one",
          EvidenceLinks.sboms(release.releaseId()));
      return;
    }
    String link = EvidenceLinks.sbom(sbom.sbomId());
    if (sbom.cisaScore() == null) {
      sheet.item(
          Checks.QUALITY_PROFILE,
          Severity.LOW,
          "The current SBOM has no quality report: upload it again to have it assessed",
          link);
    } else {
      List<String> short_ = new ArrayList<>();
      for (SbomFacts.QualityGap gap : sbom.cisaGaps()) {
        short_.add(gap.check() + " " + decimal(gap.coverage()) + " %");
        sheet.item(
            Checks.QUALITY_PROFILE,
            gap.coverage() < 50 ? Severity.MEDIUM : Severity.LOW,
            "CISA 2026 '"
                + gap.check()
                + "': "
                + decimal(gap.coverage())
                + " % of "
                + gap.total()
                + (gap.missing() > 0 ? " (" + gap.missing() + " missing)" : "")
                + (gap.fix() == null ? "" : ": " + gap.fix()),
            link);
      }
      budget.deduct(
          "SBOM_QUALITY",
          "SBOM quality (CISA 2026)",
          w.value(SBOM_QUALITY_POINTS) * (100 - clamp(sbom.cisaScore(), 0, 100)) / 100.0,
          "The SBOM meets the CISA 2026 minimum elements at "
              + sbom.cisaScore()
              + " of 100"
              + (short_.isEmpty() ? "" : "; short: " + examples(short_)),
          link);
    }
    if (deprecated(sbom.format(), sbom.specVersion())) {
      String name = formatName(sbom.format()) + " " + sbom.specVersion();
      budget.deduct(
          "SBOM_SPEC_DEPRECATED",
          "Deprecated SBOM format version",
          w.value(SBOM_DEPRECATED_POINTS),
          name + " is a superseded spec version",
          link);
      sheet.item(
          Checks.DEPRECATED_SPEC,
          Severity.LOW,
          "The SBOM is written in " + name + ": produce CycloneDX 1.6 or SPDX 2.3",
          link);
    }
    int count = sbom.packageCount();
    int weak = sbom.packagesWithWeakHashOnly();
    int none = sbom.packagesWithoutHash();
    if (count > 0 && weak + none > 0) {
      // Shares, not counts: a large SBOM with the same share of hashless packages costs the same.
      double share = (none + 0.5 * weak) / count;
      budget.deduct(
          "SBOM_HASHES",
          "Weak or missing hashes",
          w.value(SBOM_HASH_POINTS) * share,
          none + " of " + count + " packages have no hash and " + weak + " only MD5 or SHA-1",
          link);
      sheet.item(
          Checks.WEAK_HASHES,
          (double) (weak + none) / count > 0.5 ? Severity.MEDIUM : Severity.LOW,
          none
              + " of "
              + count
              + " packages have no hash and "
              + weak
              + " only MD5 or SHA-1: give each a SHA-256 or stronger hash",
          link);
    }
    if (!sbom.dependencyEdges() && count > 1) {
      budget.deduct(
          "SBOM_DEPENDENCIES",
          "No dependency relationships",
          w.value(SBOM_NO_DEPENDENCIES_POINTS),
          "The SBOM lists " + count + " packages but no dependency between them",
          link);
      sheet.item(
          Checks.NO_DEPENDENCIES,
          Severity.MEDIUM,
          "The SBOM has no dependency relationships (NTIA 2021 minimum element): include the"
              + " dependency graph",
          link);
    }
    if ("INVALID".equals(sbom.signature())) {
      budget.deduct(
          "SBOM_SIGNATURE",
          "SBOM signature failed",
          w.value(SBOM_BAD_SIGNATURE_POINTS),
          "A signature over the SBOM failed verification",
          link);
      sheet.item(
          Checks.BAD_SIGNATURE,
          Severity.HIGH,
          "A signature over the current SBOM failed verification: re-sign it with a registered"
              + " key",
          link);
    } else if ("UNSIGNED".equals(sbom.signature())) {
      budget.deduct(
          "SBOM_SIGNATURE",
          "SBOM not signed",
          w.value(SBOM_UNSIGNED_POINTS),
          "No signature over the SBOM was filed",
          link);
      sheet.item(
          Checks.UNSIGNED,
          Severity.LOW,
          "The current SBOM is not signed: file a signature (e.g. a Sigstore bundle) over it",
          link);
    }
  }

  /** Check 2: level of support and end of support. */
  private static void support(
      ReleaseInputs release, Instant now, ScoringWeights w, ScoreSheet sheet) {
    ScoreSheet.Budget budget = sheet.budget("support", w.value(SUPPORT_MAX_POINTS));
    String link = EvidenceLinks.component(release.componentId());
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate eos = release.endOfSupport();
    String level = release.levelOfSupport();
    if (eos != null && eos.isBefore(today)) {
      budget.deduct(
          "SUPPORT_ENDED",
          "End of support passed",
          w.value(SUPPORT_ENDED_POINTS),
          "Support for " + release.label() + " ended on " + eos,
          link);
      sheet.item(
          Checks.SUPPORT_ENDED,
          Severity.HIGH,
          "Support for " + release.label() + " ended on " + eos + ": move to a supported release",
          link);
    }
    if (level.equals("ABANDONED") || level.equals("NO_LONGER_MAINTAINED")) {
      String words = level.equals("ABANDONED") ? "abandoned" : "no longer maintained";
      budget.deduct(
          "SUPPORT_UNMAINTAINED",
          "Not maintained",
          w.value(SUPPORT_UNMAINTAINED_POINTS),
          "The supplier declares " + release.label() + " " + words,
          link);
      sheet.item(
          Checks.SUPPORT_UNMAINTAINED,
          Severity.HIGH,
          release.label() + " is " + words + ": vulnerabilities in it will not be fixed",
          link);
    }
    if (level.equals("UNKNOWN") || eos == null) {
      String what =
          level.equals("UNKNOWN") && eos == null
              ? "neither a level of support nor an end-of-support date"
              : level.equals("UNKNOWN") ? "no level of support" : "no end-of-support date";
      budget.deduct(
          "SUPPORT_UNKNOWN",
          "Support not declared",
          w.value(SUPPORT_UNKNOWN_POINTS),
          release.label() + " declares " + what,
          link);
      sheet.item(
          Checks.SUPPORT_UNKNOWN,
          Severity.MEDIUM,
          release.label()
              + " declares "
              + what
              + ": FDA premarket submissions need both for every component",
          link);
    }
    if (eos != null
        && !eos.isBefore(today)
        && eos.isBefore(today.plusMonths((long) w.value(SUPPORT_NEAR_MONTHS)))) {
      budget.deduct(
          "SUPPORT_ENDING",
          "End of support near",
          w.value(SUPPORT_NEAR_POINTS),
          "Support for " + release.label() + " ends on " + eos,
          link);
      sheet.item(
          Checks.SUPPORT_ENDING,
          Severity.LOW,
          "Support for "
              + release.label()
              + " ends on "
              + eos
              + ", within "
              + (long) w.value(SUPPORT_NEAR_MONTHS)
              + " months: plan the move to a supported release",
          link);
    }
  }

  /** Checks 6 and 7 for the release: provenance, signatures, subjects, SLSA, expiry, SSDF form. */
  private static void attestations(
      ReleaseInputs release,
      Instant now,
      ScoringWeights w,
      ScoreSheet sheet,
      ScoreSheet.Budget budget) {
    String link = EvidenceLinks.supplierEvidence(release.supplierId());
    List<EvidenceInputs> own =
        release.evidence().stream()
            .filter(e -> release.releaseId().equals(e.componentReleaseId()))
            .toList();
    List<EvidenceInputs> provenance = own.stream().filter(EvidenceInputs::isProvenance).toList();
    if (provenance.isEmpty()) {
      budget.deduct(
          "ATTESTATION_NO_PROVENANCE",
          "No provenance",
          w.value(ATTESTATION_NO_PROVENANCE_POINTS),
          "No provenance attestation (SLSA, in-toto, Sigstore) is filed for " + release.label(),
          link);
      sheet.item(
          Checks.NO_PROVENANCE,
          Severity.MEDIUM,
          "No provenance attestation is filed for "
              + release.label()
              + ": file SLSA provenance whose subject is the delivered artifact",
          link);
    }
    int badSignatures = 0;
    int mismatches = 0;
    int unsignedProvenance = 0;
    int expired = 0;
    for (EvidenceInputs e : own) {
      String name = kindName(e.kind());
      boolean mismatch = "MISMATCHED".equals(e.subjectBinding());
      if ("INVALID".equals(e.signatureOutcome())
          || ("INVALID".equals(e.verificationStatus()) && !mismatch)) {
        badSignatures++;
        sheet.item(
            Checks.BAD_SIGNATURE,
            Severity.HIGH,
            name + " failed verification" + reason(e) + ": sign it with a registered key",
            link);
      }
      if (mismatch) {
        mismatches++;
        sheet.item(
            Checks.SUBJECT_MISMATCH,
            Severity.HIGH,
            name + " is about another artifact than the delivered one" + reason(e),
            link);
      }
      if (e.isProvenance() && e.unsigned() && !e.invalid()) {
        unsignedProvenance++;
        sheet.item(
            Checks.UNSIGNED,
            Severity.MEDIUM,
            name + " is not signed: sign it with a registered key or Sigstore identity",
            link);
      }
      if (e.expiredAt(now)) {
        expired++;
        sheet.item(
            Checks.EXPIRED,
            Severity.HIGH,
            name
                + " expired"
                + (e.expiresAt() == null ? "" : " on " + day(e.expiresAt()))
                + ": file a current one",
            link);
      } else if (expiring(e, now, w)) {
        sheet.item(
            Checks.EXPIRING,
            Severity.LOW,
            name + " expires" + (e.expiresAt() == null ? " soon" : " on " + day(e.expiresAt())),
            link);
      }
    }
    if (badSignatures > 0) {
      budget.deduct(
          "ATTESTATION_BAD_SIGNATURE",
          "Attestation signature failed",
          w.value(ATTESTATION_BAD_SIGNATURE_POINTS),
          plural(badSignatures, "attestation", "attestations") + " failed verification",
          link);
    }
    if (mismatches > 0) {
      budget.deduct(
          "ATTESTATION_SUBJECT_MISMATCH",
          "Attestation about another artifact",
          w.value(ATTESTATION_MISMATCH_POINTS),
          plural(mismatches, "attestation names", "attestations name")
              + " a subject digest that is not the delivered artifact's",
          link);
    }
    if (unsignedProvenance > 0) {
      budget.deduct(
          "ATTESTATION_UNSIGNED",
          "Unsigned provenance",
          w.value(ATTESTATION_UNSIGNED_POINTS),
          plural(unsignedProvenance, "provenance attestation is", "provenance attestations are")
              + " not signed",
          link);
    }
    if (!provenance.isEmpty()) {
      int min = (int) w.value(ATTESTATION_SLSA_MIN_LEVEL);
      int best =
          provenance.stream()
              .filter(e -> !e.invalid() && e.slsaBuildLevel() != null)
              .mapToInt(EvidenceInputs::slsaBuildLevel)
              .max()
              .orElse(0);
      if (best < min) {
        budget.deduct(
            "ATTESTATION_SLSA_LEVEL",
            "SLSA build level under policy",
            w.value(ATTESTATION_SLSA_POINTS),
            "The best valid provenance reaches SLSA build level " + best + "; policy asks " + min,
            link);
        sheet.item(
            Checks.SLSA_LEVEL,
            Severity.MEDIUM,
            release.label()
                + " is built at SLSA build level "
                + best
                + ", under the policy's "
                + min
                + ": build it on a hosted, hardened builder that signs provenance",
            link);
      }
    }
    if (expired > 0) {
      budget.deduct(
          "ATTESTATION_EXPIRED",
          "Expired attestation",
          w.value(ATTESTATION_EXPIRED_POINTS),
          plural(
                  expired,
                  "attestation about the release has",
                  "attestations about the release have")
              + " expired",
          link);
    }
    secureDevelopment(release, now, w, sheet, budget, link);
  }

  /** Check 7: a current, valid secure-development attestation must cover this release. */
  private static void secureDevelopment(
      ReleaseInputs release,
      Instant now,
      ScoringWeights w,
      ScoreSheet sheet,
      ScoreSheet.Budget budget,
      String link) {
    List<EvidenceInputs> forms =
        release.evidence().stream()
            .filter(e -> e.kind().equals(EvidenceInputs.SECURE_DEVELOPMENT))
            .toList();
    boolean covered =
        forms.stream()
            .anyMatch(e -> !e.expiredAt(now) && !e.invalid() && e.covers(release.releaseId()));
    if (covered) {
      return;
    }
    String why;
    if (forms.isEmpty()) {
      why = "no secure software development attestation is filed";
    } else if (forms.stream().noneMatch(e -> e.covers(release.releaseId()))) {
      why = "the secure software development attestation does not cover " + release.label();
    } else {
      why =
          "the secure software development attestation covering "
              + release.label()
              + " is expired or invalid";
    }
    budget.deduct(
        "ATTESTATION_SECURE_DEVELOPMENT",
        "Secure development not attested",
        w.value(ATTESTATION_SSDA_POINTS),
        capitalised(why),
        link);
    sheet.item(
        Checks.SECURE_DEVELOPMENT,
        Severity.MEDIUM,
        capitalised(why) + ": file CISA's form covering this release",
        link);
  }

  static boolean expiring(EvidenceInputs e, Instant now, ScoringWeights w) {
    if (e.expiredAt(now)) {
      return false;
    }
    if ("EXPIRING".equals(e.verificationStatus())) {
      return true;
    }
    return e.expiresAt() != null
        && e.expiresAt()
            .isBefore(now.plus(Duration.ofDays((long) w.value(ATTESTATION_EXPIRING_DAYS))));
  }

  /**
   * CycloneDX before 1.4 and SPDX before 2.2 are superseded by several revisions that added fields
   * the quality profiles ask for.
   */
  static boolean deprecated(String format, String specVersion) {
    if (format == null || specVersion == null) {
      return false;
    }
    int[] v = version(specVersion);
    if (v == null) {
      return false;
    }
    if (format.startsWith("CYCLONEDX")) {
      return v[0] < 1 || (v[0] == 1 && v[1] < 4);
    }
    if (format.startsWith("SPDX")) {
      return v[0] < 2 || (v[0] == 2 && v[1] < 2);
    }
    return false;
  }

  private static int[] version(String text) {
    String digits = text.startsWith("SPDX-") ? text.substring(5) : text;
    String[] parts = digits.split("\\.");
    try {
      return new int[] {
        Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String formatName(String format) {
    return format != null && format.startsWith("SPDX") ? "SPDX" : "CycloneDX";
  }

  /** CVSS-like score for a severity label when no CVSS score is known; unknown is not harmless. */
  static double fromLabel(String severity) {
    if (severity == null) {
      return 5.0;
    }
    return switch (severity) {
      case "CRITICAL" -> 9.0;
      case "HIGH" -> 7.0;
      case "MEDIUM" -> 5.0;
      case "LOW" -> 2.0;
      case "NONE" -> 0.0;
      default -> 5.0;
    };
  }

  /** The CVSS qualitative rating of a base score (FIRST CVSS v3.1/v4.0 specification). */
  static String band(double score) {
    if (score >= 9.0) {
      return "CRITICAL";
    }
    if (score >= 7.0) {
      return "HIGH";
    }
    if (score >= 4.0) {
      return "MEDIUM";
    }
    return "LOW";
  }

  static String kindName(String kind) {
    return switch (kind) {
      case "SLSA_PROVENANCE" -> "SLSA provenance";
      case "INTOTO_STATEMENT" -> "An in-toto attestation";
      case "SIGSTORE_BUNDLE" -> "A Sigstore bundle";
      case "CYCLONEDX_DECLARATIONS" -> "CycloneDX declarations";
      case "CISA_SECURE_SOFTWARE_DEVELOPMENT" -> "The secure software development attestation";
      case "IEC_62443_4_1_CERTIFICATE" -> "The IEC 62443-4-1 certificate";
      case "ISO_27001_CERTIFICATE" -> "The ISO/IEC 27001 certificate";
      case "PENETRATION_TEST_SUMMARY" -> "The penetration test summary";
      default -> kind;
    };
  }

  private static String reason(EvidenceInputs e) {
    return e.reason() == null || e.reason().isBlank() ? "" : " (" + e.reason() + ")";
  }

  static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
