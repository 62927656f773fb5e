package org.provena.scoring.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The subjects whose scores must be computed again. Marks are written in the transaction that
 * changed the evidence, so that a committed change is never left unscored; the score worker takes
 * them oldest first, component releases before suppliers and device releases (which roll them up),
 * and clears a mark only if nobody marked the subject again while it was computed.
 */
public interface ScoreBacklog {

  /** One marked subject, as it was when taken. */
  record Mark(ScoreSubject type, UUID subjectId, Instant markedAt) {}

  void mark(ScoreSubject type, Collection<UUID> subjectIds, Instant now);

  /** Marks the component releases that have findings of these vulnerabilities. */
  void markReleasesWithVulnerabilities(Collection<UUID> vulnerabilityIds, Instant now);

  /** Marks a supplier and every one of its component releases. */
  void markSupplierWithReleases(UUID supplierId, Instant now);

  /** Marks every component release, supplier and device release: the daily pass. */
  void markAll(Instant now);

  /** Marks every subject that has no score yet: what start-up catches up on. */
  void markUnscored(Instant now);

  /** Up to {@code max} marks of the first subject type that has any, oldest first. */
  List<Mark> take(int max);

  /** Removes the marks that were not renewed since they were taken. */
  void clear(Collection<Mark> done);

  long size();
}
