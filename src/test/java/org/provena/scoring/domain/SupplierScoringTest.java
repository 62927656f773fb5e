package org.provena.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.scoring.domain.Fixtures.*;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.provena.scoring.domain.OpenItem.Severity;

class SupplierScoringTest {

  private final UUID supplier = UUID.randomUUID();
  private final List<UUID> releases = new ArrayList<>();
  private final Map<UUID, Score> scores = new HashMap<>();
  private final List<EvidenceInputs> evidence =
      new ArrayList<>(List.of(secureDevelopment(supplier, true, Set.of())));
  private final List<SupplierInputs.Request> requests = new ArrayList<>();
  private String cvdContact = "psirt@example.com";
  private String cvdPolicy = "https://example.com/security";

  private void release(int value, OpenItem... items) {
    UUID id = UUID.randomUUID();
    releases.add(id);
    scores.put(
        id, new Score(value, Grade.of(value), List.of(), List.of(items), ScoringModel.VERSION));
  }

  private Score score() {
    return SupplierScoring.score(
        new SupplierInputs(supplier, "Acme", releases, evidence, requests, cvdContact, cvdPolicy),
        scores,
        NOW,
        WEIGHTS);
  }

  @Test
  void a_supplier_with_good_releases_and_current_evidence_scores_their_weighted_mean() {
    release(100);
    release(90);

    Score score = score();

    assertThat(score.openItems()).isEmpty();
    // Weights 1 and 1 + 3 × 0.1 = 1.3: (100 + 117) / 2.3 = 94.3
    assertThat(score.value()).isEqualTo(94);
  }

  @Test
  void the_worst_release_weighs_more_than_a_plain_mean() {
    release(100);
    release(100);
    release(40);

    Score score = score();

    // Weights 1, 1, 1 + 3 × 0.6 = 2.8: (100 + 100 + 112) / 4.8 = 65.0; a plain mean would be 80.
    assertThat(score.value()).isEqualTo(65);
    assertThat(score.grade()).isEqualTo(Grade.D);
    assertThat(score.factors().get(0).explanation()).contains("3 release scores", "lowest 40");
  }

  @Test
  void a_supplier_without_scored_releases_keeps_full_marks_for_them() {
    Score score = score();

    assertThat(score.value()).isEqualTo(100);
    assertThat(score.factors().get(0).explanation()).contains("No component release of Acme");
  }

  @Test
  void releases_with_unanswered_kev_findings_show_on_the_supplier_without_capping_it() {
    release(92, new OpenItem(Checks.KEV, Severity.CRITICAL, "CVE-1 is actively exploited", null));

    Score score = score();

    assertThat(score.openItems())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.KEV);
              assertThat(i.severity()).isEqualTo(Severity.HIGH);
            });
    assertThat(score.grade()).isEqualTo(Grade.A);
  }

  @Test
  void overdue_requests_cost_points_with_diminishing_returns() {
    requests.add(new SupplierInputs.Request(UUID.randomUUID(), "SBOM", TODAY.minusDays(10)));
    Score one = score();
    requests.add(new SupplierInputs.Request(UUID.randomUUID(), "VEX", TODAY.minusDays(3)));
    requests.add(new SupplierInputs.Request(UUID.randomUUID(), "VEX", TODAY));
    Score two = score();

    assertThat(points(one, "SUPPLIER_OVERDUE_REQUESTS")).isEqualTo(-6);
    assertThat(points(two, "SUPPLIER_OVERDUE_REQUESTS"))
        .as("a request due today is not overdue yet; the second costs less than the first")
        .isEqualTo(-10);
    assertThat(two.openItems())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.OVERDUE_REQUESTS);
              assertThat(i.message())
                  .contains("2 evidence requests are overdue", "sbom", "2026-11-21");
            });
  }

  @Test
  void many_overdue_requests_never_cost_more_than_the_limit() {
    for (int i = 0; i < 100; i++) {
      requests.add(new SupplierInputs.Request(UUID.randomUUID(), "VEX", TODAY.minusDays(1)));
    }
    assertThat(points(score(), "SUPPLIER_OVERDUE_REQUESTS")).isEqualTo(-20);
  }

  @Test
  void a_supplier_without_a_cvd_contact_opens_a_high_item() {
    cvdContact = " ";
    cvdPolicy = null;

    Score score = score();

    assertThat(score.openItems())
        .extracting(OpenItem::check, OpenItem::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Checks.NO_CVD_CONTACT, Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple(Checks.NO_CVD_CONTACT, Severity.LOW));
    assertThat(score.value()).isEqualTo(87);
  }

  @Test
  void a_secure_development_attestation_older_than_its_renewal_period_is_stale() {
    evidence.clear();
    evidence.add(secureDevelopment(true, Set.of(), NOW.minus(400, ChronoUnit.DAYS)));

    Score score = score();

    assertThat(score.openItems())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.SECURE_DEVELOPMENT);
              assertThat(i.severity()).isEqualTo(Severity.HIGH);
              assertThat(i.message()).contains("older than its renewal period");
            });
    assertThat(points(score, "SUPPLIER_SECURE_DEVELOPMENT")).isEqualTo(-8);
  }

  @Test
  void a_newer_secure_development_attestation_replaces_an_expired_one() {
    evidence.add(secureDevelopment(true, Set.of(), NOW.minus(400, ChronoUnit.DAYS)));

    assertThat(score().value()).isEqualTo(100);
  }

  @Test
  void no_secure_development_attestation_at_all_is_a_medium_item() {
    evidence.clear();

    assertThat(score().openItems())
        .singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.MEDIUM));
  }

  @Test
  void an_expired_certificate_counts_unless_a_current_one_of_its_kind_replaced_it() {
    evidence.add(
        certificate(
            "ISO_27001_CERTIFICATE",
            NOW.minus(1100, ChronoUnit.DAYS),
            NOW.minus(5, ChronoUnit.DAYS)));
    evidence.add(
        certificate(
            "IEC_62443_4_1_CERTIFICATE",
            NOW.minus(1100, ChronoUnit.DAYS),
            NOW.minus(5, ChronoUnit.DAYS)));
    evidence.add(
        certificate(
            "IEC_62443_4_1_CERTIFICATE",
            NOW.minus(10, ChronoUnit.DAYS),
            NOW.plus(1000, ChronoUnit.DAYS)));

    Score score = score();

    assertThat(score.openItems())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.EXPIRED);
              assertThat(i.message())
                  .startsWith("The ISO/IEC 27001 certificate expired on 2026-11-26");
            });
    assertThat(points(score, "SUPPLIER_CERTIFICATES")).isEqualTo(-5);
  }
}
