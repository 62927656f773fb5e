package org.provena.request.domain;

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

/** One change of an {@link EvidenceRequest}'s state: from what, to what, by whom, when and why. */
@Entity
@Table(name = "evidence_request_transition")
public class RequestTransition {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private EvidenceRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", updatable = false)
  private RequestState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, updatable = false)
  private RequestState toState;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String note;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  protected RequestTransition() {}

  RequestTransition(
      EvidenceRequest request,
      RequestState fromState,
      RequestState toState,
      String actor,
      String note,
      Instant at) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("A request transition needs an actor");
    }
    this.id = UUID.randomUUID();
    this.request = request;
    this.fromState = fromState;
    this.toState = toState;
    this.actor = actor;
    this.note = note;
    this.at = at;
  }

  public UUID id() {
    return id;
  }

  /** Empty for the transition that created the request. */
  public Optional<RequestState> fromState() {
    return Optional.ofNullable(fromState);
  }

  public RequestState toState() {
    return toState;
  }

  public String actor() {
    return actor;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant at() {
    return at;
  }
}
