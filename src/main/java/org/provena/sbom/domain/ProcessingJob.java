package org.provena.sbom.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A durable piece of background work (processing an uploaded SBOM, say) on one subject. Work
 * accepted before a crash is still here after the restart: a worker takes a job by leasing it for a
 * while, and a job whose lease ran out without an outcome may be leased again.
 *
 * <p>Lifecycle: {@link #enqueue QUEUED} → {@link #lease RUNNING} → {@link #complete DONE}; a {@link
 * #fail failed} attempt goes back to {@code QUEUED} until its retry time, and a job {@link #giveUp
 * given up} on is {@code FAILED}. {@code DONE} and {@code FAILED} are final. The row version makes
 * two workers' leases of the same job conflict.
 */
@Entity
@Table(name = "processing_job")
public class ProcessingJob {

  @Id private UUID id;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private UUID subjectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JobState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "available_at", nullable = false)
  private Instant availableAt;

  @Column(name = "leased_by")
  private String leasedBy;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ProcessingJob() {}

  /** Work of this kind on this subject, to be done as soon as a worker is free. */
  public static ProcessingJob enqueue(String kind, UUID subjectId, Instant now) {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("A job needs a kind");
    }
    ProcessingJob job = new ProcessingJob();
    job.id = UUID.randomUUID();
    job.kind = kind.trim();
    job.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    job.state = JobState.QUEUED;
    job.availableAt = now;
    job.createdAt = now;
    return job;
  }

  /**
   * A worker takes the job until {@code until}. A running job may be leased again only by the
   * caller that found its lease expired; the row version keeps two workers from both winning.
   */
  public void lease(String worker, Instant until) {
    if (state != JobState.QUEUED && state != JobState.RUNNING) {
      throw new IllegalStateException("Job " + id + " is " + state);
    }
    this.state = JobState.RUNNING;
    this.leasedBy = Objects.requireNonNull(worker, "worker");
    this.leaseUntil = Objects.requireNonNull(until, "until");
    this.attempts++;
  }

  public void complete(Instant now) {
    requireRunning();
    this.state = JobState.DONE;
    this.finishedAt = now;
    this.leasedBy = null;
    this.leaseUntil = null;
  }

  /** This attempt failed; the job is queued again, to be tried no earlier than {@code retryAt}. */
  public void fail(String error, Instant retryAt) {
    requireRunning();
    this.state = JobState.QUEUED;
    this.lastError = error;
    this.availableAt = Objects.requireNonNull(retryAt, "retryAt");
    this.leasedBy = null;
    this.leaseUntil = null;
  }

  /** The job will not succeed by trying again (bad input, too many attempts): it stays failed. */
  public void giveUp(String error, Instant now) {
    requireRunning();
    this.state = JobState.FAILED;
    this.lastError = error;
    this.finishedAt = now;
    this.leasedBy = null;
    this.leaseUntil = null;
  }

  /** Running, but its worker's lease ran out: the worker is presumed gone. */
  public boolean leaseExpiredAt(Instant now) {
    return state == JobState.RUNNING && leaseUntil != null && !leaseUntil.isAfter(now);
  }

  private void requireRunning() {
    if (state != JobState.RUNNING) {
      throw new IllegalStateException("Job " + id + " is " + state + ", not running");
    }
  }

  public UUID id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public JobState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant availableAt() {
    return availableAt;
  }

  public Optional<String> leasedBy() {
    return Optional.ofNullable(leasedBy);
  }

  public Optional<Instant> leaseUntil() {
    return Optional.ofNullable(leaseUntil);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
