package org.provena.device.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.provena.component.domain.LevelOfSupport;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;

/** A device with its releases and what each is built from, as lists and the API show it. */
public record DeviceSummary(
    UUID id, String name, String modelNumber, String description, List<Release> releases) {

  /** A device release. */
  public record Release(
      UUID id,
      String version,
      LocalDate releasedOn,
      LocalDate plannedEndOfSupport,
      List<BuiltInComponent> components) {}

  /**
   * A supplier's component release inside a device release.
   *
   * @param supportEndsBeforeDevice the supplier's end of support for it comes before the device
   *     release's planned end of support: the device would ship an unsupported component
   */
  public record BuiltInComponent(
      UUID componentReleaseId,
      UUID supplierId,
      String supplierName,
      String componentName,
      String version,
      Criticality criticality,
      Exposure exposure,
      LevelOfSupport levelOfSupport,
      LocalDate endOfSupport,
      boolean supportEndsBeforeDevice) {}
}
