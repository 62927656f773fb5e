package org.provena.component.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.provena.shared.domain.ArtifactHash;

/**
 * One version of a {@link Component} as delivered: its identifiers (purl, CPE), the hashes of the
 * deliverable, and the supplier's support commitment (level of support, end-of-support date) that
 * FDA premarket submissions need for every component. SBOMs, attestations and findings attach to a
 * release. The version label is unique within the component; the owner is the component's supplier.
 */
@Entity
@Table(name = "component_release")
public class ComponentRelease {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "component_id", nullable = false, updatable = false)
  private Component component;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(name = "version_label", nullable = false, updatable = false)
  private String version;

  private String purl;

  private String cpe;

  @Enumerated(EnumType.STRING)
  @Column(name = "level_of_support", nullable = false)
  private LevelOfSupport levelOfSupport;

  @Column(name = "end_of_support")
  private LocalDate endOfSupport;

  @Column(name = "released_on")
  private LocalDate releasedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "component_release_hash",
      joinColumns = @JoinColumn(name = "component_release_id"))
  private Set<ArtifactHash> hashes = new LinkedHashSet<>();

  protected ComponentRelease() {}

  ComponentRelease(
      Component component,
      String version,
      LevelOfSupport levelOfSupport,
      LocalDate endOfSupport,
      Instant now) {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("A component release needs a version");
    }
    this.id = UUID.randomUUID();
    this.component = component;
    this.supplierId = component.supplierId();
    this.version = version.trim();
    this.levelOfSupport = levelOfSupport == null ? LevelOfSupport.UNKNOWN : levelOfSupport;
    this.endOfSupport = endOfSupport;
    this.createdAt = now;
  }

  /** Records how the release is identified in SBOMs and vulnerability databases. */
  public void identify(String purl, String cpe) {
    this.purl = blankToNull(purl);
    this.cpe = blankToNull(cpe);
  }

  /** The supplier's support commitment; an end-of-support date needs a maintained release. */
  public void declareSupport(LevelOfSupport level, LocalDate endOfSupport) {
    this.levelOfSupport = level == null ? LevelOfSupport.UNKNOWN : level;
    this.endOfSupport = endOfSupport;
  }

  public void releasedOn(LocalDate date) {
    this.releasedOn = date;
  }

  public void addHash(ArtifactHash hash) {
    hashes.add(hash);
  }

  /** Support has ended, or ends before the given date (a device's own planned end of support). */
  public boolean supportEndsBefore(LocalDate date) {
    return endOfSupport != null && endOfSupport.isBefore(date);
  }

  public UUID id() {
    return id;
  }

  public Component component() {
    return component;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public String version() {
    return version;
  }

  public Optional<String> purl() {
    return Optional.ofNullable(purl);
  }

  public Optional<String> cpe() {
    return Optional.ofNullable(cpe);
  }

  public LevelOfSupport levelOfSupport() {
    return levelOfSupport;
  }

  public Optional<LocalDate> endOfSupport() {
    return Optional.ofNullable(endOfSupport);
  }

  public Optional<LocalDate> releasedOn() {
    return Optional.ofNullable(releasedOn);
  }

  public Set<ArtifactHash> hashes() {
    return Set.copyOf(hashes);
  }

  public Instant createdAt() {
    return createdAt;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
