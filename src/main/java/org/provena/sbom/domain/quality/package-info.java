/**
 * SBOM quality profiles: how completely an SBOM answers the minimum elements of NTIA (2021), CISA
 * (2025/2026 draft), BSI TR-03183-2 (v2.1.0) and the FDA premarket guidance, per field, with
 * declared unknown and withheld values reported apart from missing ones and a fix sentence for the
 * supplier. Pure domain code over {@link org.provena.sbom.domain.ParsedSbom}; see
 * docs/sbom-quality.md.
 */
package org.provena.sbom.domain.quality;
