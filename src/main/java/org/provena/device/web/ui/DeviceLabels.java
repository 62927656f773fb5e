package org.provena.device.web.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;

/** How the device views word a safety class and an exposure, and the fields that pick them. */
final class DeviceLabels {

  private DeviceLabels() {}

  /** "Class C": IEC 62304's own name for it. */
  static String of(Criticality criticality) {
    return criticality == null ? "" : criticality.name().replace("CLASS_", "Class ");
  }

  static String of(Exposure exposure) {
    return exposure == null ? "" : exposure.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static Select<Criticality> criticalityField(String id) {
    Select<Criticality> field = new Select<>();
    field.setLabel("IEC 62304 safety class");
    field.setId(id);
    field.setItems(Criticality.values());
    field.setItemLabelGenerator(
        c ->
            of(c)
                + switch (c) {
                  case CLASS_A -> " — no injury possible";
                  case CLASS_B -> " — non-serious injury possible";
                  case CLASS_C -> " — death or serious injury possible";
                });
    field.setRequiredIndicatorVisible(true);
    return field;
  }

  static Select<Exposure> exposureField(String id) {
    Select<Exposure> field = new Select<>();
    field.setLabel("Exposure in the device");
    field.setId(id);
    field.setItems(Exposure.values());
    field.setItemLabelGenerator(DeviceLabels::of);
    field.setRequiredIndicatorVisible(true);
    return field;
  }
}
