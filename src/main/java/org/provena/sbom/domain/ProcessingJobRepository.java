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
}
