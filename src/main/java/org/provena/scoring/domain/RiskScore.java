package org.provena.scoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A risk score computed for a component release, a supplier or a device release: a value from 0 to
 * 100, the grade it earns, and the factors that produced it (JSON text), so that every score
 * explains itself. Scores are never changed; a new computation adds a new one, and the newest per
 * subject is current. Component-release and supplier scores belong to the supplier, which sees
 * them; device-release scores belong to no supplier.
 */
@Entity
@Table(name = "risk_score")
public class RiskScore {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", nullable = false, updatable = false)
  private ScoreSubject subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private UUID subjectId;

  @Column(name = "supplier_id", updatable = false)
  private UUID supplierId;

  @Column(name = "score_value", nullable = false, updatable = false)
  private int value;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Grade grade;

  @Column(nullable = false, updatable = false)
  private String factors;

  @Column(name = "model_version", nullable = false, updatable = false)
  private String modelVersion;

  @Column(name = "computed_at", nullable = false, updatable = false)
  private Instant computedAt;

  protected RiskScore() {}

  /**
   * A score computed by scoring model {@code modelVersion}, with its grade (capped or as the value
   * earns); {@code supplierId} owns a component-release or supplier score and is null for a device
   * release's.
   */
  public static RiskScore computed(
      ScoreSubject subjectType,
      UUID subjectId,
      UUID supplierId,
      int value,
      Grade grade,
      String factors,
      String modelVersion,
      Instant now) {
    Objects.requireNonNull(subjectType, "subjectType");
    if ((subjectType == ScoreSubject.DEVICE_RELEASE) != (supplierId == null)) {
      throw new IllegalArgumentException(
          "Component-release and supplier scores have an owner; device-release scores have none");
    }
    RiskScore s = new RiskScore();
    s.id = UUID.randomUUID();
    s.subjectType = subjectType;
    s.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    s.supplierId = supplierId;
    // A critical open item may cap the grade below what the value earns, never lift it above.
    if (Objects.requireNonNull(grade, "grade").compareTo(Grade.of(value)) < 0) {
      throw new IllegalArgumentException("Grade " + grade + " is better than " + value + " earns");
    }
    s.grade = grade;
    s.value = value;
    s.factors = Objects.requireNonNull(factors, "factors");
    s.modelVersion = Objects.requireNonNull(modelVersion, "modelVersion");
    s.computedAt = now;
    return s;
  }

  public UUID id() {
    return id;
  }

  public ScoreSubject subjectType() {
    return subjectType;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public Optional<UUID> supplierId() {
    return Optional.ofNullable(supplierId);
  }

  public int value() {
    return value;
  }

  public Grade grade() {
    return grade;
  }

  /** The factors that produced the score, as JSON text. */
  public String factors() {
    return factors;
  }

  public String modelVersion() {
    return modelVersion;
  }

  public Instant computedAt() {
    return computedAt;
  }
}
