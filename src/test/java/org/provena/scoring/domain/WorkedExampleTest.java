package org.provena.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.scoring.domain.Fixtures.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The worked example of docs/scoring.md, computed: if the model changes, so must the document. */
class WorkedExampleTest {

  private static Release release() {
    Release r = new Release();
    r.endOfSupport = LocalDate.parse("2029-06-30");
    r.evidence.removeIf(EvidenceInputs::isProvenance);
    r.evidence.add(provenance(r, 2));
    r.sbom =
        new SbomFacts(
            UUID.randomUUID(),
            "CYCLONEDX_JSON",
            "1.5",
            300,
            270,
            0,
            true,
            88,
            List.of(new SbomFacts.QualityGap("hash", 90.0, 301, 31, 0, 0, "Add hashes.")),
            "UNSIGNED");
    r.finding(withEpss(withCvss4(finding("CVE-A", 9.8, 10), 8.7), 0.40));
    r.finding(finding("CVE-B", 5.3, 100));
    r.finding(
        answered(
            finding("CVE-C", 7.5, 5),
            vex("NOT_AFFECTED", "VULNERABLE_CODE_NOT_IN_EXECUTE_PATH", null)));
    return r;
  }

  @Test
  void the_release_of_the_worked_example_scores_64_d() {
    Score score = release().score();

    assertThat(score.factors())
        .extracting(Factor::code, Factor::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FINDINGS", -29),
            org.assertj.core.groups.Tuple.tuple("FINDINGS_ANSWERED", 0),
            org.assertj.core.groups.Tuple.tuple("RESPONSE", -3),
            org.assertj.core.groups.Tuple.tuple("SBOM_QUALITY", -2),
            org.assertj.core.groups.Tuple.tuple("SBOM_HASHES", -1),
            org.assertj.core.groups.Tuple.tuple("SBOM_SIGNATURE", -1));
    assertThat(score.value()).isEqualTo(64);
    assertThat(score.grade()).isEqualTo(Grade.D);
    assertThat(checks(score))
        .containsExactly(
            Checks.UNANSWERED, Checks.QUALITY_PROFILE, Checks.WEAK_HASHES, Checks.UNSIGNED);
  }

  @Test
  void the_device_of_the_worked_example_weighs_the_release_by_its_position() {
    Release r = release();
    Score release = r.score();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    Score good = new Score(95, Grade.A, List.of(), List.of(), ScoringModel.VERSION);
    Map<UUID, Score> scores = Map.of(r.id, release, a, good, b, good);
    LocalDate end = TODAY.plus(2, ChronoUnit.YEARS);

    Score asClassC =
        DeviceScoring.score(
            device(
                end,
                new DeviceInputs.Component(
                    r.id, r.supplier, "zlib-ng 2.1.3", "CLASS_C", "NETWORKED", r.endOfSupport),
                a,
                b),
            scores,
            NOW,
            WEIGHTS);
    Score asClassA =
        DeviceScoring.score(
            device(
                end,
                new DeviceInputs.Component(
                    r.id, r.supplier, "zlib-ng 2.1.3", "CLASS_A", "LOCAL_ONLY", r.endOfSupport),
                a,
                b),
            scores,
            NOW,
            WEIGHTS);

    assertThat(asClassC.value()).isEqualTo(68);
    assertThat(asClassC.grade()).isEqualTo(Grade.D);
    assertThat(asClassA.value()).isEqualTo(80);
    assertThat(asClassA.grade()).isEqualTo(Grade.B);
  }

  private static DeviceInputs device(
      LocalDate end, DeviceInputs.Component release, UUID a, UUID b) {
    return new DeviceInputs(
        UUID.randomUUID(),
        "Infusion pump",
        "4.2",
        end,
        List.of(
            release,
            new DeviceInputs.Component(
                a, UUID.randomUUID(), "ui 1.0", "CLASS_A", "LOCAL_ONLY", end),
            new DeviceInputs.Component(
                b, UUID.randomUUID(), "fonts 2.0", "CLASS_A", "LOCAL_ONLY", end)));
  }
}
