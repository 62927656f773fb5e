package org.provena.finding.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A package of a supplier's component release matched to a vulnerability; at most one per package
 * and vulnerability. It carries the manufacturer's {@link Assessment}s as history, newest last (the
 * supplier's answers are {@link VexStatement}s, a history of their own).
 *
 * <p>Lifecycle: {@link #open OPEN} when first matched → {@link #resolve RESOLVED} when the match no
 * longer holds (the vulnerability was withdrawn or its range corrected) → {@link #reopen OPEN}
 * again if it returns. Its first-seen time never changes: SLA clocks run from it.
 */
@Entity
@Table(name = "finding")
public class Finding {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Column(name = "component_release_id", nullable = false, updatable = false)
  private UUID componentReleaseId;

  @Column(name = "package_id", nullable = false, updatable = false)
  private UUID packageId;

  @Column(name = "vulnerability_id", nullable = false, updatable = false)
  private UUID vulnerabilityId;

  @Column(name = "matched_by", nullable = false)
  private String matchedBy;

  @Column(name = "match_note")
  private String matchNote;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingState state;

  @Column(name = "first_seen_at", nullable = false, updatable = false)
  private Instant firstSeenAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @OneToMany(mappedBy = "finding", cascade = CascadeType.ALL)
  @OrderBy("assessedAt ASC, id ASC")
  private List<Assessment> assessments = new ArrayList<>();

  protected Finding() {}

  /**
   * A package was matched to a vulnerability; {@code matchedBy} names the matcher (purl range, CPE)
   * and {@code matchNote} says why it matched.
   */
  public static Finding open(
      UUID supplierId,
      UUID componentReleaseId,
      UUID packageId,
      UUID vulnerabilityId,
      String matchedBy,
      String matchNote,
      Instant now) {
    Finding f = new Finding();
    f.id = UUID.randomUUID();
    f.supplierId = Objects.requireNonNull(supplierId, "supplierId");
    f.componentReleaseId = Objects.requireNonNull(componentReleaseId, "componentReleaseId");
    f.packageId = Objects.requireNonNull(packageId, "packageId");
    f.vulnerabilityId = Objects.requireNonNull(vulnerabilityId, "vulnerabilityId");
    f.matchedBy = Objects.requireNonNull(matchedBy, "matchedBy");
    f.matchNote = matchNote;
    f.state = FindingState.OPEN;
    f.firstSeenAt = now;
    return f;
  }

  /** The match no longer holds. */
  public void resolve(Instant now) {
    if (state == FindingState.RESOLVED) {
      return;
    }
    state = FindingState.RESOLVED;
    resolvedAt = now;
  }

  /** The match holds again, perhaps for another reason. */
  public void reopen(String matchedBy, String matchNote) {
    this.matchedBy = Objects.requireNonNull(matchedBy, "matchedBy");
    this.matchNote = matchNote;
    this.state = FindingState.OPEN;
    this.resolvedAt = null;
  }

  /**
   * The manufacturer records its assessment; earlier ones stay as history. A resolved finding is
   * not assessed (its package is gone), and once the risk is uncontrolled every further assessment
   * says whether it still is: the FDA postmarket clocks ({@link UncontrolledRisk}) stop only when
   * an assessment calls the risk controlled, never because one left the question open.
   *
   * @throws IllegalArgumentException the assessment breaks a rule of {@link Assessment} or these
   */
  public Assessment assess(
      TriageState triageState,
      SafetyImpact safetyImpact,
      RiskControl riskControl,
      String comment,
      String assessedBy,
      Instant now) {
    if (!isOpen()) {
      throw new IllegalArgumentException(
          "This finding is resolved (its package is no longer delivered): there is nothing to"
              + " assess");
    }
    if (riskControl == null && uncontrolledRisk().isPresent()) {
      throw new IllegalArgumentException(
          "The risk is uncontrolled: say whether it still is, or that it is now controlled");
    }
    Assessment assessment =
        new Assessment(this, triageState, safetyImpact, riskControl, comment, assessedBy, now);
    assessments.add(assessment);
    return assessment;
  }

  public Optional<Assessment> currentAssessment() {
    return assessments.isEmpty()
        ? Optional.empty()
        : Optional.of(assessments.get(assessments.size() - 1));
  }

  /** The uncontrolled risk the assessments leave, if the current one calls it uncontrolled. */
  public Optional<UncontrolledRisk> uncontrolledRisk() {
    return UncontrolledRisk.after(
        assessments, a -> a.riskControl().orElse(null), Assessment::assessedAt);
  }

  public boolean isOpen() {
    return state == FindingState.OPEN;
  }

  public UUID id() {
    return id;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public UUID componentReleaseId() {
    return componentReleaseId;
  }

  public UUID packageId() {
    return packageId;
  }

  public UUID vulnerabilityId() {
    return vulnerabilityId;
  }

  public String matchedBy() {
    return matchedBy;
  }

  public Optional<String> matchNote() {
    return Optional.ofNullable(matchNote);
  }

  public FindingState state() {
    return state;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }

  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  /** Oldest first. */
  public List<Assessment> assessments() {
    return List.copyOf(assessments);
  }
}
