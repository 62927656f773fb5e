package org.provena.attestation.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.provena.shared.domain.ArtifactHash;
import org.provena.shared.domain.HashAlgorithm;

/**
 * Checks an attestation's subjects against the artifact a component release delivered (the
 * release's recorded hashes and its SBOM's primary component's): the evidence is about this release
 * only if one of its subject digests is one of those hashes. Compared digest by digest of the same
 * algorithm; a subject given only in algorithms the release has no hash in cannot be checked, which
 * is said rather than counted as a mismatch.
 */
public final class SubjectBinder {

  private SubjectBinder() {}

  /** The outcome: the binding, the subject it concerns, and what was compared. */
  public record Outcome(
      SubjectBinding binding, String subjectName, ArtifactHash subjectDigest, String reason) {}

  /**
   * @param releaseHashes the delivered artifact's hashes; null when the attestation is not about a
   *     known release
   */
  public static Outcome bind(List<EvidenceSubject> subjects, Set<ArtifactHash> releaseHashes) {
    EvidenceSubject first = subjects.isEmpty() ? null : subjects.get(0);
    ArtifactHash firstDigest = first == null ? null : strongest(first.digests());
    String firstName = first == null ? null : first.name();
    if (releaseHashes == null) {
      return subjects.isEmpty()
          ? new Outcome(SubjectBinding.NOT_APPLICABLE, null, null, null)
          : new Outcome(
              SubjectBinding.UNKNOWN,
              firstName,
              firstDigest,
              "no release of the supplier records an artifact with "
                  + (firstDigest == null ? "this subject's digest" : abbreviated(firstDigest))
                  + ": name the release to check the subject against it");
    }
    if (subjects.isEmpty()) {
      return new Outcome(SubjectBinding.UNKNOWN, null, null, "the document names no subject");
    }
    if (releaseHashes.isEmpty()) {
      return new Outcome(
          SubjectBinding.UNKNOWN,
          firstName,
          firstDigest,
          "the release records no artifact hashes: register them, or upload an SBOM whose"
              + " primary component has hashes, to check the subject");
    }
    Set<HashAlgorithm> releaseAlgorithms = EnumSet.noneOf(HashAlgorithm.class);
    releaseHashes.forEach(h -> releaseAlgorithms.add(h.algorithm()));
    boolean comparable = false;
    for (EvidenceSubject subject : subjects) {
      for (ArtifactHash digest : subject.digests()) {
        if (releaseHashes.contains(digest)) {
          return new Outcome(
              SubjectBinding.MATCHED,
              subject.name(),
              digest,
              "subject "
                  + label(subject.name())
                  + abbreviated(digest)
                  + " is the delivered artifact");
        }
        comparable |= releaseAlgorithms.contains(digest.algorithm());
      }
    }
    if (!comparable) {
      return new Outcome(
          SubjectBinding.UNKNOWN,
          firstName,
          firstDigest,
          "the release's hashes ("
              + names(releaseAlgorithms)
              + ") and the subjects' digests share no algorithm");
    }
    return new Outcome(
        SubjectBinding.MISMATCHED,
        firstName,
        firstDigest,
        "subject "
            + label(firstName)
            + (firstDigest == null ? "" : abbreviated(firstDigest))
            + " matches none of the release's artifact hashes ("
            + releaseHashes.stream()
                .map(SubjectBinder::abbreviated)
                .sorted()
                .collect(Collectors.joining(", "))
            + ")");
  }

  private static ArtifactHash strongest(Collection<ArtifactHash> digests) {
    return digests.stream()
        .max((a, b) -> Integer.compare(a.algorithm().ordinal(), b.algorithm().ordinal()))
        .orElse(null);
  }

  private static String label(String name) {
    return name == null || name.isBlank() ? "" : "'" + name + "' ";
  }

  private static String abbreviated(ArtifactHash hash) {
    String value = hash.value();
    return hash.algorithm().name().toLowerCase(java.util.Locale.ROOT)
        + ":"
        + (value.length() > 16 ? value.substring(0, 16) + "…" : value);
  }

  private static String names(Set<HashAlgorithm> algorithms) {
    return algorithms.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }
}
