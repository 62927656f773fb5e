package org.provena.sbom.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * "{@code from} depends on {@code to}" between two packages of the same SBOM (NTIA 2021 minimum
 * elements, "dependency relationship"). An edge is recorded once per pair and never changes.
 */
@Entity
@Table(name = "sbom_dependency_edge")
@IdClass(DependencyEdge.Key.class)
public class DependencyEdge {

  @Id
  @Column(name = "from_package_id", updatable = false)
  private UUID fromPackageId;

  @Id
  @Column(name = "to_package_id", updatable = false)
  private UUID toPackageId;

  @Column(name = "sbom_id", nullable = false, updatable = false)
  private UUID sbomId;

  protected DependencyEdge() {}

  /** {@code from} depends on {@code to}; both must be listed in the same SBOM. */
  public static DependencyEdge between(SbomPackage from, SbomPackage to) {
    if (!from.sbomId().equals(to.sbomId())) {
      throw new IllegalArgumentException("A dependency edge joins packages of one SBOM");
    }
    DependencyEdge edge = new DependencyEdge();
    edge.fromPackageId = from.id();
    edge.toPackageId = to.id();
    edge.sbomId = from.sbomId();
    return edge;
  }

  public UUID fromPackageId() {
    return fromPackageId;
  }

  public UUID toPackageId() {
    return toPackageId;
  }

  public UUID sbomId() {
    return sbomId;
  }

  /** The primary key of an edge: the pair of packages it joins. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID fromPackageId;
    private UUID toPackageId;

    public Key() {}

    public Key(UUID fromPackageId, UUID toPackageId) {
      this.fromPackageId = fromPackageId;
      this.toPackageId = toPackageId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && Objects.equals(fromPackageId, other.fromPackageId)
          && Objects.equals(toPackageId, other.toPackageId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(fromPackageId, toPackageId);
    }
  }
}
