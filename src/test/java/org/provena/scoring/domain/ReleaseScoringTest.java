package org.provena.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.scoring.domain.Fixtures.*;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.provena.scoring.domain.OpenItem.Severity;

class ReleaseScoringTest {

  @Test
  void a_release_with_everything_in_order_scores_100_and_an_a() {
    Score score = new Release().score();

    assertThat(score.value()).isEqualTo(100);
    assertThat(score.grade()).isEqualTo(Grade.A);
    assertThat(score.openItems()).isEmpty();
    assertThat(score.modelVersion()).isEqualTo(ScoringModel.VERSION);
  }

  @Test
  void the_factors_add_up_to_the_score_and_link_to_their_evidence() {
    Release r = new Release();
    r.finding(finding("CVE-2026-0001", 9.8, 3)).finding(finding("CVE-2026-0002", 5.0, 3));
    r.level = "UNKNOWN";
    r.sbom =
        new SbomFacts(
            UUID.randomUUID(), "SPDX_JSON", "2.3", 40, 10, 10, false, 70, List.of(), "UNSIGNED");

    Score score = r.score();

    int sum = score.factors().stream().mapToInt(Factor::points).sum();
    assertThat(score.value()).isEqualTo(100 + sum);
    assertThat(score.factors()).allSatisfy(f -> assertThat(f.evidence()).isNotBlank());
    assertThat(score.factors())
        .filteredOn(f -> f.code().equals("FINDINGS"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.evidence()).isEqualTo("component-releases/" + r.id + "/findings"));
    assertThat(score.factors())
        .filteredOn(f -> f.code().startsWith("SBOM_"))
        .allSatisfy(f -> assertThat(f.evidence()).isEqualTo("sboms/" + r.sbom.sbomId()));
  }

  // ---------------------------------------------------------------- findings

  @Test
  void one_critical_finding_within_its_sla_costs_about_twenty_points() {
    Score score = new Release().finding(finding("CVE-2026-0001", 9.8, 3)).score();

    assertThat(points(score, "FINDINGS")).isEqualTo(-20);
    assertThat(score.value()).isEqualTo(80);
    assertThat(score.grade()).isEqualTo(Grade.B);
    assertThat(score.factors().get(0).explanation()).contains("CVE-2026-0001", "CVSS 3.1 9.8");
  }

  @Test
  void cvss_v4_is_used_where_present_instead_of_v3_1() {
    FindingInputs v31Only = finding("CVE-2026-0001", 9.8, 3);
    FindingInputs withV4 = withCvss4(v31Only, 4.0);

    Score score = new Release().finding(withV4).score();

    assertThat(points(score, "FINDINGS")).isEqualTo(-8);
    assertThat(score.factors().get(0).explanation()).contains("CVSS 4.0 4.0");
  }

  @Test
  void a_likely_exploited_finding_weighs_more_than_an_unlikely_one() {
    Score unlikely = new Release().finding(withEpss(finding("CVE-1", 7.5, 3), 0.01)).score();
    Score likely = new Release().finding(withEpss(finding("CVE-1", 7.5, 3), 0.9)).score();

    assertThat(likely.value()).isLessThan(unlikely.value());
    assertThat(points(likely, "FINDINGS")).isEqualTo(-22); // 20 × 0.75 × (1 + 0.5 × 0.9)
  }

  @Test
  void kev_is_an_override_a_low_cvss_kev_finding_weighs_like_the_worst() {
    FindingInputs low = kev(finding("CVE-1", 3.1, 3), TODAY.minusDays(2), TODAY.plusDays(19));
    FindingInputs high = kev(finding("CVE-2", 10.0, 3), TODAY.minusDays(2), TODAY.plusDays(19));

    int lowPoints = points(new Release().finding(low).score(), "FINDINGS");
    int highPoints = points(new Release().finding(high).score(), "FINDINGS");

    assertThat(lowPoints).isEqualTo(highPoints).isEqualTo(-30);
  }

  @Test
  void kev_finding_without_answer_caps_the_grade() {
    FindingInputs f =
        kev(finding("CVE-2021-44228", 10.0, 3), TODAY.minusDays(2), TODAY.plusDays(19));
    Score score = new Release().finding(f).score();

    assertThat(score.value()).isEqualTo(70);
    assertThat(Grade.of(score.value())).isEqualTo(Grade.C);
    assertThat(score.grade()).as("capped by the critical item").isEqualTo(Grade.D);
    assertThat(score.openItems())
        .first()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.KEV);
              assertThat(i.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(i.message()).contains("CVE-2021-44228", "KEV", "not answered");
            });
  }

  @Test
  void a_kev_finding_answered_affected_still_caps_the_grade() {
    FindingInputs f =
        answered(
            kev(finding("CVE-1", 9.0, 3), TODAY.minusDays(2), null),
            vex("AFFECTED", null, "Update to 3.0.2"));

    Score score = new Release().finding(f).score();

    assertThat(checks(score)).contains(Checks.KEV);
    assertThat(score.grade()).isEqualTo(Grade.D);
  }

  @Test
  void vex_not_affected_with_a_justification_removes_the_finding() {
    FindingInputs f =
        answered(
            kev(finding("CVE-1", 9.8, 3), TODAY.minusDays(2), null),
            vex("NOT_AFFECTED", "VULNERABLE_CODE_NOT_IN_EXECUTE_PATH", null));

    Score score = new Release().finding(f).score();

    assertThat(score.value()).isEqualTo(100);
    assertThat(score.grade()).isEqualTo(Grade.A);
    assertThat(checks(score)).doesNotContain(Checks.KEV);
    assertThat(score.factors())
        .filteredOn(x -> x.code().equals("FINDINGS_ANSWERED"))
        .singleElement()
        .satisfies(x -> assertThat(x.explanation()).startsWith("1 finding answered not_affected"));
  }

  @Test
  void vex_fixed_removes_the_finding() {
    FindingInputs f = answered(finding("CVE-1", 9.8, 3), vex("FIXED", null, null));

    assertThat(new Release().finding(f).score().value()).isEqualTo(100);
  }

  @Test
  void not_affected_without_a_justification_still_counts_and_opens_an_item() {
    FindingInputs f = answered(finding("CVE-1", 9.8, 3), vex("NOT_AFFECTED", null, null));

    Score score = new Release().finding(f).score();

    assertThat(points(score, "FINDINGS")).isEqualTo(-20);
    assertThat(checks(score)).contains(Checks.NOT_AFFECTED_WITHOUT_JUSTIFICATION);
    assertThat(points(score, "RESPONSE")).isEqualTo(-3);
  }

  @Test
  void a_manufacturer_assessment_of_false_positive_removes_the_finding() {
    FindingInputs f =
        assessed(finding("CVE-1", 9.8, 3), assessment("FALSE_POSITIVE", "CONTROLLED", 1));

    assertThat(new Release().finding(f).score().value()).isEqualTo(100);
  }

  @Test
  void a_mitigated_finding_counts_half() {
    FindingInputs f = assessed(finding("CVE-1", 9.8, 3), assessment("MITIGATED", "CONTROLLED", 1));

    assertThat(points(new Release().finding(f).score(), "FINDINGS")).isEqualTo(-10);
  }

  @Test
  void a_finding_past_its_sla_weighs_more() {
    // CVSS 7.5 is high: 30 days.
    Score young = new Release().finding(finding("CVE-1", 7.5, 29)).score();
    Score old = new Release().finding(finding("CVE-1", 7.5, 31)).score();

    assertThat(points(young, "FINDINGS")).isEqualTo(-15);
    assertThat(points(old, "FINDINGS")).isEqualTo(-23); // × 1.5
    assertThat(old.factors().get(0).explanation()).contains("1 past their SLA");
  }

  @Test
  void the_sla_days_are_configurable() {
    ScoringWeights lenient =
        ScoringWeights.parse(java.util.Map.of("provena.scoring.sla.high-days", "60"));
    ReleaseInputs inputs = new Release().finding(finding("CVE-1", 7.5, 31)).inputs();

    assertThat(points(ReleaseScoring.score(inputs, NOW, lenient), "FINDINGS")).isEqualTo(-15);
  }

  @Test
  void a_finding_without_any_answer_past_its_sla_opens_an_item() {
    Score score = new Release().finding(finding("CVE-2026-7", 5.0, 91)).score();

    assertThat(score.openItems())
        .filteredOn(i -> i.check().equals(Checks.UNANSWERED))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.HIGH);
              assertThat(i.message()).contains("CVE-2026-7", "due 2026-11-30");
            });
    assertThat(points(score, "RESPONSE")).isEqualTo(-3);
  }

  @Test
  void an_answer_within_the_sla_is_no_open_item() {
    FindingInputs f = answered(finding("CVE-1", 5.0, 91), vex("AFFECTED", null, "Upgrade"));

    assertThat(checks(new Release().finding(f).score())).doesNotContain(Checks.UNANSWERED);
  }

  @Test
  void affected_without_an_action_opens_an_item() {
    FindingInputs f = answered(finding("CVE-1", 5.0, 3), vex("AFFECTED", null, " "));

    assertThat(checks(new Release().finding(f).score()))
        .containsExactly(Checks.AFFECTED_WITHOUT_ACTION);
  }

  @Test
  void an_investigation_older_than_thirty_days_goes_stale() {
    FindingInputs f =
        answered(
            finding("CVE-1", 5.0, 60),
            new FindingInputs.Vex(
                "UNDER_INVESTIGATION", null, null, null, NOW.minus(31, ChronoUnit.DAYS), null));
    FindingInputs fresh =
        answered(
            finding("CVE-2", 5.0, 60),
            new FindingInputs.Vex(
                "UNDER_INVESTIGATION", null, null, null, NOW.minus(29, ChronoUnit.DAYS), null));

    Score score = new Release().finding(f).finding(fresh).score();

    assertThat(score.openItems())
        .filteredOn(i -> i.check().equals(Checks.INVESTIGATION_STALE))
        .singleElement()
        .satisfies(i -> assertThat(i.message()).contains("CVE-1").doesNotContain("CVE-2"));
  }

  @Test
  void uncontrolled_risk_past_thirty_days_asks_for_customer_notice() {
    FindingInputs f =
        assessed(finding("CVE-1", 4.0, 40), assessment("EXPLOITABLE", "UNCONTROLLED", 31));

    Score score = new Release().finding(f).score();

    assertThat(checks(score)).containsExactly(Checks.CUSTOMER_NOTICE_OVERDUE);
    assertThat(score.openItems().get(0).message()).contains("a fix is due by 2026-12-30");
    assertThat(points(score, "UNCONTROLLED_RISK")).isEqualTo(-8);
    assertThat(score.value()).isEqualTo(84);
    assertThat(score.grade()).as("not capped: nothing critical yet").isEqualTo(Grade.B);
  }

  @Test
  void uncontrolled_risk_past_sixty_days_is_critical_and_caps_the_grade() {
    FindingInputs f =
        assessed(finding("CVE-1", 4.0, 80), assessment("EXPLOITABLE", "UNCONTROLLED", 61));

    Score score = new Release().finding(f).score();

    assertThat(score.openItems())
        .filteredOn(i -> i.check().equals(Checks.FIX_OVERDUE))
        .singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.CRITICAL));
    assertThat(score.grade()).isEqualTo(Grade.D);
  }

  @Test
  void further_findings_count_less_and_the_findings_deduction_has_a_limit() {
    Release r = new Release();
    for (int i = 0; i < 200; i++) {
      r.finding(finding("CVE-2026-" + (1000 + i), 9.8, 3));
    }
    Score many = r.score();
    Score two =
        new Release().finding(finding("CVE-1", 9.8, 3)).finding(finding("CVE-2", 9.8, 3)).score();

    assertThat(points(two, "FINDINGS")).isEqualTo(-29); // 19.6 + 9.8
    assertThat(points(many, "FINDINGS")).isEqualTo(-39); // 19.6 / (1 − 0.5)
    assertThat(points(many, "FINDINGS")).isGreaterThanOrEqualTo(-60);
  }

  @Test
  void a_bigger_sbom_is_not_worse_by_size_alone() {
    List<FindingInputs> same =
        List.of(
            withEpss(finding("CVE-2026-1", 9.8, 40), 0.3),
            finding("CVE-2026-2", 6.5, 10),
            answered(finding("CVE-2026-3", 7.0, 5), vex("NOT_AFFECTED", null, null)));
    Release small = new Release();
    small.sbom = sbom(10);
    small.findings.addAll(same);
    Release large = new Release();
    large.sbom = sbom(3000);
    large.findings.addAll(same);
    large.id = small.id;
    large.supplier = small.supplier;
    large.component = small.component;
    large.evidence = small.evidence;

    Score a = small.score();
    Score b = large.score();

    assertThat(a.value()).isEqualTo(b.value()).isLessThan(100);
    assertThat(a.grade()).isEqualTo(b.grade());
    assertThat(a.factors())
        .extracting(Factor::points)
        .isEqualTo(b.factors().stream().map(Factor::points).toList());
  }

  @Test
  void the_order_findings_arrive_in_does_not_change_the_score() {
    Release r = new Release();
    for (int i = 0; i < 30; i++) {
      r.finding(withEpss(finding("CVE-2026-" + i, 2 + (i % 8), i * 5), (i % 10) / 10.0));
    }
    Score first = r.score();
    List<FindingInputs> shuffled = new ArrayList<>(r.findings);
    Collections.shuffle(shuffled, new Random(7));
    r.findings = shuffled;

    assertThat(r.score()).isEqualTo(first);
  }

  // ---------------------------------------------------------------- SBOM (check 1)

  @Test
  void a_release_without_an_sbom_loses_the_sbom_points() {
    Release r = new Release();
    r.sbom = null;

    Score score = r.score();

    assertThat(points(score, "SBOM_MISSING")).isEqualTo(-30);
    assertThat(checks(score)).containsExactly(Checks.NO_SBOM);
    assertThat(score.openItems().get(0).evidence())
        .isEqualTo("component-releases/" + r.id + "/sboms");
  }

  @Test
  void quality_profile_gaps_become_open_items_and_cost_in_proportion() {
    Release r = new Release();
    r.sbom =
        new SbomFacts(
            UUID.randomUUID(),
            "CYCLONEDX_JSON",
            "1.6",
            100,
            100,
            0,
            true,
            80,
            List.of(
                new SbomFacts.QualityGap("licence", 40.0, 100, 60, 0, 0, "Add licences."),
                new SbomFacts.QualityGap("generationContext", 0, 1, 1, 0, 0, null)),
            "VALID");

    Score score = r.score();

    assertThat(points(score, "SBOM_QUALITY")).isEqualTo(-3); // 15 × 20 %
    assertThat(score.openItems())
        .filteredOn(i -> i.check().equals(Checks.QUALITY_PROFILE))
        .extracting(OpenItem::message)
        .containsExactly(
            "CISA 2026 'licence': 40.0 % of 100 (60 missing): Add licences.",
            "CISA 2026 'generationContext': 0.0 % of 1 (1 missing)");
  }

  @Test
  void a_deprecated_spec_version_opens_an_item() {
    Release r = new Release();
    r.sbom =
        new SbomFacts(
            UUID.randomUUID(), "CYCLONEDX_XML", "1.3", 5, 5, 0, true, 100, List.of(), "VALID");

    Score score = r.score();

    assertThat(checks(score)).containsExactly(Checks.DEPRECATED_SPEC);
    assertThat(points(score, "SBOM_SPEC_DEPRECATED")).isEqualTo(-5);
    assertThat(ReleaseScoring.deprecated("CYCLONEDX_JSON", "1.4")).isFalse();
    assertThat(ReleaseScoring.deprecated("SPDX_JSON", "SPDX-2.1")).isTrue();
    assertThat(ReleaseScoring.deprecated("SPDX_TAG_VALUE", "SPDX-2.2")).isFalse();
  }

  @Test
  void weak_or_missing_hashes_cost_by_their_share_of_packages() {
    Release r = new Release();
    r.sbom =
        new SbomFacts(
            UUID.randomUUID(), "SPDX_JSON", "2.3", 200, 50, 50, true, 100, List.of(), "VALID");

    Score score = r.score();

    assertThat(points(score, "SBOM_HASHES")).isEqualTo(-5); // 8 × (100 + 25) / 200
    assertThat(score.openItems())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.WEAK_HASHES);
              assertThat(i.message()).startsWith("100 of 200 packages have no hash and 50 only");
            });
  }

  @Test
  void an_sbom_without_dependency_edges_opens_an_item() {
    Release r = new Release();
    r.sbom =
        new SbomFacts(
            UUID.randomUUID(), "CYCLONEDX_JSON", "1.6", 12, 12, 0, false, 100, List.of(), "VALID");

    Score score = r.score();

    assertThat(checks(score)).containsExactly(Checks.NO_DEPENDENCIES);
    assertThat(points(score, "SBOM_DEPENDENCIES")).isEqualTo(-5);
  }

  @Test
  void an_unsigned_sbom_is_a_low_item_and_a_badly_signed_one_a_high_one() {
    Release unsigned = new Release();
    unsigned.sbom =
        new SbomFacts(
            UUID.randomUUID(), "CYCLONEDX_JSON", "1.6", 1, 1, 0, true, 100, List.of(), "UNSIGNED");
    Release bad = new Release();
    bad.sbom =
        new SbomFacts(
            UUID.randomUUID(), "CYCLONEDX_JSON", "1.6", 1, 1, 0, true, 100, List.of(), "INVALID");

    assertThat(unsigned.score().openItems())
        .singleElement()
        .satisfies(
            i ->
                assertThat(i)
                    .extracting(OpenItem::check, OpenItem::severity)
                    .containsExactly(Checks.UNSIGNED, Severity.LOW));
    assertThat(bad.score().openItems())
        .singleElement()
        .satisfies(
            i ->
                assertThat(i)
                    .extracting(OpenItem::check, OpenItem::severity)
                    .containsExactly(Checks.BAD_SIGNATURE, Severity.HIGH));
    assertThat(points(bad.score(), "SBOM_SIGNATURE")).isEqualTo(-8);
  }

  // ---------------------------------------------------------------- support (check 2)

  @Test
  void undeclared_support_opens_an_item_for_the_fda_submission() {
    Release r = new Release();
    r.level = "UNKNOWN";
    r.endOfSupport = null;

    Score score = r.score();

    assertThat(points(score, "SUPPORT_UNKNOWN")).isEqualTo(-8);
    assertThat(score.openItems())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.SUPPORT_UNKNOWN);
              assertThat(i.message()).contains("neither a level of support nor an end-of-support");
              assertThat(i.evidence()).isEqualTo("components/" + r.component);
            });
  }

  @Test
  void support_that_ended_and_an_abandoned_release_cost_most() {
    Release r = new Release();
    r.level = "ABANDONED";
    r.endOfSupport = TODAY.minusDays(1);

    Score score = r.score();

    assertThat(checks(score))
        .containsExactlyInAnyOrder(Checks.SUPPORT_ENDED, Checks.SUPPORT_UNMAINTAINED);
    assertThat(points(score, "SUPPORT_ENDED") + points(score, "SUPPORT_UNMAINTAINED"))
        .as("limited to the support maximum")
        .isEqualTo(-25);
  }

  @Test
  void support_ending_within_six_months_is_a_warning() {
    Release r = new Release();
    r.endOfSupport = TODAY.plusMonths(6).minusDays(1);
    Release later = new Release();
    later.endOfSupport = TODAY.plusMonths(6);

    assertThat(checks(r.score())).containsExactly(Checks.SUPPORT_ENDING);
    assertThat(points(r.score(), "SUPPORT_ENDING")).isEqualTo(-5);
    assertThat(later.score().value()).isEqualTo(100);
  }

  // ---------------------------------------------------------------- attestations (checks 6, 7)

  @Test
  void a_release_without_provenance_opens_an_item() {
    Release r = new Release();
    r.evidence.removeIf(EvidenceInputs::isProvenance);

    Score score = r.score();

    assertThat(checks(score)).containsExactly(Checks.NO_PROVENANCE);
    assertThat(score.openItems().get(0).evidence())
        .isEqualTo("suppliers/" + r.supplier + "/evidence");
  }

  @Test
  void provenance_with_a_failed_signature_or_another_subject_is_a_high_item() {
    Release r = new Release();
    r.evidence.add(
        new EvidenceInputs(
            UUID.randomUUID(),
            r.id,
            "SIGSTORE_BUNDLE",
            "INVALID",
            "INVALID",
            "MATCHED",
            null,
            NOW,
            null,
            "signed with a revoked key",
            false,
            Set.of()));
    r.evidence.add(
        new EvidenceInputs(
            UUID.randomUUID(),
            r.id,
            "INTOTO_STATEMENT",
            "INVALID",
            "VALID",
            "MISMATCHED",
            null,
            NOW,
            null,
            "subject fw.bin does not match",
            false,
            Set.of()));

    Score score = r.score();

    assertThat(checks(score))
        .containsExactlyInAnyOrder(Checks.BAD_SIGNATURE, Checks.SUBJECT_MISMATCH);
    assertThat(score.openItems())
        .allSatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.HIGH));
    assertThat(score.openItems()).anySatisfy(i -> assertThat(i.message()).contains("revoked key"));
    assertThat(points(score, "ATTESTATION_BAD_SIGNATURE")).isEqualTo(-10);
    assertThat(points(score, "ATTESTATION_SUBJECT_MISMATCH")).isEqualTo(-10);
    assertThat(score.value()).as("attestation deductions are limited to 20").isEqualTo(80);
  }

  @Test
  void unsigned_provenance_and_a_slsa_level_under_policy_open_items() {
    Release r = new Release();
    r.evidence.removeIf(EvidenceInputs::isProvenance);
    r.evidence.add(
        new EvidenceInputs(
            UUID.randomUUID(),
            r.id,
            "SLSA_PROVENANCE",
            "UNSIGNED",
            "UNSIGNED",
            "MATCHED",
            1,
            NOW,
            null,
            null,
            false,
            Set.of()));

    Score score = r.score();

    assertThat(checks(score)).containsExactlyInAnyOrder(Checks.UNSIGNED, Checks.SLSA_LEVEL);
    assertThat(score.value()).isEqualTo(92);
  }

  @Test
  void the_slsa_level_policy_is_configurable() {
    Release r = new Release();
    r.evidence.removeIf(EvidenceInputs::isProvenance);
    r.evidence.add(provenance(r, 2));
    ScoringWeights strict =
        ScoringWeights.parse(java.util.Map.of("provena.scoring.attestation.slsa-min-level", "3"));

    assertThat(r.score().value()).isEqualTo(100);
    assertThat(checks(ReleaseScoring.score(r.inputs(), NOW, strict)))
        .containsExactly(Checks.SLSA_LEVEL);
  }

  @Test
  void expired_release_evidence_opens_a_high_item_and_expiring_a_low_one() {
    Release r = new Release();
    r.evidence.add(
        new EvidenceInputs(
            UUID.randomUUID(),
            r.id,
            "CYCLONEDX_DECLARATIONS",
            "EXPIRED",
            "VALID",
            "MATCHED",
            null,
            NOW.minus(400, ChronoUnit.DAYS),
            NOW.minus(1, ChronoUnit.DAYS),
            null,
            false,
            Set.of()));
    r.evidence.add(
        new EvidenceInputs(
            UUID.randomUUID(),
            r.id,
            "PENETRATION_TEST_SUMMARY",
            "EXPIRING",
            "UNSIGNED",
            "NOT_APPLICABLE",
            null,
            NOW.minus(300, ChronoUnit.DAYS),
            NOW.plus(10, ChronoUnit.DAYS),
            null,
            false,
            Set.of()));

    Score score = r.score();

    assertThat(score.openItems())
        .extracting(OpenItem::check, OpenItem::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Checks.EXPIRED, Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple(Checks.EXPIRING, Severity.LOW));
    assertThat(points(score, "ATTESTATION_EXPIRED")).isEqualTo(-6);
  }

  @Test
  void a_secure_development_attestation_must_cover_the_release_and_be_current() {
    Release notCovering = new Release();
    notCovering.evidence.removeIf(e -> e.kind().equals(EvidenceInputs.SECURE_DEVELOPMENT));
    notCovering.evidence.add(
        secureDevelopment(false, Set.of(UUID.randomUUID()), NOW.minus(5, ChronoUnit.DAYS)));
    Release old = new Release();
    old.evidence.removeIf(e -> e.kind().equals(EvidenceInputs.SECURE_DEVELOPMENT));
    old.evidence.add(secureDevelopment(true, Set.of(), NOW.minus(400, ChronoUnit.DAYS)));
    Release named = new Release();
    named.evidence.removeIf(e -> e.kind().equals(EvidenceInputs.SECURE_DEVELOPMENT));
    named.evidence.add(secureDevelopment(false, Set.of(named.id), NOW.minus(5, ChronoUnit.DAYS)));

    assertThat(notCovering.score().openItems())
        .singleElement()
        .satisfies(i -> assertThat(i.message()).contains("does not cover openssl 3.0.1"));
    assertThat(old.score().openItems())
        .singleElement()
        .satisfies(i -> assertThat(i.message()).contains("expired or invalid"));
    assertThat(checks(old.score())).containsExactly(Checks.SECURE_DEVELOPMENT);
    assertThat(named.score().value()).isEqualTo(100);
  }

  @Test
  void vex_answers_resting_on_unsigned_documents_and_failed_vex_signatures_are_open_items() {
    Release r = new Release();
    r.finding(
        answered(
            finding("CVE-1", 9.0, 3),
            new FindingInputs.Vex("FIXED", null, null, null, NOW, "UNSIGNED")));
    r.invalidVex = 2;

    Score score = r.score();

    assertThat(score.openItems())
        .extracting(OpenItem::check, OpenItem::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Checks.BAD_SIGNATURE, Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple(Checks.UNSIGNED, Severity.LOW));
    assertThat(points(score, "VEX_BAD_SIGNATURE")).isEqualTo(-6);
    assertThat(points(score, "VEX_UNSIGNED")).isEqualTo(-1);
  }

  // ---------------------------------------------------------------- boundaries

  @Test
  void a_release_with_everything_wrong_scores_no_less_than_zero() {
    Release r = new Release();
    for (int i = 0; i < 20; i++) {
      r.finding(
          assessed(
              kev(finding("CVE-" + i, 10, 200), TODAY.minusDays(100), TODAY.minusDays(80)),
              assessment("EXPLOITABLE", "UNCONTROLLED", 100)));
    }
    r.sbom = null;
    r.level = "ABANDONED";
    r.endOfSupport = TODAY.minusYears(1);
    r.evidence.clear();
    r.invalidVex = 1;

    Score score = r.score();

    assertThat(score.value()).isZero();
    assertThat(score.grade()).isEqualTo(Grade.F);
    assertThat(score.openItems().get(0).severity()).isEqualTo(Severity.CRITICAL);
  }
}
