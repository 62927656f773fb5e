package org.provena.device.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A supplier component release as built into one device release, with its weight there. */
@Entity
@Table(name = "device_release_component")
public class DeviceComponent {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "device_release_id", nullable = false, updatable = false)
  private DeviceRelease deviceRelease;

  @Column(name = "component_release_id", nullable = false, updatable = false)
  private UUID componentReleaseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Criticality criticality;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Exposure exposure;

  protected DeviceComponent() {}

  DeviceComponent(
      DeviceRelease deviceRelease,
      UUID componentReleaseId,
      Criticality criticality,
      Exposure exposure) {
    this.id = UUID.randomUUID();
    this.deviceRelease = deviceRelease;
    this.componentReleaseId = componentReleaseId;
    this.criticality = criticality;
    this.exposure = exposure;
  }

  public void reclassify(Criticality criticality, Exposure exposure) {
    this.criticality = criticality;
    this.exposure = exposure;
  }

  public UUID id() {
    return id;
  }

  public UUID componentReleaseId() {
    return componentReleaseId;
  }

  public Criticality criticality() {
    return criticality;
  }

  public Exposure exposure() {
    return exposure;
  }
}
