package org.provena.sbom.domain.quality;

import java.util.Objects;

/**
 * The quality of one SBOM against every profile. Its component names are the profile keys of the
 * REST contract, so it serialises as {@code { ntia2021: {…}, cisa2026: {…}, bsi: {…}, fda: {…} }}.
 */
public record QualityReport(
    ProfileResult ntia2021, ProfileResult cisa2026, ProfileResult bsi, ProfileResult fda) {

  public QualityReport {
    Objects.requireNonNull(ntia2021, "ntia2021");
    Objects.requireNonNull(cisa2026, "cisa2026");
    Objects.requireNonNull(bsi, "bsi");
    Objects.requireNonNull(fda, "fda");
  }

  /** The result of the given profile. */
  public ProfileResult resultFor(QualityProfile profile) {
    switch (profile) {
      case NTIA_2021:
        return ntia2021;
      case CISA_2026:
        return cisa2026;
      case BSI_TR_03183_2:
        return bsi;
      case FDA_PREMARKET:
        return fda;
      default:
        throw new IllegalArgumentException("Unknown profile " + profile);
    }
  }
}
