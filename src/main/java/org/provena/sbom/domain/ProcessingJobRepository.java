package org.provena.sbom.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Durable background jobs. System work, so not supplier-scoped. */
public interface ProcessingJobRepository {

  Optional<ProcessingJob> find(UUID id);

  /** The jobs of a kind on one subject, newest first: what an upload's status resource reports. */
  List<ProcessingJob> findBySubject(String kind, UUID subjectId);

  void store(ProcessingJob job);

  /**
   * Jobs of this kind that a worker may take now, oldest first: queued and due, or running under a
   * lease that has expired (the worker that held it died).
   */
  List<ProcessingJob> findReady(String kind, Instant now, int limit);

  /**
   * Moves the lease of a running job on to {@code until}, if {@code worker} still holds it. Does
   * not change the row version: the transaction processing the job still completes it, while a
   * worker that took over an expired lease makes that transaction fail.
   *
   * @return whether the worker still held the lease
   */
  boolean extendLease(UUID jobId, String worker, Instant until);
}
