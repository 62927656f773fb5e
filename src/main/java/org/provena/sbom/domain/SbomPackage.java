package org.provena.sbom.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.PackageCoordinates;
import org.provena.shared.domain.TimeOrderedIds;

/**
 * One package an SBOM lists: its name, version and identifiers (purl, CPE), hashes, licence and
 * supplier as the document states them. Packages are recorded once, when their document is
 * processed, and never change; they are owned by the document's supplier and go when it goes.
 */
@Entity
@Table(name = "sbom_package")
public class SbomPackage {

  @Id private UUID id;

  @Column(name = "sbom_id", nullable = false, updatable = false)
  private UUID sbomId;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(name = "bom_ref", updatable = false)
  private String bomRef;

  @Column(name = "package_type", updatable = false)
  private String packageType;

  @Column(updatable = false)
  private String namespace;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "package_version", updatable = false)
  private String version;

  @Column(updatable = false)
  private String purl;

  @Column(updatable = false)
  private String cpe;

  @Column(name = "licence_expression", updatable = false)
  private String licenceExpression;

  @Column(name = "supplier_name", updatable = false)
  private String supplierName;

  @Column(name = "match_key")
  private String matchKey;

  @Column(name = "match_version")
  private String matchVersion;

  @Column(name = "match_name")
  private String matchName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sbom_package_hash", joinColumns = @JoinColumn(name = "package_id"))
  private Set<ArtifactHash> hashes = new LinkedHashSet<>();

  protected SbomPackage() {}

  /** A package listed in {@code sbom}, owned by the SBOM's supplier. */
  public static SbomPackage listedIn(SbomDocument sbom, PackageEntry entry) {
    SbomPackage p = new SbomPackage();
    // Time-ordered: an inventory of 300,000 rows appends to its indexes (TimeOrderedIds).
    p.id = TimeOrderedIds.next();
    p.sbomId = sbom.id();
    p.supplierId = sbom.supplierId();
    p.bomRef = entry.bomRef();
    p.packageType = entry.packageType();
    p.namespace = entry.namespace();
    p.name = entry.name().trim();
    p.version = entry.version();
    p.purl = entry.purl();
    p.cpe = entry.cpe();
    p.licenceExpression = entry.licenceExpression();
    p.supplierName = entry.supplierName();
    // The entry's immutable set, shared: 300,000 packages need no second copy of their hashes.
    p.hashes = entry.hashes();
    matchable(p.purl, p.cpe)
        .ifPresent(
            c -> {
              p.matchKey = c.key();
              p.matchVersion = c.version() != null ? c.version() : p.version;
              p.matchName = c.name();
            });
    return p;
  }

  /**
   * What vulnerability matching compares: the purl's coordinates, else the CPE's (a firmware or a
   * commercial part often has only a CPE).
   */
  public static Optional<PackageCoordinates> matchable(String purl, String cpe) {
    Optional<PackageCoordinates> byPurl = PackageCoordinates.ofPurl(purl);
    return byPurl.isPresent() ? byPurl : PackageCoordinates.ofCpe(cpe);
  }

  public UUID id() {
    return id;
  }

  /** The match key ({@link PackageCoordinates}), if the package has a purl or a CPE. */
  public Optional<String> matchKey() {
    return Optional.ofNullable(matchKey);
  }

  /** The version matched against advisories: the purl's (or CPE's), else the listed version. */
  public Optional<String> matchVersion() {
    return Optional.ofNullable(matchVersion);
  }

  public Optional<String> matchName() {
    return Optional.ofNullable(matchName);
  }

  public UUID sbomId() {
    return sbomId;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public Optional<String> bomRef() {
    return Optional.ofNullable(bomRef);
  }

  public Optional<String> packageType() {
    return Optional.ofNullable(packageType);
  }

  public Optional<String> namespace() {
    return Optional.ofNullable(namespace);
  }

  public String name() {
    return name;
  }

  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  public Optional<String> purl() {
    return Optional.ofNullable(purl);
  }

  public Optional<String> cpe() {
    return Optional.ofNullable(cpe);
  }

  public Optional<String> licenceExpression() {
    return Optional.ofNullable(licenceExpression);
  }

  public Optional<String> supplierName() {
    return Optional.ofNullable(supplierName);
  }

  public Set<ArtifactHash> hashes() {
    return Set.copyOf(hashes);
  }
}
