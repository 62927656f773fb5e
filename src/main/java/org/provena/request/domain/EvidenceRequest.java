package org.provena.request.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.provena.attestation.domain.AttestationKind;

/**
 * The manufacturer asks a supplier for evidence by a due date: an SBOM for a component release, VEX
 * answers for listed findings, an attestation or its renewal. Every state change is recorded as a
 * {@link RequestTransition}, creation included, so the history says who did what when.
 *
 * <p>Lifecycle: {@link #ask OPEN} → {@link #answer ANSWERED} by the supplier → {@link #accept
 * ACCEPTED} by the manufacturer. An open request past its due date is {@link #markOverdue OVERDUE},
 * and can still be answered. The supplier may {@link #decline DECLINE} a request it cannot meet,
 * with a reason; the manufacturer may {@link #withdraw WITHDRAW} one it no longer needs. Accepted,
 * declined and withdrawn requests are closed; any other change is refused.
 */
@Entity
@Table(name = "evidence_request")
public class EvidenceRequest {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private RequestKind kind;

  @Column(name = "component_release_id", updatable = false)
  private UUID componentReleaseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "attestation_kind", updatable = false)
  private AttestationKind attestationKind;

  @Column(updatable = false)
  private String message;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestState state;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "decline_reason")
  private String declineReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "evidence_request_finding",
      joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "finding_id")
  private Set<UUID> findingIds = new LinkedHashSet<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("at")
  private List<RequestTransition> transitions = new ArrayList<>();

  protected EvidenceRequest() {}

  /**
   * The manufacturer asks a supplier for evidence. A VEX request lists the findings to answer; an
   * attestation request names the kind wanted; an SBOM request names the component release.
   */
  public static EvidenceRequest ask(
      UUID supplierId,
      RequestKind kind,
      UUID componentReleaseId,
      AttestationKind attestationKind,
      Collection<UUID> findingIds,
      String message,
      LocalDate dueDate,
      String requestedBy,
      Instant now) {
    Objects.requireNonNull(kind, "kind");
    if (kind == RequestKind.SBOM && componentReleaseId == null) {
      throw new IllegalArgumentException("An SBOM request names the component release");
    }
    if (kind == RequestKind.VEX && (findingIds == null || findingIds.isEmpty())) {
      throw new IllegalArgumentException("A VEX request lists the findings to answer");
    }
    if ((kind == RequestKind.ATTESTATION || kind == RequestKind.ATTESTATION_RENEWAL)
        && attestationKind == null) {
      throw new IllegalArgumentException("An attestation request names the kind wanted");
    }
    EvidenceRequest r = new EvidenceRequest();
    r.id = UUID.randomUUID();
    r.supplierId = Objects.requireNonNull(supplierId, "supplierId");
    r.kind = kind;
    r.componentReleaseId = componentReleaseId;
    r.attestationKind = attestationKind;
    if (findingIds != null) {
      r.findingIds.addAll(findingIds);
    }
    r.message = message;
    r.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    r.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    r.requestedAt = now;
    r.state = RequestState.OPEN;
    r.transitions.add(new RequestTransition(r, null, RequestState.OPEN, requestedBy, message, now));
    return r;
  }

  /** The supplier says it has provided what was asked. */
  public void answer(String actor, String note, Instant now) {
    moveTo(RequestState.ANSWERED, actor, note, now, RequestState.OPEN, RequestState.OVERDUE);
  }

  /** The manufacturer accepts the answer; the request is closed. */
  public void accept(String actor, Instant now) {
    moveTo(RequestState.ACCEPTED, actor, null, now, RequestState.ANSWERED);
    closedAt = now;
  }

  /** The supplier declines a request it cannot meet; the request is closed. */
  public void decline(String actor, String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Declining a request needs a reason");
    }
    moveTo(RequestState.DECLINED, actor, reason, now, RequestState.OPEN, RequestState.OVERDUE);
    declineReason = reason;
    closedAt = now;
  }

  /** The manufacturer no longer needs what it asked for; the request is closed. */
  public void withdraw(String actor, String note, Instant now) {
    moveTo(
        RequestState.WITHDRAWN,
        actor,
        note,
        now,
        RequestState.OPEN,
        RequestState.OVERDUE,
        RequestState.ANSWERED);
    closedAt = now;
  }

  /** An open request whose due date has passed on {@code today} becomes overdue. */
  public void markOverdue(LocalDate today, String actor, Instant now) {
    if (!today.isAfter(dueDate)) {
      throw new IllegalStateException("Request " + id + " is due on " + dueDate);
    }
    moveTo(RequestState.OVERDUE, actor, null, now, RequestState.OPEN);
  }

  private void moveTo(
      RequestState target, String actor, String note, Instant now, RequestState... from) {
    if (!List.of(from).contains(state)) {
      throw new IllegalStateException(
          "Request " + id + " is " + state + " and cannot become " + target);
    }
    transitions.add(new RequestTransition(this, state, target, actor, note, now));
    state = target;
  }

  public UUID id() {
    return id;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public RequestKind kind() {
    return kind;
  }

  public Optional<UUID> componentReleaseId() {
    return Optional.ofNullable(componentReleaseId);
  }

  public Optional<AttestationKind> attestationKind() {
    return Optional.ofNullable(attestationKind);
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public RequestState state() {
    return state;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> declineReason() {
    return Optional.ofNullable(declineReason);
  }

  public Set<UUID> findingIds() {
    return Set.copyOf(findingIds);
  }

  /** Oldest first, beginning with the request being made. */
  public List<RequestTransition> transitions() {
    return List.copyOf(transitions);
  }
}
