package org.provena.device.application;

import java.util.UUID;

/** One device release with the device it belongs to, as its page shows it. */
public record DeviceReleaseSummary(
    UUID deviceId, String deviceName, String modelNumber, DeviceSummary.Release release) {

  /** "Infusion Pump IP-3000 4.2": how people name a device release. */
  public String title() {
    return deviceName + " " + release.version();
  }
}
