package org.provena.sbom.domain;

/** The states of a {@link ProcessingJob}. */
public enum JobState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
