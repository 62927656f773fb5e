package org.provena.attestation.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a SLSA provenance predicate says about a build (SLSA Provenance v1, or v0.2 mapped onto the
 * same fields): who built it ({@code builderId}), how ({@code buildType}), from which source
 * repository, ref and commit, with which resolved dependencies, and when.
 */
public record Provenance(
    String predicateType,
    String builderId,
    String buildType,
    String sourceRepository,
    String sourceRef,
    String sourceDigest,
    List<ResolvedDependency> resolvedDependencies,
    String invocationId,
    Instant startedOn,
    Instant finishedOn) {

  public Provenance {
    resolvedDependencies =
        resolvedDependencies == null ? List.of() : List.copyOf(resolvedDependencies);
  }
}
