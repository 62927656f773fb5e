package org.provena.finding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One assessment of a {@link Finding} by the manufacturer's security staff: triage state, the harm
 * it could do, whether the risk is controlled, and a comment. Assessments are history: a new one is
 * added for every change and none is ever altered.
 */
@Entity
@Table(name = "finding_assessment")
public class Assessment {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "finding_id", nullable = false, updatable = false)
  private Finding finding;

  @Enumerated(EnumType.STRING)
  @Column(name = "triage_state", nullable = false, updatable = false)
  private TriageState triageState;

  @Enumerated(EnumType.STRING)
  @Column(name = "safety_impact", updatable = false)
  private SafetyImpact safetyImpact;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_control", updatable = false)
  private RiskControl riskControl;

  @Column(name = "comment_text", updatable = false)
  private String comment;

  @Column(name = "assessed_by", nullable = false, updatable = false)
  private String assessedBy;

  @Column(name = "assessed_at", nullable = false, updatable = false)
  private Instant assessedAt;

  protected Assessment() {}

  Assessment(
      Finding finding,
      TriageState triageState,
      SafetyImpact safetyImpact,
      RiskControl riskControl,
      String comment,
      String assessedBy,
      Instant now) {
    if (triageState == null) {
      throw new IllegalArgumentException("An assessment needs a triage state");
    }
    if (assessedBy == null || assessedBy.isBlank()) {
      throw new IllegalArgumentException("An assessment needs an assessor");
    }
    this.id = UUID.randomUUID();
    this.finding = finding;
    this.triageState = triageState;
    this.safetyImpact = safetyImpact;
    this.riskControl = riskControl;
    this.comment = comment;
    this.assessedBy = assessedBy;
    this.assessedAt = now;
  }

  public UUID id() {
    return id;
  }

  public TriageState triageState() {
    return triageState;
  }

  public Optional<SafetyImpact> safetyImpact() {
    return Optional.ofNullable(safetyImpact);
  }

  public Optional<RiskControl> riskControl() {
    return Optional.ofNullable(riskControl);
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public String assessedBy() {
    return assessedBy;
  }

  public Instant assessedAt() {
    return assessedAt;
  }
}
