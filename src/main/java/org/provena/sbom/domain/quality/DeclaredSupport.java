package org.provena.sbom.domain.quality;

import java.time.LocalDate;

/**
 * What Provena knows about the support of the component release an SBOM belongs to, as the supplier
 * declared it on the release rather than inside the SBOM. The FDA premarket profile uses it for the
 * SBOM's primary component when the SBOM itself is silent.
 *
 * @param levelOfSupport the declared level of support, "unknown" when the supplier said so, null
 *     when nothing was declared
 * @param endOfSupport the declared end-of-support date, null when nothing was declared
 */
public record DeclaredSupport(String levelOfSupport, LocalDate endOfSupport) {

  /** Nothing declared on the release. */
  public static final DeclaredSupport NONE = new DeclaredSupport(null, null);
}
