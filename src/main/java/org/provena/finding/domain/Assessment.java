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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.provena.shared.domain.TimeOrderedIds;

/**
 * One assessment of a {@link Finding} by the manufacturer's security staff: triage state, the harm
 * it could do, whether the risk is controlled, and a comment. Assessments are history: a new one is
 * added for every change and none is ever altered; each is a complete statement, not a change to
 * the one before.
 *
 * <p>Invariants: an exploitable finding says its safety impact and whether its risk is controlled
 * (what the FDA's postmarket guidance turns on); a finding called not exploitable or a false
 * positive says why; a risk cannot be uncontrolled in a state that means it is not a risk (not
 * exploitable, false positive) or has been dealt with (mitigated, resolved).
 */
@Entity
@Table(name = "finding_assessment")
public class Assessment {

  /** The {@code comment_text} column's width. */
  public static final int MAX_COMMENT = 8000;

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
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > MAX_COMMENT) {
      throw new IllegalArgumentException(
          "The comment is " + text.length() + " characters long; at most " + MAX_COMMENT + " fit");
    }
    if (triageState == TriageState.EXPLOITABLE && (safetyImpact == null || riskControl == null)) {
      throw new IllegalArgumentException(
          "An exploitable finding needs its safety impact and whether its risk is controlled");
    }
    if ((triageState == TriageState.NOT_EXPLOITABLE || triageState == TriageState.FALSE_POSITIVE)
        && text == null) {
      throw new IllegalArgumentException(
          "Say in the comment why the finding is " + words(triageState));
    }
    if (riskControl == RiskControl.UNCONTROLLED && !mayBeUncontrolled(triageState)) {
      throw new IllegalArgumentException(
          "A finding that is " + words(triageState) + " has no uncontrolled risk");
    }
    // Time-ordered, so that assessments made within one clock tick keep the order they were made
    // in.
    this.id = TimeOrderedIds.next();
    this.finding = finding;
    this.triageState = triageState;
    this.safetyImpact = safetyImpact;
    this.riskControl = riskControl;
    this.comment = text;
    this.assessedBy = assessedBy;
    this.assessedAt = now;
  }

  private static boolean mayBeUncontrolled(TriageState state) {
    return switch (state) {
      case NOT_EXPLOITABLE, FALSE_POSITIVE, MITIGATED, RESOLVED -> false;
      case NEW, IN_TRIAGE, EXPLOITABLE -> true;
    };
  }

  private static String words(TriageState state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
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
