package org.provena.sbom.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Durable background jobs. System work, so not supplier-scoped. */
public interface ProcessingJobRepository {

  Optional<ProcessingJob> find(UUID id);

  /** The jobs of a kind on one subject, newest first: what an upload's status resource reports. */
  List<ProcessingJob> findBySubject(String kind, UUID subjectId);

  void store(ProcessingJob job);
}
