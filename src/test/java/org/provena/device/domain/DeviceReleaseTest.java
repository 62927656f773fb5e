package org.provena.device.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.provena.shared.domain.NotFoundException;

/** What a device release may be built from, and how that changes. */
class DeviceReleaseTest {

  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  private final Device pump = Device.define("Infusion Pump IP-3000", "IP-3000", null, NOW);
  private final DeviceRelease release =
      pump.release("4.2", LocalDate.parse("2025-03-01"), LocalDate.parse("2035-12-31"), NOW);
  private final UUID rtos = UUID.randomUUID();

  @Test
  void a_component_release_is_built_in_once_with_its_class_and_exposure() {
    release.include(rtos, Criticality.CLASS_C, Exposure.NETWORKED);

    assertThat(release.components())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.componentReleaseId()).isEqualTo(rtos);
              assertThat(c.criticality()).isEqualTo(Criticality.CLASS_C);
              assertThat(c.exposure()).isEqualTo(Exposure.NETWORKED);
            });
  }

  @Test
  void including_the_same_component_release_twice_is_refused() {
    release.include(rtos, Criticality.CLASS_C, Exposure.NETWORKED);

    assertThatThrownBy(() -> release.include(rtos, Criticality.CLASS_A, Exposure.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already in this device");
    assertThat(release.components()).hasSize(1);
  }

  @Test
  void a_component_release_without_class_or_exposure_is_refused() {
    assertThatThrownBy(() -> release.include(rtos, null, Exposure.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IEC 62304");
    assertThatThrownBy(() -> release.include(rtos, Criticality.CLASS_B, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exposure");
    assertThat(release.components()).isEmpty();
  }

  @Test
  void reclassifying_changes_class_and_exposure_of_that_component_only() {
    UUID tls = UUID.randomUUID();
    release.include(rtos, Criticality.CLASS_C, Exposure.NETWORKED);
    release.include(tls, Criticality.CLASS_B, Exposure.NETWORKED);

    release.reclassify(rtos, Criticality.CLASS_A, Exposure.NONE);

    assertThat(release.component(rtos).orElseThrow().criticality()).isEqualTo(Criticality.CLASS_A);
    assertThat(release.component(rtos).orElseThrow().exposure()).isEqualTo(Exposure.NONE);
    assertThat(release.component(tls).orElseThrow().criticality()).isEqualTo(Criticality.CLASS_B);
  }

  @Test
  void reclassifying_or_removing_a_component_release_not_in_the_device_is_not_found() {
    assertThatThrownBy(() -> release.reclassify(rtos, Criticality.CLASS_A, Exposure.NONE))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> release.remove(rtos)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_removed_component_release_is_no_longer_in_the_device_and_can_be_added_again() {
    release.include(rtos, Criticality.CLASS_C, Exposure.NETWORKED);

    release.remove(rtos);

    assertThat(release.components()).isEmpty();
    release.include(rtos, Criticality.CLASS_B, Exposure.LOCAL_ONLY);
    assertThat(release.components()).hasSize(1);
  }

  @Test
  void a_component_whose_support_ends_before_the_device_is_flagged() {
    assertThat(release.outlivesSupportUntil(LocalDate.parse("2030-06-30"))).isTrue();
    assertThat(release.outlivesSupportUntil(LocalDate.parse("2035-12-31"))).isFalse();
    assertThat(release.outlivesSupportUntil(LocalDate.parse("2040-01-01"))).isFalse();
  }

  @Test
  void unknown_end_of_support_on_either_side_is_no_such_warning() {
    assertThat(release.outlivesSupportUntil(null)).isFalse();
    release.planEndOfSupport(null);
    assertThat(release.outlivesSupportUntil(LocalDate.parse("2026-01-01"))).isFalse();
  }

  @Test
  void moving_the_planned_end_of_support_moves_the_warning() {
    release.planEndOfSupport(LocalDate.parse("2029-12-31"));

    assertThat(release.plannedEndOfSupport()).contains(LocalDate.parse("2029-12-31"));
    assertThat(release.outlivesSupportUntil(LocalDate.parse("2030-06-30"))).isFalse();
  }

  @Test
  void end_of_support_before_the_release_date_is_refused() {
    assertThatThrownBy(() -> release.planEndOfSupport(LocalDate.parse("2024-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the release date");
    assertThatThrownBy(
            () ->
                pump.release(
                    "5.0", LocalDate.parse("2027-01-01"), LocalDate.parse("2026-01-01"), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_device_has_each_version_once_and_a_release_needs_one() {
    assertThatThrownBy(() -> pump.release(" 4.2 ", null, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infusion Pump IP-3000 4.2 already exists");
    assertThatThrownBy(() -> pump.release(" ", null, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a version");
    assertThat(pump.release(release.id())).contains(release);
  }

  @Test
  void a_device_needs_a_name_and_blank_optional_fields_are_left_unset() {
    assertThatThrownBy(() -> Device.define("  ", null, null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    Device monitor = Device.define(" Patient Monitor ", " ", "", NOW);
    assertThat(monitor.name()).isEqualTo("Patient Monitor");
    assertThat(monitor.modelNumber()).isEmpty();
    assertThat(monitor.description()).isEmpty();
  }
}
