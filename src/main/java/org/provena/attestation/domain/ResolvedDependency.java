package org.provena.attestation.domain;

import java.util.Set;
import org.provena.shared.domain.ArtifactHash;

/**
 * An input a build resolved (SLSA Provenance v1 {@code resolvedDependencies}, v0.2 {@code
 * materials}).
 */
public record ResolvedDependency(String uri, String name, Set<ArtifactHash> digests) {

  public ResolvedDependency {
    digests = digests == null ? Set.of() : Set.copyOf(digests);
  }
}
