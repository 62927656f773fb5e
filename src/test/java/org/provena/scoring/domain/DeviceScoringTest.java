package org.provena.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provena.scoring.domain.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.provena.scoring.domain.OpenItem.Severity;

class DeviceScoringTest {

  private final List<DeviceInputs.Component> components = new ArrayList<>();
  private final Map<UUID, Score> scores = new HashMap<>();
  private LocalDate plannedEnd = TODAY.plusYears(3);

  private UUID component(
      String label, String criticality, String exposure, int value, OpenItem... items) {
    return component(label, criticality, exposure, value, TODAY.plusYears(10), items);
  }

  private UUID component(
      String label,
      String criticality,
      String exposure,
      int value,
      LocalDate endOfSupport,
      OpenItem... items) {
    UUID id = UUID.randomUUID();
    components.add(
        new DeviceInputs.Component(
            id, UUID.randomUUID(), label, criticality, exposure, endOfSupport));
    Grade grade = Grade.of(value);
    for (OpenItem i : items) {
      if (i.severity() == Severity.CRITICAL && grade.compareTo(Grade.D) < 0) {
        grade = Grade.D;
      }
    }
    scores.put(id, new Score(value, grade, List.of(), List.of(items), ScoringModel.VERSION));
    return id;
  }

  private Score score() {
    return DeviceScoring.score(
        new DeviceInputs(UUID.randomUUID(), "Infusion pump", "4.2", plannedEnd, components),
        scores,
        NOW,
        WEIGHTS);
  }

  @Test
  void a_device_of_good_components_scores_well() {
    component("rtos 1.0", "CLASS_C", "NONE", 100);
    component("tls 3.0", "CLASS_B", "NETWORKED", 90);

    Score score = score();

    assertThat(score.openItems()).isEmpty();
    assertThat(score.grade()).isEqualTo(Grade.A);
  }

  @Test
  void a_weak_component_weighs_by_its_class_and_exposure_in_the_device() {
    component("ui 1.0", "CLASS_A", "LOCAL_ONLY", 100);
    component("tls 3.0", "CLASS_C", "NETWORKED", 50);
    Score critical = score();

    components.clear();
    scores.clear();
    component("ui 1.0", "CLASS_C", "NETWORKED", 100);
    component("tls 3.0", "CLASS_A", "LOCAL_ONLY", 50);
    Score harmless = score();

    // Class C networked: 4 × 2 × (1 + 3 × 0.5) = 20 against 1 × 1 = 1: (100 + 1000) / 21 = 52.4
    assertThat(critical.value()).isEqualTo(52);
    // Class A local: 1 × 2.5 = 2.5 against 8: (800 + 125) / 10.5 = 88.1
    assertThat(harmless.value()).isEqualTo(88);
    assertThat(critical.factors().get(0).explanation())
        .contains("weighing most: tls 3.0 (class C, networked, 50)");
    assertThat(critical.openItems())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.COMPONENT_RISK);
              assertThat(i.severity()).isEqualTo(Severity.HIGH);
              assertThat(i.message()).isEqualTo("tls 3.0 is graded E (50) as class C, networked");
            });
    assertThat(harmless.openItems())
        .singleElement()
        .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.MEDIUM));
  }

  @Test
  void the_device_weights_are_configurable() {
    component("ui 1.0", "CLASS_A", "LOCAL_ONLY", 100);
    component("tls 3.0", "CLASS_C", "NETWORKED", 50);
    ScoringWeights flat =
        ScoringWeights.parse(
            Map.of(
                "provena.scoring.device.criticality.class-c", "1",
                "provena.scoring.device.exposure.networked", "1",
                "provena.scoring.device.worst-bias", "0"));

    Score score =
        DeviceScoring.score(
            new DeviceInputs(UUID.randomUUID(), "Pump", "1", plannedEnd, components),
            scores,
            NOW,
            flat);

    assertThat(score.value()).isEqualTo(75);
  }

  @Test
  void an_unanswered_kev_finding_in_any_component_caps_the_device_grade() {
    for (int i = 0; i < 39; i++) {
      component("lib" + i + " 1.0", "CLASS_A", "NONE", 100);
    }
    component(
        "log4j-core 2.14.1",
        "CLASS_A",
        "NONE",
        70,
        new OpenItem(Checks.KEV, Severity.CRITICAL, "CVE-2021-44228 is actively exploited", "x"));

    Score score = score();

    assertThat(Grade.of(score.value())).isEqualTo(Grade.A);
    assertThat(score.grade()).isEqualTo(Grade.D);
    assertThat(score.openItems())
        .first()
        .satisfies(
            i -> {
              assertThat(i.check()).isEqualTo(Checks.KEV);
              assertThat(i.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(i.message())
                  .isEqualTo(
                      "log4j-core 2.14.1 (class A, not exposed): CVE-2021-44228 is actively exploited");
            });
  }

  @Test
  void a_stricter_cap_can_be_configured() {
    component(
        "lib 1.0",
        "CLASS_B",
        "NETWORKED",
        95,
        new OpenItem(Checks.KEV, Severity.CRITICAL, "KEV", null));
    ScoringWeights strict = ScoringWeights.parse(Map.of("provena.scoring.critical-grade-cap", "f"));

    Score score =
        DeviceScoring.score(
            new DeviceInputs(UUID.randomUUID(), "Pump", "1", plannedEnd, components),
            scores,
            NOW,
            strict);

    assertThat(score.grade()).isEqualTo(Grade.F);
  }

  @Test
  void component_support_ending_before_the_device_is_an_open_item_warned_months_ahead() {
    component("rtos 1.0", "CLASS_C", "NONE", 100, TODAY.plusMonths(11));
    component("tls 3.0", "CLASS_B", "NETWORKED", 100, TODAY.plusMonths(13));
    component("ui 1.0", "CLASS_A", "LOCAL_ONLY", 100, TODAY.minusDays(1));
    component("os 5.0", "CLASS_A", "LOCAL_ONLY", 100, plannedEnd);

    Score score = score();

    assertThat(score.openItems())
        .filteredOn(i -> i.check().equals(Checks.SUPPORT_ENDS_BEFORE_DEVICE))
        .extracting(OpenItem::severity, OpenItem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.HIGH,
                "Support for rtos 1.0 ends on 2027-11-01, within 12 months, before Infusion pump"
                    + " 4.2's planned end of support (2029-12-01): plan an update or a supported"
                    + " replacement"),
            org.assertj.core.groups.Tuple.tuple(
                Severity.HIGH,
                "Support for ui 1.0 ended on 2026-11-30, before Infusion pump 4.2's planned end of"
                    + " support (2029-12-01): plan an update or a supported replacement"),
            org.assertj.core.groups.Tuple.tuple(
                Severity.MEDIUM,
                "Support for tls 3.0 ends on 2028-01-01, before Infusion pump 4.2's planned end of"
                    + " support (2029-12-01): plan an update or a supported replacement"));
    // 5, then 5 × 2/3 and 5 × 4/9 of what is left of 15
    assertThat(points(score, "DEVICE_END_OF_SUPPORT")).isEqualTo(-11);
  }

  @Test
  void components_without_end_of_support_and_a_device_without_a_plan_are_open_items() {
    component("rtos 1.0", "CLASS_C", "NONE", 100, (LocalDate) null);
    assertThat(checks(score())).containsExactly(Checks.SUPPORT_UNKNOWN);

    plannedEnd = null;
    assertThat(checks(score())).containsExactly(Checks.DEVICE_SUPPORT_UNPLANNED);
  }

  @Test
  void a_component_not_yet_scored_is_left_out_and_said() {
    component("rtos 1.0", "CLASS_C", "NONE", 80);
    UUID unscored = UUID.randomUUID();
    components.add(
        new DeviceInputs.Component(
            unscored, UUID.randomUUID(), "new 0.1", "CLASS_C", "NETWORKED", TODAY.plusYears(9)));

    Score score = score();

    assertThat(score.value()).isEqualTo(80);
    assertThat(checks(score)).containsExactly(Checks.COMPONENT_UNSCORED);
  }
}
