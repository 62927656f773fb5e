package org.provena.device.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;

/** The device dialogs say what the user entered and touch nothing else. */
class DeviceDialogsTest {

  @Test
  void the_new_device_dialog_reports_what_was_entered() {
    DeviceDialog dialog = new DeviceDialog();
    List<DeviceDialog.SaveEvent> saved = new ArrayList<>();
    dialog.addSaveListener(saved::add);
    dialog.name.setValue("Infusion Pump IP-3000");
    dialog.modelNumber.setValue("IP-3000");

    dialog.save.click();

    assertThat(saved)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("Infusion Pump IP-3000");
              assertThat(e.modelNumber()).isEqualTo("IP-3000");
              assertThat(e.description()).isEmpty();
            });
  }

  @Test
  void the_new_release_dialog_reports_version_and_dates() {
    ReleaseDialog dialog = new ReleaseDialog("Infusion Pump IP-3000");
    List<ReleaseDialog.SaveEvent> saved = new ArrayList<>();
    dialog.addSaveListener(saved::add);
    dialog.version.setValue("4.2");
    dialog.releasedOn.setValue(LocalDate.parse("2025-03-01"));
    dialog.plannedEndOfSupport.setValue(LocalDate.parse("2035-12-31"));

    dialog.save.click();

    assertThat(saved)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.version()).isEqualTo("4.2");
              assertThat(e.releasedOn()).isEqualTo(LocalDate.parse("2025-03-01"));
              assertThat(e.plannedEndOfSupport()).isEqualTo(LocalDate.parse("2035-12-31"));
            });
  }

  @Test
  void the_reclassify_dialog_starts_from_the_current_class_and_reports_the_new_one() {
    ComponentReleaseDialog dialog =
        ComponentReleaseDialog.reclassify("rtos 7.1", Criticality.CLASS_C, Exposure.NETWORKED);
    List<ComponentReleaseDialog.SaveEvent> saved = new ArrayList<>();
    dialog.addSaveListener(saved::add);
    assertThat(dialog.release.isVisible()).isFalse();
    assertThat(dialog.criticality.getValue()).isEqualTo(Criticality.CLASS_C);

    dialog.exposure.setValue(Exposure.LOCAL_ONLY);
    dialog.save.click();

    assertThat(saved)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.componentReleaseId()).isNull();
              assertThat(e.criticality()).isEqualTo(Criticality.CLASS_C);
              assertThat(e.exposure()).isEqualTo(Exposure.LOCAL_ONLY);
            });
  }

  @Test
  void the_include_dialog_without_a_chosen_release_reports_none() {
    ComponentReleaseDialog dialog =
        ComponentReleaseDialog.include(query -> Stream.empty(), query -> 0);
    List<ComponentReleaseDialog.SaveEvent> saved = new ArrayList<>();
    dialog.addSaveListener(saved::add);
    dialog.criticality.setValue(Criticality.CLASS_B);

    dialog.save.click();

    assertThat(saved)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.componentReleaseId()).isNull();
              assertThat(e.exposure()).isNull();
            });
  }
}
