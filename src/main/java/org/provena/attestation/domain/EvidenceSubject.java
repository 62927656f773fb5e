package org.provena.attestation.domain;

import java.util.Set;
import org.provena.shared.domain.ArtifactHash;

/** An artifact an attestation is about: its name and digests (an in-toto statement's subject). */
public record EvidenceSubject(String name, Set<ArtifactHash> digests) {

  public EvidenceSubject {
    digests = digests == null ? Set.of() : Set.copyOf(digests);
  }
}
