package org.provena.sbom.domain.quality;

/**
 * How well an SBOM answers one check of a profile. Component-level checks count components;
 * document-level checks have a total of one. {@code present + declaredUnknown + declaredWithheld +
 * missing == total} always holds, and only {@code present} counts towards the coverage: a value the
 * author declared unknown or withheld is a statement, not an answer.
 *
 * @param check stable key of the check, e.g. "supplier", "sha512"
 * @param scope {@value #COMPONENT} or {@value #DOCUMENT}
 * @param total components the check applies to (1 for a document-level check)
 * @param present components (or the document) that satisfy the check
 * @param declaredUnknown components whose author declared the value unknown
 * @param declaredWithheld components whose author declared the value withheld
 * @param missing components that say nothing (or something that does not satisfy the check)
 * @param coverage {@code present / total * 100}, one decimal; 0 when the total is 0
 * @param passed no component missing, unknown or withheld, and the total is not 0
 * @param fix one sentence telling the supplier what to change; null when there is nothing to say
 */
public record FieldCoverage(
    String check,
    String scope,
    int total,
    int present,
    int declaredUnknown,
    int declaredWithheld,
    int missing,
    double coverage,
    boolean passed,
    String fix) {

  /** Scope of a check that is answered once per component. */
  public static final String COMPONENT = "component";

  /** Scope of a check that is answered once for the whole document. */
  public static final String DOCUMENT = "document";

  public FieldCoverage {
    if (present < 0 || declaredUnknown < 0 || declaredWithheld < 0 || missing < 0) {
      throw new IllegalArgumentException("Counts cannot be negative");
    }
    if (present + declaredUnknown + declaredWithheld + missing != total) {
      throw new IllegalArgumentException(
          "present + unknown + withheld + missing must equal total for " + check);
    }
  }
}
