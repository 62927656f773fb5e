package org.provena.scoring.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What scoring needs to know about a release's current SBOM, aggregated in the database rather than
 * read package by package: format and spec version, package and hash counts, whether any dependency
 * edge exists, the CISA 2026 quality profile's score and its failing checks, and whether a
 * signature over the document was filed.
 *
 * @param format {@code CYCLONEDX_JSON}, {@code CYCLONEDX_XML}, {@code SPDX_JSON}, {@code
 *     SPDX_TAG_VALUE} or {@code SPDX_JSON_LD}
 * @param packagesWithStrongHash packages with at least one hash stronger than SHA-1
 * @param packagesWithWeakHashOnly packages whose hashes are all MD5 or SHA-1
 * @param cisaScore the CISA 2026 profile score (docs/sbom-quality.md); null when not assessed
 * @param cisaGaps the CISA 2026 checks that did not pass
 * @param signature {@code VALID} or {@code INVALID} when an attestation signs the document's
 *     SHA-256, {@code UNSIGNED} when none does
 */
public record SbomFacts(
    UUID sbomId,
    String format,
    String specVersion,
    int packageCount,
    int packagesWithStrongHash,
    int packagesWithWeakHashOnly,
    boolean dependencyEdges,
    Integer cisaScore,
    List<QualityGap> cisaGaps,
    String signature) {

  public SbomFacts {
    Objects.requireNonNull(sbomId, "sbomId");
    cisaGaps = List.copyOf(cisaGaps);
    signature = signature == null ? "UNSIGNED" : signature;
  }

  /** Packages with no hash at all. */
  public int packagesWithoutHash() {
    return Math.max(0, packageCount - packagesWithStrongHash - packagesWithWeakHashOnly);
  }

  /**
   * One check of a quality profile that did not pass, as the SBOM's quality report gives it.
   *
   * @param check the check's stable key, e.g. {@code licence}
   * @param coverage present / total × 100
   * @param fix the sentence telling the supplier what to change; may be null
   */
  public record QualityGap(
      String check,
      double coverage,
      int total,
      int missing,
      int declaredUnknown,
      int declaredWithheld,
      String fix) {

    public QualityGap {
      Objects.requireNonNull(check, "check");
    }
  }
}
