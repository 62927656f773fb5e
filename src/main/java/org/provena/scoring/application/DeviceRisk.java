package org.provena.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.provena.device.application.DeviceRegistry;
import org.provena.device.application.DeviceReleaseSummary;
import org.provena.device.application.DeviceSummary;
import org.provena.device.domain.Criticality;
import org.provena.device.domain.Exposure;
import org.provena.scoring.domain.ScoreSubject;

/**
 * A device release's risk for the security team: its score with factors and open items, and each
 * component release built into it with its own score, safety class and exposure — worst first, so
 * that the tree opens on what to look at. The manufacturer's only (the device registry refuses
 * anyone else).
 */
@ApplicationScoped
@Transactional
public class DeviceRisk {

  /** A device release and its components' risk; {@code score} is empty until first computed. */
  public record ReleaseRisk(
      UUID deviceReleaseId,
      UUID deviceId,
      String title,
      LocalDate plannedEndOfSupport,
      Optional<ScoreView> score,
      List<ComponentRisk> components) {}

  /** One component release inside the device release, with its score. */
  public record ComponentRisk(
      UUID componentReleaseId,
      UUID supplierId,
      String supplierName,
      String componentName,
      String version,
      Criticality criticality,
      Exposure exposure,
      LocalDate endOfSupport,
      boolean supportEndsBeforeDevice,
      Optional<ScoreView> score) {

    public String label() {
      return componentName + " " + version;
    }
  }

  @Inject DeviceRegistry devices;
  @Inject ScoreQueries scores;

  public Optional<ReleaseRisk> of(UUID deviceReleaseId) {
    return devices.findRelease(deviceReleaseId).map(this::risk);
  }

  private ReleaseRisk risk(DeviceReleaseSummary found) {
    DeviceSummary.Release release = found.release();
    Map<UUID, ScoreView> componentScores =
        scores.current(
            ScoreSubject.COMPONENT_RELEASE,
            release.components().stream()
                .map(DeviceSummary.BuiltInComponent::componentReleaseId)
                .toList());
    List<ComponentRisk> components =
        release.components().stream()
            .map(
                c ->
                    new ComponentRisk(
                        c.componentReleaseId(),
                        c.supplierId(),
                        c.supplierName(),
                        c.componentName(),
                        c.version(),
                        c.criticality(),
                        c.exposure(),
                        c.endOfSupport(),
                        c.supportEndsBeforeDevice(),
                        Optional.ofNullable(componentScores.get(c.componentReleaseId()))))
            .sorted(
                Comparator.comparing(
                        (ComponentRisk c) -> c.score().map(ScoreView::value).orElse(101))
                    .thenComparing(ComponentRisk::label))
            .toList();
    return new ReleaseRisk(
        release.id(),
        found.deviceId(),
        found.title(),
        release.plannedEndOfSupport(),
        scores.ofDeviceRelease(release.id()),
        components);
  }
}
